/**
 * The gateway-tax baseline: a bare @apollo/gateway over the same supergraph on @apollo/server and Express, with nothing
 * of ours (no authentication, limits, localisation or telemetry). It forwards the caller's `x-houqin-identity` header
 * as it came, so the subgraphs see what they see behind our gateway. Started by bench/run.ts as a process of its own.
 */
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { readFileSync } from 'node:fs';

interface BareContext {
  identityToken?: string;
}

async function main(): Promise<void> {
  const urls = JSON.parse(process.env.BARE_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH ?? '', 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<BareContext>({
        url: urls[name] ?? url,
        willSendRequest({ request, context }) {
          if (context.identityToken) request.http?.headers.set('x-houqin-identity', context.identityToken);
        },
      }),
  });
  const server = new ApolloServer<BareContext>({ gateway });
  await server.start();
  const app = express();
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(server, { context: async ({ req }) => ({ identityToken: req.headers['x-houqin-identity'] as string | undefined }) }),
  );
  app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

void main();
