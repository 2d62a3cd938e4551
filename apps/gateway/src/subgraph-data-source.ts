import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { DomainError } from '@houqin/platform-errors';
import { domainGraphQLError } from '@houqin/platform-graphql';
import { GatewayContext, IDENTITY_HEADER } from './gateway-auth';

type SendOptions = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0];

/** Requests the gateway has sent to each subgraph since it started (GET /metrics). */
export const subgraphRequests = new Map<string, number>();

/** Gateway or proxy statuses that mean the subgraph is not there, as opposed to a GraphQL error it answered with. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/**
 * One subgraph as the query planner calls it: forwards the gateway-signed identity, the caller's language and the trace,
 * counts the call, and gives each call a deadline. A subgraph that does not answer in time (frozen, its database hung past
 * its own bounds, a network partition) or cannot be reached fails only its part of the plan with SERVICE_UNAVAILABLE;
 * the other subgraphs' data still comes back.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Each call's deadline timer, by its response, until the body has been read. */
  private readonly deadlines = new WeakMap<object, NodeJS.Timeout>();

  constructor(
    private readonly subgraph: string,
    url: string,
    timeoutMs: number,
  ) {
    super({ url });
    subgraphRequests.set(subgraph, 0);
    // Node's own fetch (undici, pooled keep-alive connections) rather than Apollo's default make-fetch-happen, whose
    // agent captures a stack trace on every request to tell http from https: a measurable share of the gateway's CPU.
    // The deadline is a timer cleared once the body is read (parseBody), not AbortSignal.timeout, whose timer outlives
    // the call and fires for every request 10 s later.
    this.fetcher = (async (input: string, init: RequestInit) => {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(new DOMException('subgraph deadline passed', 'TimeoutError')), timeoutMs);
      try {
        const response = await fetch(input, { ...init, signal: deadline.signal });
        this.deadlines.set(response, timer);
        return response;
      } catch (error) {
        clearTimeout(timer);
        throw error;
      }
    }) as unknown as typeof this.fetcher;
  }

  /** Reads the body within the call's deadline, then clears it (also for an error response, via errorFromResponse). */
  override async parseBody(...args: Parameters<RemoteGraphQLDataSource<GatewayContext>['parseBody']>): Promise<object | string> {
    try {
      return await super.parseBody(...args);
    } finally {
      clearTimeout(this.deadlines.get(args[0]));
    }
  }

  override willSendRequest({ request, context }: SendOptions) {
    subgraphRequests.set(this.subgraph, (subgraphRequests.get(this.subgraph) ?? 0) + 1);
    if (context.identityToken) request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
    if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
    // The trace continues into the subgraph (traceparent): Node's fetch is not covered by the HTTP instrumentation.
    if (request.http) propagation.inject(otelContext.active(), request.http.headers, { set: (headers, name, value) => headers.set(name, value) });
  }

  override didEncounterError(error: Error, _request: unknown, response: { status: number } | undefined, context: GatewayContext): never {
    // An abort is the deadline passing, also when it cut off the body of a response that had started.
    const unanswered = !response || UNAVAILABLE_STATUSES.has(response.status) || error.name === 'AbortError' || error.name === 'TimeoutError';
    if (unanswered) throw domainGraphQLError(new DomainError('SERVICE_UNAVAILABLE', { subgraph: this.subgraph }), undefined, context.acceptLanguage);
    throw error;
  }
}
