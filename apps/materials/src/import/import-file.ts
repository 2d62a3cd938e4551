import { DomainError } from '@houqin/platform-errors';
import { CSV_CONTENT_TYPE, MAX_FILE_BYTES, XLSX_CONTENT_TYPE } from './import-job';
import { parseCsv, readXlsx, SheetRow } from './sheet';

export type ImportFormat = 'CSV' | 'XLSX';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks an uploaded file before it is queued, so what can be told at once is told at once: strict base64 (Node's
 * decoder skips junk silently), the size, that the bytes are what the declared type says, and that a CSV is UTF-8.
 * Excel in China saves "CSV" as GBK by default; guessing the encoding could write mojibake names into the
 * catalogue for good, so such a file is refused with the way to save it as UTF-8 (or to upload the XLSX).
 */
export function decodeImportFile(base64: string, contentType: string): { bytes: Buffer; format: ImportFormat } {
  const text = (base64 ?? '').replace(/\s+/g, '');
  if (!text || text.length % 4 !== 0 || !BASE64.test(text)) throw new DomainError('INVALID_INPUT', { detail: 'base64 is not valid base64' });
  // Checked before decoding, so a huge string is refused without allocating its bytes.
  if ((text.length / 4) * 3 - (text.match(/=+$/)?.[0].length ?? 0) > MAX_FILE_BYTES) {
    throw new DomainError('IMPORT_FILE_TOO_LARGE', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  }
  const bytes = Buffer.from(text, 'base64');
  const declared = String(contentType ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  const format = formatOf(bytes);
  if (declared === XLSX_CONTENT_TYPE && format === 'XLSX') return { bytes, format };
  if (declared === CSV_CONTENT_TYPE && format === 'CSV') {
    csvText(bytes);
    return { bytes, format };
  }
  throw new DomainError('IMPORT_FILE_TYPE', { declared: declared.slice(0, 100) });
}

/** What the bytes are: a ZIP container (XLSX), text (CSV), or neither (old .xls, UTF-16, images). */
function formatOf(bytes: Buffer): ImportFormat | null {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return 'XLSX';
  // Old binary .xls (OLE2) and anything else holding NUL bytes is not CSV text.
  return bytes.subarray(0, 8192).includes(0) ? null : 'CSV';
}

/** A CSV file's text; IMPORT_FILE_ENCODING when it is not UTF-8. */
export function csvText(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new DomainError('IMPORT_FILE_ENCODING');
  }
}

/** The rows of a file already checked by `decodeImportFile`. */
export function readSheet(format: ImportFormat, bytes: Buffer): Promise<SheetRow[]> {
  return format === 'XLSX' ? readXlsx(bytes) : Promise.resolve(parseCsv(csvText(bytes)));
}
