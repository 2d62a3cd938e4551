import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { csvText, decodeImportFile } from './import-file';
import { CSV_CONTENT_TYPE, MAX_FILE_BYTES, XLSX_CONTENT_TYPE } from './import-job';

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

describe('decodeImportFile', () => {
  it('accepts UTF-8 CSV (with or without BOM) and an XLSX (ZIP) file as declared', () => {
    expect(decodeImportFile(b64('code,name\nA,阀门\n'), 'text/csv; charset=utf-8').format).toBe('CSV');
    expect(decodeImportFile(b64('\ufeffcode\nA\n'), CSV_CONTENT_TYPE).format).toBe('CSV');
    expect(decodeImportFile(b64(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])), XLSX_CONTENT_TYPE).format).toBe('XLSX');
  });

  it('refuses bytes that are not what the declared type says, old .xls and binary files', () => {
    expect(codeOf(() => decodeImportFile(b64('code\nA\n'), XLSX_CONTENT_TYPE))).toBe('IMPORT_FILE_TYPE');
    expect(codeOf(() => decodeImportFile(b64(Buffer.from([0x50, 0x4b, 0x03, 0x04])), CSV_CONTENT_TYPE))).toBe('IMPORT_FILE_TYPE');
    expect(codeOf(() => decodeImportFile(b64(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])), CSV_CONTENT_TYPE))).toBe('IMPORT_FILE_TYPE');
    expect(codeOf(() => decodeImportFile(b64('code\nA\n'), 'application/pdf'))).toBe('IMPORT_FILE_TYPE');
  });

  it('refuses a GBK CSV (what Excel in China saves as "CSV") with how to save it as UTF-8', () => {
    // "阀门" in GBK.
    const gbk = Buffer.concat([Buffer.from('code,name\nA,'), Buffer.from([0xb7, 0xa7, 0xc3, 0xc5]), Buffer.from('\n')]);
    expect(codeOf(() => decodeImportFile(b64(gbk), CSV_CONTENT_TYPE))).toBe('IMPORT_FILE_ENCODING');
    expect(() => csvText(gbk)).toThrow(/UTF-8/);
  });

  it('refuses files over the limit before decoding them, and broken base64', () => {
    expect(codeOf(() => decodeImportFile('A'.repeat(Math.ceil((MAX_FILE_BYTES + 3) / 3) * 4), CSV_CONTENT_TYPE))).toBe('IMPORT_FILE_TOO_LARGE');
    expect(codeOf(() => decodeImportFile('not base64!', CSV_CONTENT_TYPE))).toBe('INVALID_INPUT');
    expect(codeOf(() => decodeImportFile('', CSV_CONTENT_TYPE))).toBe('INVALID_INPUT');
  });
});
