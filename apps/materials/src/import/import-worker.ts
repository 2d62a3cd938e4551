import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { backoffDelay, sleep } from '@houqin/platform-events';
import { SERVICE_CONFIG, ServiceConfig } from '@houqin/platform-service';
import { JsonLogger } from '@houqin/platform-telemetry';
import { ImportJobProcessor } from './import-job.processor';

/** How often an idle worker looks for jobs queued on other replicas (its own replica wakes it at once). */
const POLL_MS = 2_000;

/**
 * One import at a time per replica, in a loop of its own rather than the platform's scheduler: the scheduler
 * runs a job on one replica of the group at a time and only on its interval, whereas imports should start the
 * moment they are queued and replicas can each work on a different file (the file row's lock keeps them apart).
 * Replicas with SCHEDULED_JOBS=off do no background work, imports included.
 */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private woken = false;
  private wakeUp?: () => void;

  constructor(
    private readonly processor: ImportJobProcessor,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduledJobs) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Before the platform closes the database: a running import goes back to the queue, untouched. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** A job was queued on this replica: look now instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const id = await this.processor.runNext(() => !this.running);
        failures = 0;
        if (id) continue;
      } catch (error) {
        failures += 1;
        this.logger.event('warn', 'import worker failed; will retry', { error: String(error), failures });
        await sleep(backoffDelay(failures, 500, 30_000));
        continue;
      }
      await this.idle();
    }
  }

  private async idle(): Promise<void> {
    if (!this.woken && this.running) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.wakeUp = undefined;
    this.woken = false;
  }
}
