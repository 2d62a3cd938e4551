import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Controller, DynamicModule, Get, Header, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatError, localisationPlugin, parseOptionsFor, queryLimitsPlugin } from '@houqin/platform-graphql';
import { JsonLogger } from '@houqin/platform-telemetry';
import type { Request } from 'express';
import { GatewayAuth, GatewayContext, IDENTITY_HEADER } from './gateway-auth';
import { GatewayConfig } from './gateway-config';

/** Requests the gateway has sent to each subgraph since it started (GET /metrics). */
const subgraphRequests = new Map<string, number>();

@Controller()
class GatewayHealthController {
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  metrics(): string {
    return [
      '# TYPE houqin_gateway_subgraph_requests_total counter',
      ...[...subgraphRequests].map(([subgraph, count]) => `houqin_gateway_subgraph_requests_total{subgraph="${subgraph}"} ${count}`),
      '',
    ].join('\n');
  }
}

/** Forwards the gateway-signed identity and the caller's language to a subgraph, and counts the call. */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
  ) {
    super({ url });
    subgraphRequests.set(subgraph, 0);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    subgraphRequests.set(this.subgraph, (subgraphRequests.get(this.subgraph) ?? 0) + 1);
    if (context.identityToken) request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
    if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
  }
}

@Module({})
export class GatewayModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    const auth = new GatewayAuth(config);
    const logger = new JsonLogger('gateway');
    return {
      module: GatewayModule,
      controllers: [GatewayHealthController],
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            context: ({ req }: { req: Request }) => auth.contextFor(req),
            // The limits run once per request on the parsed document, before the query planner calls a subgraph.
            plugins: [
              localisationPlugin(),
              queryLimitsPlugin(config.queryLimits),
              ...(config.trustedDocuments ? [config.trustedDocuments.plugin(config.adHocRoles)] : []),
            ],
            parseOptions: parseOptionsFor(config.queryLimits),
            formatError: formatError((error) => logger.event('error', 'unexpected error in the gateway', { error: String(error) })),
            introspection: config.introspection,
            // No "Did you mean …" (field names) in errors unless the schema is public anyway.
            hideSchemaDetailsFromClientErrors: !config.introspection,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
          },
          gateway: {
            supergraphSdl: config.supergraphSdl,
            buildService: ({ name, url }) => new IdentityForwardingDataSource(name, config.subgraphUrls[name] ?? url ?? ''),
          },
        }),
      ],
    };
  }
}
