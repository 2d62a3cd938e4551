import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { chinaInstant, chinaToday } from '@houqin/platform-calendar';
import { isUniqueViolation, uuidv7 } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { JsonLogger } from '@houqin/platform-telemetry';
import { DataSource, EntityManager } from 'typeorm';
import { ItemRow } from '../catalogue/item.entity';
import { GoodsReceiptBooking } from '../stock/goods-receipt-booking';
import { StockLotRow } from '../stock/stock-lot.entity';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { BALANCE_COLUMNS, BalanceItem, balanceItemCodes, validateBalanceRows } from './balance-rows';
import { CATALOGUE_COLUMNS, catalogueCodes, validateCatalogueRows } from './catalogue-rows';
import { ImportFormat, readSheet } from './import-file';
import { ImportJobStatus, ImportKind, MAX_ATTEMPTS, MAX_STORED_ERRORS, UNFINISHED_STATUSES, XLSX_CONTENT_TYPE } from './import-job';
import { ImportJobErrorRow, ImportJobFileRow, ImportJobRow } from './import-job.entity';
import { describeProblem, ImportProblem, problem } from './import-problem';
import { ColumnSpec, readTable, Table } from './import-table';
import { SheetSyntaxError } from './sheet';

/** Rows written per statement, and between two progress reports. */
const CHUNK = 1_000;

/** The file has problems: nothing is written, the report says what. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`${problems.length} problems`);
  }
}

/** The worker is stopping (the service shuts down): the job goes back to the queue, untouched. */
export class ImportInterrupted extends Error {}

/**
 * Runs import jobs. A job is claimed by locking its file row (FOR UPDATE SKIP LOCKED) in the transaction that
 * then validates every row and writes every item or lot: all or nothing. While that transaction is open, status
 * and progress go to the job row through other pooled connections in short transactions of their own, so anyone
 * polling `importJob` sees rows counted up. That only works because the long transaction never locks the job row
 * until its very last statement (the final status, committed with the rows), after which no progress is written:
 * a progress write waiting on the worker's own lock would wait forever. If the worker dies, Postgres ends its
 * transaction, every row it wrote disappears, the file row's lock is released and the next worker (after a
 * restart, or another replica) starts the job over.
 */
@Injectable()
export class ImportJobProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly receipts: GoodsReceiptBooking,
    private readonly logger: JsonLogger,
  ) {}

  /** Claims the oldest unfinished job no worker holds and runs it to the end; its id, or null when none waits. */
  async runNext(stopping: () => boolean): Promise<string | null> {
    // An idle replica asks this every poll: one cheap statement, no transaction, no relay wake-up.
    const [waiting] = await this.dataSource.query(`SELECT 1 FROM import_job WHERE status = ANY($1) LIMIT 1`, [UNFINISHED_STATUSES]);
    if (!waiting) return null;
    let claimed: string | null = null;
    try {
      await this.unitOfWork.run(async (manager) => {
        const [claim] = await manager.query(
          `SELECT job.id FROM import_job_file file JOIN import_job job ON job.id = file.import_job_id
            WHERE job.status = ANY($1) ORDER BY job.id LIMIT 1 FOR UPDATE OF file SKIP LOCKED`,
          [UNFINISHED_STATUSES],
        );
        if (!claim) return;
        claimed = claim.id as string;
        await this.run(manager, claimed, stopping);
      });
    } catch (error) {
      if (!(error instanceof ImportInterrupted)) throw error;
    }
    return claimed;
  }

  private async run(manager: EntityManager, id: string, stopping: () => boolean): Promise<void> {
    const job = await manager.findOneByOrFail(ImportJobRow, { id });
    if (job.attempts >= MAX_ATTEMPTS) {
      return this.finish(manager, job, null, [problem(null, null, 'IMPORT_ABANDONED', { attempts: job.attempts })]);
    }
    await this.report(id, { status: ImportJobStatus.VALIDATING, attempts: job.attempts + 1, startedAt: new Date(), processedRows: 0, totalRows: null });
    const [{ content }] = await manager.query(`SELECT content FROM import_job_file WHERE import_job_id = $1`, [id]);
    const format: ImportFormat = job.contentType === XLSX_CONTENT_TYPE ? 'XLSX' : 'CSV';
    const actor: Identity = { subject: job.startedBySubject, name: job.startedByName, staffId: null, roles: [], campusIds: [] };
    await manager.query('SAVEPOINT import_rows');
    try {
      const rows =
        job.kind === ImportKind.CATALOGUE
          ? await this.importCatalogue(manager, job, actor, format, content, stopping)
          : await this.importBalances(manager, job, actor, format, content, stopping);
      await this.finish(manager, job, rows, []);
    } catch (error) {
      if (error instanceof ImportInterrupted) {
        // Written while this transaction still holds the file row, so no other worker has claimed it yet.
        await this.report(id, { status: ImportJobStatus.QUEUED, attempts: job.attempts, processedRows: 0 });
        throw error;
      }
      await manager.query('ROLLBACK TO SAVEPOINT import_rows');
      if (error instanceof ImportRefused) return this.finish(manager, job, null, error.problems);
      this.logger.event('error', 'import job failed', { importJobId: id, error: String(error), stack: (error as Error)?.stack });
      return this.finish(manager, job, null, [problem(null, null, 'INTERNAL')]);
    }
  }

  private async importCatalogue(
    manager: EntityManager,
    job: ImportJobRow,
    actor: Identity,
    format: ImportFormat,
    content: Buffer,
    stopping: () => boolean,
  ): Promise<number> {
    const table = await this.readTable(job, format, content, CATALOGUE_COLUMNS);
    const codes = catalogueCodes(table);
    const existing = await manager.query(`SELECT code FROM item WHERE code = ANY($1::text[])`, [codes]);
    const { rows, problems } = validateCatalogueRows(table, new Set(existing.map((row: { code: string }) => row.code)));
    if (problems.length) throw new ImportRefused(problems);

    await this.report(job.id, { status: ImportJobStatus.IMPORTING });
    const now = new Date();
    await this.inChunks(job.id, rows, stopping, async (chunk) => {
      try {
        await manager.insert(
          ItemRow,
          chunk.map(({ row: _row, ...item }) => ({ id: uuidv7(), ...item, active: true, createdAt: now, updatedAt: now })),
        );
      } catch (error) {
        // Someone created one of these codes after validation: the report names its row like any other duplicate.
        if (!isUniqueViolation(error, 'item_code_uq')) throw error;
        const code = /\(code\)=\((.*)\)/.exec((error as { driverError?: { detail?: string } }).driverError?.detail ?? '')?.[1] ?? '';
        const row = rows.find((r) => r.code === code);
        throw new ImportRefused([problem(row?.row ?? null, table.headers.get('code') ?? 'code', 'IMPORT_CODE_EXISTS', { code })]);
      }
    });
    await this.changes.record(manager, actor, {
      audit: {
        action: 'catalogue.imported',
        entityType: 'ImportJob',
        entityId: job.id,
        campusId: null,
        before: null,
        after: { fileName: job.fileName, fileSha256: job.fileSha256, items: rows.length },
      },
    });
    return rows.length;
  }

  private async importBalances(
    manager: EntityManager,
    job: ImportJobRow,
    actor: Identity,
    format: ImportFormat,
    content: Buffer,
    stopping: () => boolean,
  ): Promise<number> {
    const table = await this.readTable(job, format, content, BALANCE_COLUMNS);
    const found: BalanceItem[] = (
      await manager.query(`SELECT id, code, name, tracks_expiry FROM item WHERE code = ANY($1::text[])`, [balanceItemCodes(table)])
    ).map((row: { id: string; code: string; name: string; tracks_expiry: boolean }) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      tracksExpiry: row.tracks_expiry,
    }));
    const now = new Date();
    const { rows, problems } = validateBalanceRows(table, new Map(found.map((item) => [item.code, item])), chinaToday(now));
    if (problems.length) throw new ImportRefused(problems);

    const warehouse = await manager.findOneByOrFail(WarehouseRow, { id: job.warehouseId! });
    await this.report(job.id, { status: ImportJobStatus.IMPORTING });
    await this.inChunks(job.id, rows, stopping, async (chunk) => {
      const lots: StockLotRow[] = chunk.map((row) => ({
        id: uuidv7(),
        campusId: warehouse.campusId,
        warehouseId: warehouse.id,
        itemId: row.itemId,
        // Each lot is opened by one document: for opening balances, the import job.
        goodsReceiptId: job.id,
        batchNo: row.batchNo,
        quantityReceived: row.quantity,
        quantityRemaining: row.quantity,
        unitCostFen: row.unitCostFen,
        // The original receipt date keeps old stock first in FIFO; the ledger books it all at the import.
        receivedAt: row.receivedOn ? chinaInstant(row.receivedOn) : now,
        expiresOn: row.expiresOn,
      }));
      await this.receipts.openLots(manager, lots, { type: 'OpeningBalance', id: job.id, at: now, actor });
    });
    await this.changes.record(manager, actor, {
      audit: {
        action: 'stock.opening_balances_imported',
        entityType: 'ImportJob',
        entityId: job.id,
        campusId: warehouse.campusId,
        before: null,
        after: { fileName: job.fileName, fileSha256: job.fileSha256, warehouseId: warehouse.id, lots: rows.length },
      },
    });
    return rows.length;
  }

  /** Reads the file against its columns; the total row count is reported as soon as it is known. */
  private async readTable<K extends string>(job: ImportJobRow, format: ImportFormat, content: Buffer, columns: readonly ColumnSpec<K>[]): Promise<Table<K>> {
    let sheet;
    try {
      sheet = await readSheet(format, content);
    } catch (error) {
      if (error instanceof SheetSyntaxError) {
        throw new ImportRefused([problem(error.row, null, 'IMPORT_FILE_UNREADABLE', { detailZh: error.detailZh, detail: error.detail })]);
      }
      if (error instanceof DomainError) throw new ImportRefused([problem(null, null, error.code, error.params)]);
      throw error;
    }
    const { table, problems } = readTable(sheet, columns);
    if (!table) throw new ImportRefused(problems);
    await this.report(job.id, { totalRows: table.rows.length });
    return table;
  }

  /** Writes rows a chunk at a time, reporting progress after each and stopping between chunks when asked to. */
  private async inChunks<T>(id: string, rows: T[], stopping: () => boolean, write: (chunk: T[]) => Promise<void>): Promise<void> {
    for (let start = 0; start < rows.length; start += CHUNK) {
      if (stopping()) throw new ImportInterrupted();
      await write(rows.slice(start, start + CHUNK));
      await this.report(id, { processedRows: Math.min(start + CHUNK, rows.length) });
    }
  }

  /**
   * The job's outcome, in the job's own transaction: SUCCEEDED commits with the rows it wrote; FAILED with its
   * report (the first MAX_STORED_ERRORS problems, and how many there were). The file is no longer needed either way.
   */
  private async finish(manager: EntityManager, job: ImportJobRow, imported: number | null, problems: ImportProblem[]): Promise<void> {
    const stored = problems.slice(0, MAX_STORED_ERRORS);
    if (stored.length) {
      await manager.insert(
        ImportJobErrorRow,
        stored.map((p, seq) => {
          const line = describeProblem(p);
          return { importJobId: job.id, seq, rowNo: line.row, columnName: line.column, code: line.code, reasonZh: line.reasonZh, reasonEn: line.reasonEn };
        }),
      );
    }
    await manager.delete(ImportJobFileRow, { importJobId: job.id });
    await manager.update(
      ImportJobRow,
      { id: job.id },
      imported === null
        ? { status: ImportJobStatus.FAILED, processedRows: 0, errorCount: problems.length, finishedAt: new Date() }
        : { status: ImportJobStatus.SUCCEEDED, processedRows: imported, totalRows: imported, finishedAt: new Date() },
    );
  }

  /** Status and progress, committed at once on a connection of its own (never the job's transaction). */
  private async report(id: string, values: Partial<ImportJobRow>): Promise<void> {
    await this.dataSource.manager.update(ImportJobRow, { id }, values);
  }
}
