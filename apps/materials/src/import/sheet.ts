import ExcelJS from 'exceljs';

/** One row of a spreadsheet as its user sees it: the row number Excel shows, and each cell as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A file that is not well-formed where it says so; `row` is the record it happened in. */
export class SheetSyntaxError extends Error {
  constructor(
    readonly row: number | null,
    readonly detailZh: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks; records
 * end with CRLF or LF. A leading UTF-8 BOM (Excel's "CSV UTF-8") is dropped. Rows are numbered by record, so a
 * cell with a line break is still one row, as Excel shows it. A quote inside an unquoted field is kept as text
 * (Excel writes none, people typing 5" pipe sizes do); text after a closing quote is refused, because the field
 * would otherwise be read differently by different tools.
 */
export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let closedQuote = false;
  let quoteRow = 0;
  let row = 1;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else {
          inQuotes = false;
          closedQuote = true;
          i += 1;
        }
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === ',') {
      cells.push(field);
      field = '';
      closedQuote = false;
      i += 1;
    } else if (c === '\n' || c === '\r') {
      cells.push(field);
      rows.push({ row, cells });
      cells = [];
      field = '';
      closedQuote = false;
      row += 1;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (closedQuote) {
      throw new SheetSyntaxError(row, `第 ${row} 行：引号结束后还有文字`, `row ${row}: text after a closing quote`);
    } else if (c === '"' && field === '') {
      inQuotes = true;
      quoteRow = row;
      i += 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (inQuotes) throw new SheetSyntaxError(quoteRow, `第 ${quoteRow} 行起的引号没有闭合`, `the quote opened in row ${quoteRow} is never closed`);
  if (field !== '' || closedQuote || cells.length) {
    cells.push(field);
    rows.push({ row, cells });
  }
  return rows;
}

/** The first worksheet of an XLSX workbook, each cell as the text an import reads. */
export async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); it reads Node's Buffer as it is.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetSyntaxError(
      null,
      'XLSX 文件已损坏，或不是 Excel 工作簿',
      `the XLSX file is damaged or not an Excel workbook (${String(error).slice(0, 200)})`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    // row.values is 1-based (index 0 is always empty) and sparse.
    for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/**
 * What a cell holds, as text: numbers as JavaScript prints them (shortest exact form, so 12.5 stays "12.5"), dates
 * as YYYY-MM-DD (Excel dates have no zone; exceljs gives them as UTC), formulas by their cached result, rich text
 * and links by their text, error cells as the error (#N/A), which no rule accepts.
 */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return String(value.error);
  return value.text ?? '';
}
