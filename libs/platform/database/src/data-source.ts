import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { StatementCounter } from './statement-counter';

export interface ServiceDataSourceOptions {
  /** Service name; becomes the Postgres application_name so connections are traceable in pg_stat_activity. */
  serviceName: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  statementCounter?: StatementCounter;
}

/** One data source per service: its own database, snake_case, migrations only (never synchronize). */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    applicationName: options.serviceName,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: options.statementCounter ? ['query'] : false,
    logger: options.statementCounter,
    extra: { max: options.poolSize ?? 10 },
  });
}

/** SQL that would bring the database in line with the entities; empty when migrations match the code. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
