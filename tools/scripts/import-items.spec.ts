import { parseArgs, progressLine, reportLines, UsageError } from './import-items';

describe('npm run import', () => {
  it('reads the file, kind, warehouse, gateway and token from arguments and the environment', () => {
    expect(parseArgs(['items.csv', '--kind', 'catalogue'], { HOUQIN_TOKEN: 't', LANG: 'en_US.UTF-8' })).toEqual({
      file: 'items.csv',
      kind: 'CATALOGUE',
      warehouseId: null,
      gateway: 'http://127.0.0.1:4000/graphql',
      token: 't',
      login: null,
      lang: 'en',
    });
    expect(parseArgs(['b.xlsx', '--kind', 'balances', '--warehouse', 'w', '--gateway', 'http://g/graphql', '--login', 'east-storekeeper'], {})).toMatchObject({
      kind: 'OPENING_BALANCES',
      warehouseId: 'w',
      gateway: 'http://g/graphql',
      login: 'east-storekeeper',
      lang: 'zh',
    });
    expect(() => parseArgs(['b.csv', '--kind', 'balances'], {})).toThrow(UsageError);
    expect(() => parseArgs(['b.csv', '--kind', 'stock'], {})).toThrow(UsageError);
    expect(() => parseArgs(['b.csv', '--kind', 'catalogue', '--force', 'yes'], {})).toThrow(/unknown option --force/);
  });

  it('draws the progress bar', () => {
    expect(progressLine({ status: 'IMPORTING', totalRows: 20_000, processedRows: 12_000 }, 10)).toBe('[######....] 12,000/20,000 rows  60%  IMPORTING');
    expect(progressLine({ status: 'QUEUED', totalRows: null, processedRows: 0 }, 10)).toBe('[..........] QUEUED');
    expect(progressLine({ status: 'SUCCEEDED', totalRows: 3, processedRows: 3 }, 10)).toBe('[##########] 3/3 rows  100%  SUCCEEDED');
  });

  it('prints the report in the chosen language, saying how many problems were left out', () => {
    const errors = [
      { row: 3, column: '数量', reasonZh: '“0”不是有效的数量（大于零的整数）', reasonEn: '"0" is not a valid quantity (a whole number above zero)' },
    ];
    expect(reportLines(errors, 1, 'en')).toEqual(['row\tcolumn\treason', '3\t数量\t"0" is not a valid quantity (a whole number above zero)']);
    expect(reportLines(errors, 1_500, 'zh')).toEqual(['行\t列\t原因', '3\t数量\t“0”不是有效的数量（大于零的整数）', '……另有 1499 个问题未列出']);
  });
});
