import { EntityManager, In, IsNull } from 'typeorm';
import { IntakeQuestionRow, WorkOrderAttachmentRow, WorkOrderDuplicateReportRow, WorkOrderIntakeRow } from './intake.entity';

/** A category's questionnaire on a campus: the campus's own set if it has one, else the group-wide default. */
export async function intakeQuestionsFor(manager: EntityManager, campusId: string, category: string): Promise<IntakeQuestionRow[]> {
  const own = await manager.find(IntakeQuestionRow, { where: { campusId, category }, order: { ordinal: 'ASC' } });
  return own.length ? own : manager.find(IntakeQuestionRow, { where: { campusId: IsNull(), category }, order: { ordinal: 'ASC' } });
}

/** Batch reads for the work-order fields (one query per field for a page of orders). */
export const intakesOf = (manager: EntityManager, workOrderIds: string[]) => manager.find(WorkOrderIntakeRow, { where: { workOrderId: In(workOrderIds) } });

export const photosOf = (manager: EntityManager, workOrderIds: string[]) =>
  manager.find(WorkOrderAttachmentRow, { where: { workOrderId: In(workOrderIds) }, order: { uploadedAt: 'ASC', id: 'ASC' } });

export const duplicateReportsOf = (manager: EntityManager, workOrderIds: string[]) =>
  manager.find(WorkOrderDuplicateReportRow, { where: { workOrderId: In(workOrderIds) }, order: { reportedAt: 'ASC', id: 'ASC' } });
