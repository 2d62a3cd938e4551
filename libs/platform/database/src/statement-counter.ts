import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Counts SQL statements a service sends, exposed on /metrics: all of them, and those a GraphQL request caused. A
 * request's statements are the ones issued in its async context (`duringRequest`), so the relay, scheduled jobs and
 * event consumers, which run in their own, never fall into a request's count however they overlap it in time. That
 * is how the N+1 benchmark counts statements per federated query exactly, and a cheap production signal.
 */
export class StatementCounter extends AbstractLogger {
  private count = 0;
  private inRequests = 0;
  private requests = 0;
  private readonly request = new AsyncLocalStorage<true>();

  get total(): number {
    return this.count;
  }

  /** Statements issued on behalf of GraphQL requests, and how many requests there were. */
  get requestTotals(): { statements: number; requests: number } {
    return { statements: this.inRequests, requests: this.requests };
  }

  /** Runs `handle` (the rest of a request's handling) so that every statement it leads to counts as the request's. */
  duringRequest<T>(handle: () => T): T {
    this.requests += 1;
    return this.request.run(true, handle);
  }

  override logQuery(): void {
    this.count += 1;
    if (this.request.getStore()) this.inRequests += 1;
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Counting only; errors surface through the exceptions TypeORM throws.
  }
}
