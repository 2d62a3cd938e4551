import { IntakeAnswersRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { IntakeAnswer, IntakeOutcome } from '../work-order/work-order-ports';
import { IntakeCheck } from './intake-check';
import { WorkOrderIntakeRow } from './intake.entity';
import { intakeQuestionsFor } from './intake.repository';

/**
 * The questionnaire side of opening an order from a person (console, QR portal): answers are checked against
 * the category's questions before the order exists, and kept with it once it does, in the same transaction.
 */
export class IntakeAnswers {
  constructor(private readonly changes: ChangeRecorder) {}

  /** The outcome to keep with the order, or null when the category asks nothing (answers are then refused as unknown). */
  async check(manager: EntityManager, campusId: string, category: string, answers: readonly IntakeAnswer[]): Promise<IntakeOutcome | null> {
    const questions = await intakeQuestionsFor(manager, campusId, category);
    const outcome = new IntakeCheck(questions).check(answers);
    return questions.length ? outcome : null;
  }

  async record(manager: EntityManager, identity: Identity, order: WorkOrderRow, outcome: IntakeOutcome): Promise<void> {
    const row: WorkOrderIntakeRow = { workOrderId: order.id, answers: outcome.answers, missingKeys: outcome.missingKeys, recordedAt: order.submittedAt };
    await manager.insert(WorkOrderIntakeRow, row);
    // Part of opening the order (audited as work_order.submit): the answers have no audit entry of their own.
    await this.changes.publish(manager, [
      changeEvent(
        IntakeAnswersRecordedV1,
        {
          workOrderId: order.id,
          campusId: order.campusId,
          category: order.category,
          source: order.source,
          answers: outcome.answers,
          incomplete: outcome.missingKeys.length > 0,
          missingKeys: outcome.missingKeys,
          occurredAt: order.submittedAt.toISOString(),
          actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
        },
        order.id,
      ),
    ]);
  }
}
