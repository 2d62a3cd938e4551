import { Injectable } from '@nestjs/common';
import { IntakeQuestionsSetV1 } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { forbidden } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { IsNull } from 'typeorm';
import { requireCategory } from '../work-order/work-order-category';
import { checkIntakeQuestions } from './intake-check';
import { IntakeQuestionRow } from './intake.entity';
import { SetIntakeQuestionsInput } from './intake.inputs';

const GROUP_WIDE = '00000000-0000-0000-0000-000000000000';

/** 报修问卷: a campus admin sets their campus's questions for a category; the group-wide default is the group admin's. */
@Injectable()
export class SetIntakeQuestions {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: SetIntakeQuestionsInput): Promise<IntakeQuestionRow[]> {
    const category = requireCategory('category', input.category);
    const campusId = input.campusId ? requireCampusInScope(identity, input.campusId) : null;
    if (!campusId && !hasAnyRole(identity, [Role.GROUP_ADMIN])) throw forbidden();
    const questions = checkIntakeQuestions(input.questions);
    return this.unitOfWork.run(async (manager) => {
      if (campusId) await this.directory.requireCampus(manager, campusId);
      const where = { category, campusId: campusId ?? IsNull() };
      // Serialises two admins replacing the same set, so neither sees the other's half.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`maintenance.intake-questions:${campusId}:${category}`]);
      const before = await manager.find(IntakeQuestionRow, { where, order: { ordinal: 'ASC' } });
      await manager.delete(IntakeQuestionRow, where);
      const now = new Date();
      const rows = questions.map((q): IntakeQuestionRow => ({ id: uuidv7(), campusId, category, ...q, updatedAt: now, updatedBy: identity.subject }));
      if (rows.length) await manager.insert(IntakeQuestionRow, rows);
      await this.changes.record(manager, identity, {
        audit: {
          action: 'intake_questions.set',
          entityType: 'IntakeQuestions',
          // The audit trail is keyed by uuid; the group-wide set has no campus, so the nil uuid stands for the group.
          entityId: campusId ?? GROUP_WIDE,
          campusId,
          before: { category, questions: before },
          after: { category, questions: rows },
        },
        events: [
          changeEvent(
            IntakeQuestionsSetV1,
            {
              campusId,
              category,
              questions: rows.map((r) => ({ key: r.key, answerType: r.answerType, required: r.required })),
              occurredAt: now.toISOString(),
              actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
            },
            campusId ?? category,
          ),
        ],
      });
      return rows;
    });
  }
}
