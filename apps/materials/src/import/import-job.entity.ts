import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ImportJobStatus, ImportKind } from './import-job';

/**
 * 导入任务: one uploaded file and what became of it. Progress (status, processed rows) is written in short
 * transactions of its own while the rows go in under one long transaction, so others see it move.
 */
@Entity({ name: 'import_job' })
@Index('import_job_campus_idx', ['campusId', 'id'])
// The same file twice for the same target is refused (an upload retried after a lost response would book the
// opening stock twice); a failed job does not count.
@Check('import_job_kind_check', `"kind" IN ('CATALOGUE', 'OPENING_BALANCES')`)
@Check('import_job_status_check', `"status" IN ('QUEUED', 'VALIDATING', 'IMPORTING', 'SUCCEEDED', 'FAILED')`)
@Check('import_job_target_check', `("kind" = 'CATALOGUE') = ("warehouse_id" IS NULL)`)
@Index('import_job_file_uq', ['kind', 'warehouseId', 'fileSha256'], { unique: true, where: `"status" <> 'FAILED'` })
export class ImportJobRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: ImportKind;
  @Column('text') status!: ImportJobStatus;
  /** The warehouse's campus for opening balances; null for the group-wide catalogue. */
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('uuid', { nullable: true }) warehouseId!: string | null;
  @Column('text') fileName!: string;
  @Column('text') contentType!: string;
  @Column('integer') fileSize!: number;
  @Column('text') fileSha256!: string;
  /** Data rows in the file, known once it has been read. */
  @Column('integer', { nullable: true }) totalRows!: number | null;
  /** Rows written so far in the running import (uncommitted until the job succeeds). */
  @Column('integer', { default: 0 }) processedRows!: number;
  /** Every problem found; at most MAX_STORED_ERRORS of them are stored. */
  @Column('integer', { default: 0 }) errorCount!: number;
  /** Times a worker has taken the job up; a job that keeps killing its worker is failed. */
  @Column('integer', { default: 0 }) attempts!: number;
  @Column('text') startedBySubject!: string;
  @Column('text') startedByName!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt!: Date | null;
}

/**
 * The uploaded bytes, kept until the job finishes so a restart can start over. A worker holds this row's lock
 * (FOR UPDATE SKIP LOCKED) for as long as it works on the job: the lock, not a status, says who owns it, and it
 * goes away with the worker's connection if the worker dies.
 */
@Entity({ name: 'import_job_file' })
export class ImportJobFileRow {
  @PrimaryColumn('uuid') importJobId!: string;
  @Column('bytea') content!: Buffer;
}

/** One line of the validation report: spreadsheet row, column header, reason in both languages. */
@Entity({ name: 'import_job_error' })
export class ImportJobErrorRow {
  @PrimaryColumn('uuid') importJobId!: string;
  @PrimaryColumn('integer') seq!: number;
  @Column('integer', { nullable: true }) rowNo!: number | null;
  @Column('text', { nullable: true }) columnName!: string | null;
  @Column('text') code!: string;
  @Column('text') reasonZh!: string;
  @Column('text') reasonEn!: string;
}
