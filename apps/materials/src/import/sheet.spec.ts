import ExcelJS from 'exceljs';
import { parseCsv, readXlsx, SheetSyntaxError } from './sheet';

const cells = (text: string) => parseCsv(text).map((row) => row.cells);

describe('parseCsv (RFC 4180)', () => {
  it('reads fields, CRLF and LF records, and a last record without a line break', () => {
    expect(cells('a,b,c\r\n1,2,3\n4,5,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(cells('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes, and numbers rows by record as Excel shows them', () => {
    const rows = parseCsv('code,name\n"A-1","截止阀, DN20 ""铜"""\n"B-2","两行\r\n名称"\nC-3,末行');
    expect(rows).toEqual([
      { row: 1, cells: ['code', 'name'] },
      { row: 2, cells: ['A-1', '截止阀, DN20 "铜"'] },
      { row: 3, cells: ['B-2', '两行\r\n名称'] },
      { row: 4, cells: ['C-3', '末行'] },
    ]);
  });

  it('drops a UTF-8 BOM and keeps empty fields and blank lines as rows', () => {
    expect(parseCsv('\ufeffa,b\n,\n\nx,""')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['', ''] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['x', ''] },
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(cells('pipe 1/2",3')).toEqual([['pipe 1/2"', '3']]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the row', () => {
    const unclosed = () => parseCsv('a,b\n1,"open\n2,3\n');
    expect(unclosed).toThrow(SheetSyntaxError);
    expect(unclosed).toThrow(/row 2/);
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/row 2: text after a closing quote/);
  });
});

describe('readXlsx', () => {
  it('reads the first sheet with Excel row numbers, numbers, dates, booleans, rich text, formulas and blank rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('期初库存');
    workbook.addWorksheet('说明').addRow(['not read']);
    sheet.addRow(['code', 'quantity', 'unitCost', 'expiresOn', 'flag']);
    sheet.addRow(['MASK-1', 120, 12.5, new Date(Date.UTC(2027, 2, 1)), true]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'GL' }, { text: 'OVE' }] }, { formula: '2*3', result: 6 }, 0.35, '2027/3/1', { error: '#N/A' }]);
    const rows = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { row: 1, cells: ['code', 'quantity', 'unitCost', 'expiresOn', 'flag'] },
      { row: 2, cells: ['MASK-1', '120', '12.5', '2027-03-01', 'true'] },
      { row: 4, cells: ['GLOVE', '6', '0.35', '2027/3/1', '#N/A'] },
    ]);
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toThrow(SheetSyntaxError);
  });
});
