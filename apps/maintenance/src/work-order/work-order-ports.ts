import { Identity } from '@houqin/platform-auth';
import { EntityManager } from 'typeorm';
import { WorkOrderRow } from './work-order.entity';

/*
 * What work orders need from the folders around them, declared here and implemented there (bound in
 * work-order-ports.module.ts at the service's root), so work-order/ imports none of its siblings and each
 * sibling builds on the work order, never the other way round.
 */

/** An answer to one of the category's intake questions, as a repair request carries it. */
export interface IntakeAnswer {
  key: string;
  value: string;
}

export interface IntakeOutcome {
  /** In questionnaire order, values normalised (YES/NO upper case, numbers as written without spaces). */
  answers: IntakeAnswer[];
  /** Required questions left unanswered: the order is opened anyway (a leak must still be reported) but counts as incomplete. */
  missingKeys: string[];
}

/** The fault a person reports, as the duplicate check compares it with the open orders. */
export interface ReportedFault {
  locationId: string;
  assetId: string | null;
  category: string;
  title: string;
  description: string | null;
  source: string;
}

/** The asset a repair request names, as submission needs it. */
export interface AssetForRepair {
  id: string;
  campusId: string;
  locationId: string;
  departmentId: string;
  name: string;
}

/** asset/: the asset named in a repair request, one the caller may see and not retired. */
export abstract class RepairAssets {
  abstract requireForRepair(manager: EntityManager, identity: Identity, assetId: string): Promise<AssetForRepair>;
}

/** intake/: the category's questions and the duplicate check (重复报修) for faults people report. */
export abstract class RepairIntake {
  /** Refuses malformed answers; null when the category has no questions. */
  abstract checkAnswers(manager: EntityManager, campusId: string, category: string, answers: readonly IntakeAnswer[]): Promise<IntakeOutcome | null>;
  abstract recordAnswers(manager: EntityManager, identity: Identity, order: WorkOrderRow, outcome: IntakeOutcome): Promise<void>;
  /** The open order for the same fault, locked, if there is one. */
  abstract openOrderFor(manager: EntityManager, fault: ReportedFault): Promise<WorkOrderRow | null>;
  /** Links a second report of the fault to its open order. */
  abstract reportDuplicate(manager: EntityManager, identity: Identity, order: WorkOrderRow, fault: ReportedFault): Promise<unknown>;
}

/** crew/: 持证上岗, refuses a technician without a valid licence for the category's work. */
export abstract class TechnicianQualifications {
  abstract requireQualified(manager: EntityManager, staffId: string, category: string, at: Date): Promise<void>;
}

/** cost/: prices and logs the labour minutes reported when an order is completed. */
export abstract class LabourLog {
  abstract logTime(
    manager: EntityManager,
    identity: Identity,
    order: WorkOrderRow,
    entry: { staffId: string | null; minutes: number; workedOn: string; note: string | null },
  ): Promise<unknown>;
}
