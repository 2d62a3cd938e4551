/** What a file brings in: catalogue entries (group-wide), or the stock a warehouse already holds on day one. */
export enum ImportKind {
  /** 物资目录: one new item per row. */
  CATALOGUE = 'CATALOGUE',
  /** 期初库存: one new lot per row in one warehouse, booked through the ledger as a receipt. */
  OPENING_BALANCES = 'OPENING_BALANCES',
}

/** QUEUED → VALIDATING → IMPORTING → SUCCEEDED, or FAILED from validation or the commit. */
export enum ImportJobStatus {
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  IMPORTING = 'IMPORTING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** Statuses a worker picks up: queued, or left half-done by a replica that died (its row lock is gone). */
export const UNFINISHED_STATUSES = [ImportJobStatus.QUEUED, ImportJobStatus.VALIDATING, ImportJobStatus.IMPORTING];

export const CSV_CONTENT_TYPE = 'text/csv';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 5 MB of file travels as about 6.7 MB of base64, under the 8 MB request limit. 20,000 catalogue rows are about
 * 2 MB of CSV and 0.7 MB of XLSX, so the limit leaves room for long names.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Rows per file: the whole file is one transaction and one report. */
export const MAX_ROWS = 50_000;
/** Problems stored per job (the count is always complete): nobody reads the 1,001st, and a wrong file can have 300,000. */
export const MAX_STORED_ERRORS = 1_000;
/** A job whose worker died this many times (out of memory, killed) is failed instead of being picked up again. */
export const MAX_ATTEMPTS = 3;
