import './instrument';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { MAX_REQUEST_BODY } from '@houqin/platform-graphql';
import { JsonLogger } from '@houqin/platform-telemetry';
import { GatewayModule } from './gateway.module';
import { loadGatewayConfig } from './gateway-config';
import { portalProxy } from './portal-proxy';
import { RateLimiter } from './rate-limiter';

async function bootstrap(): Promise<void> {
  const logger = new JsonLogger('gateway');
  const config = loadGatewayConfig();
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forConfig(config), { logger, bodyParser: true });
  app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
  app.set('trust proxy', config.trustProxy);
  // No `X-Powered-By: Express`: it tells a scanner what to try and nothing to a client.
  app.disable('x-powered-by');
  app.use('/portal', portalProxy(config.portalUpstreamUrl, new RateLimiter(config.portalRateLimitPerMinute)));
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  logger.log(`gateway listening on http://${config.host}:${config.port}/graphql`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  new JsonLogger('gateway').error(`gateway failed to start: ${String(error)}`, (error as Error)?.stack, 'Bootstrap');
  process.exit(1);
});
