import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { IntakeAnswer, IntakeOutcome, RepairIntake, ReportedFault } from '../work-order/work-order-ports';
import { DuplicateDetector } from './duplicate-detector';
import { IntakeAnswers } from './intake-answers';

/** Intake's part of opening an order from a person: the category's questionnaire and the duplicate check. */
@Injectable()
export class RepairIntakeChecks extends RepairIntake {
  private readonly answers: IntakeAnswers;
  private readonly duplicates: DuplicateDetector;

  constructor(changes: ChangeRecorder) {
    super();
    this.answers = new IntakeAnswers(changes);
    this.duplicates = new DuplicateDetector(changes);
  }

  checkAnswers(manager: EntityManager, campusId: string, category: string, answers: readonly IntakeAnswer[]): Promise<IntakeOutcome | null> {
    return this.answers.check(manager, campusId, category, answers);
  }

  recordAnswers(manager: EntityManager, identity: Identity, order: WorkOrderRow, outcome: IntakeOutcome): Promise<void> {
    return this.answers.record(manager, identity, order, outcome);
  }

  openOrderFor(manager: EntityManager, fault: ReportedFault): Promise<WorkOrderRow | null> {
    return this.duplicates.openOrderFor(manager, fault);
  }

  reportDuplicate(manager: EntityManager, identity: Identity, order: WorkOrderRow, fault: ReportedFault): Promise<unknown> {
    return this.duplicates.report(manager, identity, order, fault);
  }
}
