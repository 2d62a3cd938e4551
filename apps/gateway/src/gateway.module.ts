import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Controller, DynamicModule, Get, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { depthLimit, formatError, localisationPlugin } from '@houqin/platform-graphql';
import { JsonLogger } from '@houqin/platform-telemetry';
import type { Request } from 'express';
import { GatewayAuth, GatewayContext, IDENTITY_HEADER } from './gateway-auth';
import { GatewayConfig } from './gateway-config';

@Controller('health')
class GatewayHealthController {
  @Get('live')
  live() {
    return { status: 'ok' };
  }
}

/** Forwards the gateway-signed identity and the caller's language to a subgraph. */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
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
            plugins: [localisationPlugin()],
            formatError: formatError((error) => logger.event('error', 'unexpected error in the gateway', { error: String(error) })),
            validationRules: [depthLimit(config.maxQueryDepth)],
            introspection: config.introspection,
            includeStacktraceInErrorResponses: false,
          },
          gateway: {
            supergraphSdl: config.supergraphSdl,
            buildService: ({ name, url }) => new IdentityForwardingDataSource({ url: config.subgraphUrls[name] ?? url }),
          },
        }),
      ],
    };
  }
}
