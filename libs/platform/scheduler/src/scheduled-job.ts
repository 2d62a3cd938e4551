import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * A piece of periodic work (SLA breaches, PM generation, certificate alerts, missed rounds). The scheduler
 * runs it in one transaction under a Postgres advisory lock, so one replica runs it at a time. The job
 * itself must be idempotent: it works out from the database what is due up to `now` and not yet done
 * (unique keys on what it writes), so a run after a restart or a missed tick catches up without repeats.
 */
export interface ScheduledJob {
  /** `<service>.<purpose>`, e.g. `maintenance.sla-breaches`; also the lock and status key. */
  readonly name: string;
  /** Pause between runs. */
  readonly intervalMs: number;
  /** Does what is due at `now`; returns how many things it did (for the status table and logs). */
  run(manager: EntityManager, now: Date): Promise<number>;
}

const SCHEDULED = Symbol('houqin:scheduled-job');

/**
 * Makes a `ScheduledJob` provider run on the service's scheduler. The platform finds every such provider of the
 * service's modules: a job is registered once, in its feature module, and nothing else lists it.
 */
export function Scheduled(): ClassDecorator {
  return (target) => {
    Injectable()(target);
    Reflect.defineMetadata(SCHEDULED, true, target);
  };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const isScheduledJobType = (type: Function): boolean => Reflect.getMetadata(SCHEDULED, type) === true;
