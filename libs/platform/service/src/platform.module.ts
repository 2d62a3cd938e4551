import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { CreateAuditTable1763900000001, AuditEntryRow } from '@houqin/platform-audit';
import { IdentityTokenVerifier } from '@houqin/platform-auth';
import { createServiceDataSource, isDatabaseUnavailable, ServiceDataSourceOptions, StatementCounter } from '@houqin/platform-database';
import { CreateDocumentNumberCounter1763900000010 } from '@houqin/platform-document-number';
import {
  CreateEventTables1763900000000,
  EVENT_TABLE_ENTITIES,
  KafkaBus,
  NotifyOutboxCommits1796627888422,
  Outbox,
  OutboxRelay,
  UnitOfWork,
} from '@houqin/platform-events';
import { CreateScheduledJobStatus1763900000002, ScheduledJobStatusRow } from '@houqin/platform-scheduler';
import { formatError, localisationPlugin, RolesGuard } from '@houqin/platform-graphql';
import { ChangeRecorder, TransitionRunner } from '@houqin/platform-lifecycle';
import { JsonLogger } from '@houqin/platform-telemetry';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainErrorFilter } from './domain-error.filter';
import { HealthController } from './health.controller';
import { IdentityMiddleware, RequestWithIdentity } from './identity.middleware';
import { PlatformLifecycle } from './platform-lifecycle';
import { loadServiceConfig, ServiceConfig } from './service-config';
import { SERVICE_CONFIG, SERVICE_DEFINITION, ServiceDefinition } from './service-definition';

/** The platform's own tables, first in every service's database: outbox and inbox, audit, job status, document numbers. */
export const PLATFORM_MIGRATIONS = [
  CreateEventTables1763900000000,
  CreateAuditTable1763900000001,
  CreateScheduledJobStatus1763900000002,
  CreateDocumentNumberCounter1763900000010,
  NotifyOutboxCommits1796627888422,
];

/** The service's data source: the platform's tables first, then its own. */
export function serviceDataSource(
  definition: ServiceDefinition,
  url: string,
  options: Pick<ServiceDataSourceOptions, 'poolSize' | 'connectTimeoutMs' | 'statementTimeoutMs' | 'statementCounter'> = {},
): DataSource {
  return createServiceDataSource({
    serviceName: definition.name,
    url,
    entities: [...EVENT_TABLE_ENTITIES, AuditEntryRow, ScheduledJobStatusRow, ...definition.entities],
    migrations: [...PLATFORM_MIGRATIONS, ...definition.migrations],
    ...options,
  });
}

const lockKeyOf = (name: string) => createHash('sha256').update(`outbox:${name}`).digest().readInt32BE(0);

/**
 * The skeleton every service shares: its database (migrations at start-up), Kafka bus, outbox + relay,
 * consumers, the Federation 2 subgraph with identity and roles, errors, health and metrics. A service's
 * own module imports `PlatformModule.forService(...)` and adds only its features.
 */
@Module({})
export class PlatformModule implements NestModule {
  static forService(definition: ServiceDefinition): DynamicModule {
    const logger = new JsonLogger(definition.name);
    return {
      module: PlatformModule,
      global: true,
      imports: [
        DiscoveryModule,
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: 2 },
          sortSchema: true,
          path: '/graphql',
          context: ({ req }: { req: RequestWithIdentity }) => ({ identity: req.identity ?? null }),
          // Traces go to OpenTelemetry, not Apollo's ftv1 extension.
          plugins: [localisationPlugin(), ApolloServerPluginInlineTraceDisabled()],
          formatError: formatError(
            (error) => logger.event('error', 'unexpected error in a GraphQL operation', { error: String(error), stack: (error as Error)?.stack }),
            // The database did not answer in time: the transaction rolled back, the caller may retry.
            (error) => (isDatabaseUnavailable(error) ? 'SERVICE_UNAVAILABLE' : null),
          ),
          includeStacktraceInErrorResponses: false,
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_DEFINITION, useValue: definition },
        { provide: JsonLogger, useValue: logger },
        { provide: SERVICE_CONFIG, useFactory: () => loadServiceConfig(definition.name, definition.defaultPort) },
        { provide: StatementCounter, useValue: new StatementCounter() },
        {
          provide: DataSource,
          inject: [SERVICE_CONFIG, StatementCounter],
          useFactory: async (config: ServiceConfig, statementCounter: StatementCounter) => {
            const dataSource = serviceDataSource(definition, config.databaseUrl, {
              poolSize: config.dbPoolSize,
              connectTimeoutMs: config.dbConnectTimeoutMs,
              statementTimeoutMs: config.dbStatementTimeoutMs,
              statementCounter,
            });
            await dataSource.initialize();
            if (config.runMigrations) {
              const applied = await dataSource.runMigrations({ transaction: 'each' });
              if (applied.length) logger.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`, 'Database');
            }
            return dataSource;
          },
        },
        {
          provide: KafkaBus,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) =>
            new KafkaBus({
              clientId: `houqin-${definition.name}`,
              brokers: config.kafkaBrokers,
              replicationFactor: config.kafkaReplicationFactor,
              logger: { warn: (m, e) => logger.event('warn', m, e), error: (m, e) => logger.event('error', m, e) },
            }),
        },
        { provide: Outbox, useValue: new Outbox(`houqin/${definition.name}`) },
        {
          provide: OutboxRelay,
          inject: [DataSource, KafkaBus, SERVICE_CONFIG],
          useFactory: (dataSource: DataSource, bus: KafkaBus, config: ServiceConfig) =>
            new OutboxRelay(
              dataSource,
              bus,
              { warn: (m, e) => logger.event('warn', m, e), error: (m, e) => logger.event('error', m, e) },
              lockKeyOf(definition.name),
              { pollIntervalMs: config.outboxPollIntervalMs },
            ),
        },
        {
          provide: UnitOfWork,
          inject: [DataSource, OutboxRelay],
          useFactory: (dataSource: DataSource, relay: OutboxRelay) => new UnitOfWork(dataSource, relay),
        },
        {
          provide: IdentityTokenVerifier,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => new IdentityTokenVerifier(JSON.parse(config.gatewayIdentityPublicJwk)),
        },
        TransitionRunner,
        ChangeRecorder,
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        IdentityMiddleware,
        PlatformLifecycle,
      ],
      exports: [SERVICE_CONFIG, JsonLogger, DataSource, KafkaBus, Outbox, OutboxRelay, UnitOfWork, StatementCounter, TransitionRunner, ChangeRecorder],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(IdentityMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
