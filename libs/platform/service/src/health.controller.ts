import { Controller, Get, HttpException, HttpStatus, Header } from '@nestjs/common';
import { StatementCounter } from '@houqin/platform-database';
import { KafkaBus } from '@houqin/platform-events';
import { DataSource } from 'typeorm';
import { PlatformLifecycle } from './platform-lifecycle';

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

  @Get('health/ready')
  async ready() {
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up',
      () => 'down',
    );
    const kafka = (await this.bus.isReachable()) ? 'up' : 'down';
    const consumers = this.lifecycle.eventsReady ? 'up' : 'starting';
    const body = { status: database === 'up' && kafka === 'up' && consumers === 'up' ? 'ok' : 'unavailable', database, kafka, consumers };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async metrics(): Promise<string> {
    const [{ unsent }] = await this.dataSource.query('SELECT count(*)::int AS unsent FROM outbox_event WHERE sent_at IS NULL');
    return [
      '# TYPE houqin_sql_statements_total counter',
      `houqin_sql_statements_total ${this.statements.total}`,
      '# TYPE houqin_outbox_unsent gauge',
      `houqin_outbox_unsent ${unsent}`,
      '',
    ].join('\n');
  }
}
