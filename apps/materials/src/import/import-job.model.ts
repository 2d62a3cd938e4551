import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { ImportJobStatus, ImportKind } from './import-job';
import { ImportJobErrorRow, ImportJobRow } from './import-job.entity';

registerEnumType(ImportKind, { name: 'ImportKind', description: 'CATALOGUE (物资目录, group admins) or OPENING_BALANCES (期初库存, one warehouse).' });
registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus',
  description: 'QUEUED → VALIDATING (every row checked) → IMPORTING (rows written in one transaction) → SUCCEEDED, or FAILED with a report.',
});

@ObjectType('ImportRowError', { description: 'One line of the validation report.' })
export class ImportRowError {
  @Field(() => Int, { nullable: true, description: 'The spreadsheet row (the header is row 1); null for the whole file.' }) row!: number | null;
  @Field(() => String, { nullable: true, description: 'The column header as the file has it.' }) column!: string | null;
  @Field(() => String, { description: 'A code of the error catalogue, e.g. IMPORT_DUPLICATE_CODE.' }) code!: string;
  @Field(() => String) reasonZh!: string;
  @Field(() => String) reasonEn!: string;
}

@ObjectType('ImportJob', { description: '导入任务: a catalogue or opening-balance file, validated in full and imported all or nothing.' })
export class ImportJob {
  @Field(() => ID) id!: string;
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => ImportJobStatus) status!: ImportJobStatus;
  @Field(() => ID, { nullable: true, description: "The warehouse's campus (opening balances); null for the catalogue." }) campusId!: string | null;
  @Field(() => ID, { nullable: true }) warehouseId!: string | null;
  @Field(() => String) fileName!: string;
  @Field(() => Int, { description: 'Bytes.' }) fileSize!: number;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file, once it has been read.' }) totalRows!: number | null;
  @Field(() => Int, { description: 'Rows written so far; they become visible all at once when the job succeeds.' }) processedRows!: number;
  @Field(() => Int, { description: 'Problems found (the report keeps the first 1,000).' }) errorCount!: number;
  @Field(() => String) startedByName!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

export const ImportJobConnection = Connection(ImportJob, 'ImportJob');

export function toImportJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    campusId: row.campusId,
    warehouseId: row.warehouseId,
    fileName: row.fileName,
    fileSize: row.fileSize,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    errorCount: row.errorCount,
    startedByName: row.startedByName,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export function toImportRowError(row: ImportJobErrorRow): ImportRowError {
  return { row: row.rowNo, column: row.columnName, code: row.code, reasonZh: row.reasonZh, reasonEn: row.reasonEn };
}
