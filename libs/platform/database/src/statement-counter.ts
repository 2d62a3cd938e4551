import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Counts SQL statements a service sends, exposed on /metrics. It is how the N+1 benchmark measures
 * statements per federated query, and a cheap production signal.
 */
export class StatementCounter extends AbstractLogger {
  private count = 0;

  get total(): number {
    return this.count;
  }

  override logQuery(): void {
    this.count += 1;
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Counting only; errors surface through the exceptions TypeORM throws.
  }
}
