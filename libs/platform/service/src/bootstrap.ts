import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { MAX_REQUEST_BODY } from '@houqin/platform-graphql';
import { JsonLogger, traceContext } from '@houqin/platform-telemetry';
import { SERVICE_CONFIG } from './service-definition';
import { ServiceConfig } from './service-config';

/** Starts a service's Nest app on its configured host and port, with JSON logs and graceful shutdown. */
export async function bootstrapService(serviceName: string, module: Type<unknown>): Promise<void> {
  const logger = new JsonLogger(serviceName);
  try {
    const app = await NestFactory.create<NestExpressApplication>(module, { logger, bodyParser: true });
    app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
    // After the body is read, so that the request's handlers, statements and outbox rows run in its trace.
    app.use(traceContext());
    // No `X-Powered-By: Express`: it tells a scanner what to try and nothing to a client.
    app.disable('x-powered-by');
    app.enableShutdownHooks();
    const config = app.get<ServiceConfig>(SERVICE_CONFIG);
    await app.listen(config.port, config.host);
    logger.log(`${serviceName} listening on http://${config.host}:${config.port}/graphql`, 'Bootstrap');
  } catch (error) {
    logger.error(`${serviceName} failed to start: ${String(error)}`, (error as Error)?.stack, 'Bootstrap');
    process.exit(1);
  }
}
