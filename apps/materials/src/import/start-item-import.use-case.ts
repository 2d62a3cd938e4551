import { Injectable } from '@nestjs/common';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { isUniqueViolation, uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { decodeImportFile } from './import-file';
import { CSV_CONTENT_TYPE, ImportJobStatus, ImportKind, XLSX_CONTENT_TYPE } from './import-job';
import { ImportJobFileRow, ImportJobRow } from './import-job.entity';
import { StartItemImportInput } from './import-job.inputs';
import { ImportWorker } from './import-worker';

/**
 * 导入: queues a file for import. What can be told from the file as a whole (size, type, encoding) is refused at
 * once; the rows are read and checked by the worker, which reports on the job. The catalogue is group-wide
 * master data, so only group admins import it; opening balances are for the keepers of the warehouse's campus.
 */
@Injectable()
export class StartItemImport {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly dataSource: DataSource,
    private readonly warehouses: WarehouseRepository,
    private readonly worker: ImportWorker,
  ) {}

  async execute(identity: Identity, input: StartItemImportInput): Promise<ImportJobRow> {
    let warehouse = null;
    if (input.kind === ImportKind.CATALOGUE) {
      if (!hasAnyRole(identity, [Role.GROUP_ADMIN])) throw forbidden();
      if (input.warehouseId) throw new DomainError('INVALID_INPUT', { detail: 'warehouseId is for OPENING_BALANCES only' });
    } else if (input.kind === ImportKind.OPENING_BALANCES) {
      if (!input.warehouseId) throw new DomainError('TEXT_REQUIRED', { field: 'warehouseId' });
      warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    } else {
      throw new DomainError('INVALID_INPUT', { detail: `kind ${String(input.kind)}` });
    }
    const fileName = requireText('fileName', input.fileName, 200);
    const { bytes, format } = decodeImportFile(input.base64, input.contentType);
    const job: ImportJobRow = {
      id: uuidv7(),
      kind: input.kind,
      status: ImportJobStatus.QUEUED,
      campusId: warehouse?.campusId ?? null,
      warehouseId: warehouse?.id ?? null,
      fileName,
      contentType: format === 'XLSX' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
      fileSize: bytes.length,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
      totalRows: null,
      processedRows: 0,
      errorCount: 0,
      attempts: 0,
      startedBySubject: identity.subject,
      startedByName: identity.name,
      createdAt: new Date(),
      startedAt: null,
      finishedAt: null,
    };
    try {
      await this.unitOfWork.run(async (manager) => {
        await this.refuseSameFile(manager, job);
        await manager.insert(ImportJobRow, job);
        await manager.insert(ImportJobFileRow, { importJobId: job.id, content: bytes });
        await this.changes.record(manager, identity, {
          audit: { action: 'import.started', entityType: 'ImportJob', entityId: job.id, campusId: job.campusId, before: null, after: job },
        });
      });
    } catch (error) {
      // Two uploads of one file at the same moment: the unique index lets one through.
      if (isUniqueViolation(error, 'import_job_file_uq')) await this.refuseSameFile(this.dataSource.manager, job);
      throw error;
    }
    this.worker.wake();
    return job;
  }

  /**
   * The same file again for the same target, unless the earlier job failed: an upload retried after its response
   * was lost would otherwise book the opening stock twice.
   */
  private async refuseSameFile(manager: EntityManager, job: ImportJobRow): Promise<void> {
    const [earlier] = await manager.query(
      `SELECT id FROM import_job WHERE kind = $1 AND warehouse_id IS NOT DISTINCT FROM $2 AND file_sha256 = $3 AND status <> 'FAILED' LIMIT 1`,
      [job.kind, job.warehouseId, job.fileSha256],
    );
    if (earlier) throw new DomainError('IMPORT_ALREADY_STARTED', { jobId: earlier.id });
  }
}
