import './instrument';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { JsonLogger, traceContext } from '@houqin/platform-telemetry';
import { GatewayModule } from './gateway.module';
import { loadGatewayConfig } from './gateway-config';
import { consoleFiles } from './console-files';
import { portalProxy } from './portal-proxy';
import { RateLimiter } from './rate-limiter';
import { requestBodies } from './request-body';
import { TrustedDocuments } from './trusted-documents';

async function bootstrap(): Promise<void> {
  const logger = new JsonLogger('gateway');
  const config = loadGatewayConfig();
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forConfig(config), { logger, bodyParser: false });
  // Body size limits per path, decided before the body is read; /graphql/upload takes the base64 files.
  for (const middleware of requestBodies({ ...config, maxTokens: config.queryLimits.maxTokens })) app.use(middleware);
  // After the body is read: the query runs, and its subgraph calls carry, the caller's trace or a new one.
  app.use(traceContext());
  // Operations sent by id: the enforced manifest's and the console's (its build's own manifest).
  const documents = TrustedDocuments.merge(config.trustedDocuments, config.console?.documents);
  if (documents) app.use('/graphql', documents.middleware());
  app.set('trust proxy', config.trustProxy);
  // No `X-Powered-By: Express`: it tells a scanner what to try and nothing to a client.
  app.disable('x-powered-by');
  app.use('/portal', portalProxy(config.portalUpstreamUrl, new RateLimiter(config.portalRateLimitPerMinute)));
  if (config.console) app.use(consoleFiles(config.console.dir, config.console.signIn));
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  logger.log(`gateway listening on http://${config.host}:${config.port}/graphql`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  new JsonLogger('gateway').error(`gateway failed to start: ${String(error)}`, (error as Error)?.stack, 'Bootstrap');
  process.exit(1);
});
