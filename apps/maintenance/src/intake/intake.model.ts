import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, ref } from '@houqin/platform-entity-refs';
import { IntakeAnswerType, IntakeQuestionRow, WorkOrderAttachmentRow, WorkOrderDuplicateReportRow } from './intake.entity';
import { IntakeQualityGrouping } from './intake.inputs';

registerEnumType(IntakeAnswerType, { name: 'IntakeAnswerType', description: 'YES_NO, TEXT, NUMBER, or CHOICE among the listed choices' });
registerEnumType(IntakeQualityGrouping, { name: 'IntakeQualityGrouping' });

@ObjectType({ description: 'A question asked when a fault of this category is reported (报修问卷).' })
export class IntakeQuestion {
  @Field(() => String) category!: string;
  @Field(() => CampusRef, { nullable: true, description: 'Null = the group-wide default set.' }) campus!: CampusRef | null;
  @Field(() => String) key!: string;
  @Field(() => String) questionZh!: string;
  @Field(() => String) questionEn!: string;
  @Field(() => IntakeAnswerType) answerType!: IntakeAnswerType;
  @Field(() => [String]) choices!: string[];
  @Field(() => Boolean) required!: boolean;
  @Field(() => Int) ordinal!: number;
}

@ObjectType()
export class IntakeAnswer {
  @Field(() => String) key!: string;
  @Field(() => String) value!: string;
}

@ObjectType({ description: 'Required intake questions the reporter left unanswered (the ticket counts as incomplete).' })
export class IncompleteIntake {
  @Field(() => [String]) missingKeys!: string[];
}

@ObjectType({ description: 'A photo of the fault. `dataBase64` downloads it, for whoever may read its work order.' })
export class WorkOrderPhoto {
  @Field(() => ID) id!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => Date) uploadedAt!: Date;
  // Not in the schema: what the dataBase64 resolver needs to authorise, fetch and verify the download.
  workOrderId!: string;
  storedKey!: string;
  sha256!: string;
}

@ObjectType({ description: '重复报修: the same fault reported again while this order was open.' })
export class DuplicateReport {
  @Field(() => Date) reportedAt!: Date;
  @Field(() => String) reporterName!: string;
  @Field(() => String, { description: 'Title and description as the reporter wrote them.' }) text!: string;
}

@ObjectType({ description: 'Intake quality of one month or category: orders people submitted, how many lacked required answers, duplicate reports.' })
export class IntakeQualityRow {
  @Field(() => String, { description: 'YYYY-MM (Asia/Shanghai) or the category.' }) key!: string;
  @Field(() => Int, { description: 'Orders submitted at the console or QR portal.' }) orders!: number;
  @Field(() => Int) incomplete!: number;
  @Field(() => Float, { nullable: true, description: 'incomplete / orders; null without orders.' }) incompleteRate!: number | null;
  @Field(() => Int, { description: 'Reports linked to an open order instead of opening one (by when they were reported).' }) duplicateReports!: number;
}

export const toIntakeQuestion = (row: IntakeQuestionRow): IntakeQuestion => ({
  category: row.category,
  campus: ref(row.campusId),
  key: row.key,
  questionZh: row.questionZh,
  questionEn: row.questionEn,
  answerType: row.answerType,
  choices: row.choices,
  required: row.required,
  ordinal: row.ordinal,
});

export const toWorkOrderPhoto = (row: WorkOrderAttachmentRow): WorkOrderPhoto => ({
  id: row.id,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  uploadedAt: row.uploadedAt,
  workOrderId: row.workOrderId,
  storedKey: row.storedKey,
  sha256: row.sha256,
});

export const toDuplicateReport = (row: WorkOrderDuplicateReportRow): DuplicateReport => ({
  reportedAt: row.reportedAt,
  reporterName: row.reporterName,
  text: row.text,
});
