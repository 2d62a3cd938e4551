import { Controller, Get, HttpException, HttpStatus, Header } from '@nestjs/common';
import { dropConnection, StatementCounter } from '@houqin/platform-database';
import { KafkaBus } from '@houqin/platform-events';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PlatformLifecycle } from './platform-lifecycle';

/** A probe answers well inside Kubernetes' default timeout, whatever its dependencies do. */
const READY_TIMEOUT_MS = 2_000;

const withinTime = <T>(work: Promise<T>, ms: number): Promise<T | false> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([work.catch(() => false as const), late]).finally(() => clearTimeout(timer));
};

/**
 * `SELECT 1` on a connection of its own, not the pool's: a probe must neither wait behind the service's own work nor
 * leave a stuck connection in the pool when the server does not answer.
 */
async function databaseAnswers(dataSource: DataSource, timeoutMs: number): Promise<boolean> {
  const { url } = dataSource.options as { url?: string };
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // The probe's own connection failing is its answer, not the service's error.
  client.on('error', () => undefined);
  const answered =
    (await withinTime(
      client
        .connect()
        .then(() => client.query('SELECT 1'))
        .then(() => true),
      timeoutMs,
    )) === true;
  if (answered) await client.end();
  // Dropped, not ended politely: a frozen server would never acknowledge the goodbye.
  else dropConnection(client);
  return answered;
}

/** Kubernetes probes and a small Prometheus text endpoint. Not behind auth: no data is exposed. */
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly statements: StatementCounter,
    private readonly lifecycle: PlatformLifecycle,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready when the database answers within READY_TIMEOUT_MS and the consumers have joined once. Kafka does not gate it:
   * with the broker down, writes still succeed (the outbox keeps their events, `houqin_outbox_unsent` shows the lag).
   */
  @Get('health/ready')
  async ready() {
    const database = (await databaseAnswers(this.dataSource, READY_TIMEOUT_MS)) ? 'up' : 'down';
    const kafka = (await withinTime(this.bus.isReachable(), READY_TIMEOUT_MS)) ? 'up' : 'down';
    const consumers = this.lifecycle.eventsReady ? 'up' : 'starting';
    const body = { status: database === 'up' && consumers === 'up' ? 'ok' : 'unavailable', database, kafka, consumers };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async metrics(): Promise<string> {
    const [{ unsent }] = await this.dataSource.query('SELECT count(*)::int AS unsent FROM outbox_event WHERE sent_at IS NULL');
    const requests = this.statements.requestTotals;
    return [
      '# TYPE houqin_sql_statements_total counter',
      `houqin_sql_statements_total ${this.statements.total}`,
      '# HELP houqin_graphql_sql_statements_total Statements caused by GraphQL requests (not the relay, jobs or consumers).',
      '# TYPE houqin_graphql_sql_statements_total counter',
      `houqin_graphql_sql_statements_total ${requests.statements}`,
      '# TYPE houqin_graphql_requests_total counter',
      `houqin_graphql_requests_total ${requests.requests}`,
      '# TYPE houqin_outbox_unsent gauge',
      `houqin_outbox_unsent ${unsent}`,
      '',
    ].join('\n');
  }
}
