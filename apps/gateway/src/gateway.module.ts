import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Controller, DynamicModule, Get, Header, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatError, localisationPlugin, parseOptionsFor, queryLimitsPlugin } from '@houqin/platform-graphql';
import { JsonLogger } from '@houqin/platform-telemetry';
import type { Request } from 'express';
import { GatewayAuth } from './gateway-auth';
import { GatewayConfig } from './gateway-config';
import { SubgraphDataSource, subgraphRequests } from './subgraph-data-source';

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
            buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphUrls[name] ?? url ?? '', config.subgraphTimeoutMs),
          },
        }),
      ],
    };
  }
}
