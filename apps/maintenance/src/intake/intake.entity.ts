import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum IntakeAnswerType {
  YES_NO = 'YES_NO',
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  CHOICE = 'CHOICE',
}

/** One question of a category's intake questionnaire (报修问卷), group-wide (campus null) or a campus's own set. */
@Entity({ name: 'intake_question' })
@Index('intake_question_set_idx', ['category', 'campusId'])
export class IntakeQuestionRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('text') category!: string;
  @Column('text') key!: string;
  @Column('text') questionZh!: string;
  @Column('text') questionEn!: string;
  @Column('text') answerType!: IntakeAnswerType;
  @Column('text', { array: true, default: () => "'{}'" }) choices!: string[];
  @Column('boolean') required!: boolean;
  @Column('integer') ordinal!: number;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}

/** What the reporter answered when opening an order at the console or QR portal; missing keys make it incomplete. */
@Entity({ name: 'work_order_intake' })
export class WorkOrderIntakeRow {
  @PrimaryColumn('uuid') workOrderId!: string;
  @Column('jsonb') answers!: { key: string; value: string }[];
  @Column('text', { array: true }) missingKeys!: string[];
  @Column('timestamptz') recordedAt!: Date;
}

/** A photo of the fault; the bytes live in the attachment store under `storedKey`. */
@Entity({ name: 'work_order_attachment' })
@Index('work_order_attachment_order_idx', ['workOrderId'])
export class WorkOrderAttachmentRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('text') contentType!: string;
  @Column('integer') sizeBytes!: number;
  @Column('text') sha256!: string;
  @Column('text') storedKey!: string;
  @Column('text') uploadedBy!: string;
  @Column('timestamptz') uploadedAt!: Date;
}

/** The same fault reported again while its order is open (重复报修): linked to that order, not a new one. */
@Entity({ name: 'work_order_duplicate_report' })
@Index('work_order_duplicate_report_order_idx', ['workOrderId'])
export class WorkOrderDuplicateReportRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('text') reporterSubject!: string;
  @Column('text') reporterName!: string;
  @Column('uuid', { nullable: true }) reporterStaffId!: string | null;
  @Column('text') source!: string;
  @Column('text') text!: string;
  @Column('timestamptz') reportedAt!: Date;
}
