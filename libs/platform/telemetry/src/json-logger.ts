import { LoggerService } from '@nestjs/common';
import { context, trace } from '@opentelemetry/api';

type Level = 'error' | 'warn' | 'info' | 'debug';
const ORDER: Record<Level, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** One JSON object per line with the active trace id, for the cluster's log pipeline. */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(
    private readonly service: string,
    level: string = process.env.LOG_LEVEL ?? 'info',
  ) {
    this.threshold = ORDER[(level as Level) in ORDER ? (level as Level) : 'info'];
  }

  private write(level: Level, message: unknown, contextName?: string, extra?: Record<string, unknown>): void {
    if (ORDER[level] > this.threshold) return;
    const span = trace.getSpan(context.active())?.spanContext();
    const line = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      context: contextName,
      msg: message instanceof Error ? message.message : message,
      ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}),
      ...extra,
    };
    (level === 'error' ? process.stderr : process.stdout).write(`${JSON.stringify(line)}\n`);
  }

  log(message: unknown, contextName?: string): void {
    this.write('info', message, contextName);
  }
  error(message: unknown, stackOrContext?: string, contextName?: string): void {
    this.write('error', message, contextName ?? stackOrContext, contextName && stackOrContext ? { stack: stackOrContext } : undefined);
  }
  warn(message: unknown, contextName?: string): void {
    this.write('warn', message, contextName);
  }
  debug(message: unknown, contextName?: string): void {
    this.write('debug', message, contextName);
  }
  verbose(message: unknown, contextName?: string): void {
    this.write('debug', message, contextName);
  }

  /** Structured variant used by the platform libs. */
  event(level: Level, message: string, extra: Record<string, unknown> = {}): void {
    this.write(level, message, undefined, extra);
  }
}
