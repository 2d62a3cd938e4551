import { ErrorCode, ErrorParams, localise } from '@houqin/platform-errors';

/**
 * One thing wrong with an import file: where (spreadsheet row, header of the column as the file has it) and why,
 * as a code of the shared error catalogue so the report reads like every other error, in zh-CN and en. Row and
 * column are null for what concerns the whole file.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: ErrorCode;
  params: ErrorParams;
}

export function problem(row: number | null, column: string | null, code: ErrorCode, params: ErrorParams = {}): ImportProblem {
  return { row, column, code, params };
}

/** The report line as stored and shown: reason in both languages. */
export function describeProblem(p: ImportProblem): { row: number | null; column: string | null; code: ErrorCode; reasonZh: string; reasonEn: string } {
  const messages = localise(p.code, p.params);
  return { row: p.row, column: p.column, code: p.code, reasonZh: messages['zh-CN'], reasonEn: messages.en };
}
