import { MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, CHINA_TIME_ZONE, chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import ExcelJS from 'exceljs';
import { randomBytes, randomUUID } from 'node:crypto';

/** Catalogue and opening-balance imports (导入): report, all or nothing, progress, restarts, scope; on real Postgres and Kafka. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');

const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const eastKeeper: Identity = { subject: 'keeper-east', staffId: randomUUID(), name: '东院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [EAST] };
const westKeeper: Identity = { subject: 'keeper-west', staffId: randomUUID(), name: '西院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [WEST] };
const technician: Identity = { subject: 'tech-east', staffId: randomUUID(), name: '东院技工', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const START = `mutation($input: StartItemImportInput!) { startItemImport(input: $input) { id status kind totalRows processedRows } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { id status totalRows processedRows errorCount campusId warehouseId startedByName errors(first: 1000) { row column code reasonZh reasonEn } } }`;

const day = (offset: number) => addDays(chinaToday(new Date()), offset);
const prefix = () => `T${randomBytes(3).toString('hex').toUpperCase()}`;
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const catalogueCsv = (codes: string[], extra = '') =>
  `code,name,nameEn,unit,category,tracksExpiry\n${codes.map((code, i) => `${code},"测试物资 ${i}, 规格",Item ${i},个,CONSUMABLE,${i % 2 ? '是' : '否'}`).join('\n')}\n${extra}`;

describe('materials imports (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let eastWarehouse: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');

  const start = (identity: Identity, input: Record<string, unknown>) => call(identity, START, { input });
  const job = async (id: string, identity: Identity = admin) => (await data(identity, JOB, { id })).importJob;
  const finished = (id: string, timeoutMs = 120_000) =>
    eventually(
      async () => {
        const j = await job(id);
        return ['SUCCEEDED', 'FAILED'].includes(j.status) ? j : undefined;
      },
      timeoutMs,
      `import job ${id}`,
    );
  const importFile = async (identity: Identity, input: Record<string, unknown>) => {
    const started = await start(identity, input);
    expect(started.errors).toBeUndefined();
    return finished(started.data!.startItemImport.id);
  };
  const importCatalogue = (csv: string) => importFile(admin, { kind: 'CATALOGUE', fileName: 'catalogue.csv', contentType: CSV, base64: b64(csv) });
  const itemsLike = async (pattern: string) =>
    (await platform.query<{ n: number }>('materials', `SELECT count(*)::int AS n FROM item WHERE code LIKE $1`, [`${pattern}%`]))[0].n;

  /** Slows each chunk of an import of `${p}-…` codes (its first row sleeps), so a test can look or act mid-import. */
  const withSlowChunks = async (p: string, seconds: number, work: () => Promise<void>) => {
    await platform.query(
      'materials',
      `CREATE FUNCTION import_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(${seconds}); RETURN NEW; END $$;
       CREATE TRIGGER import_test_slow BEFORE INSERT ON item FOR EACH ROW WHEN (NEW.code LIKE '${p}-%000') EXECUTE FUNCTION import_test_slow();`,
    );
    try {
      await work();
    } finally {
      await platform.query('materials', `DROP TRIGGER import_test_slow ON item; DROP FUNCTION import_test_slow();`);
    }
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    await org.publishTo(platform, 'materials');
    const create = `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id } }`;
    eastWarehouse = (await data(admin, create, { input: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    await data(admin, create, { input: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } });
  });
  afterAll(() => platform?.stop());

  it('imports a good CSV (BOM, quoted commas) into the catalogue', async () => {
    const p = prefix();
    const done = await importCatalogue(`\ufeff${catalogueCsv([`${p}-1`, `${p}-2`, `${p}-3`])}`);
    expect(done).toMatchObject({ status: 'SUCCEEDED', totalRows: 3, processedRows: 3, errorCount: 0, errors: [], campusId: null, startedByName: '集团管理员' });
    const items = await platform.query(
      'materials',
      `SELECT code, name, name_en, unit, category, tracks_expiry, active FROM item WHERE code LIKE $1 ORDER BY code`,
      [`${p}%`],
    );
    expect(items).toEqual([
      { code: `${p}-1`, name: '测试物资 0, 规格', name_en: 'Item 0', unit: '个', category: 'CONSUMABLE', tracks_expiry: false, active: true },
      { code: `${p}-2`, name: '测试物资 1, 规格', name_en: 'Item 1', unit: '个', category: 'CONSUMABLE', tracks_expiry: true, active: true },
      { code: `${p}-3`, name: '测试物资 2, 规格', name_en: 'Item 2', unit: '个', category: 'CONSUMABLE', tracks_expiry: false, active: true },
    ]);
    const audit = await platform.query('materials', `SELECT action, actor_name FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [done.id]);
    expect(audit).toEqual([
      { action: 'import.started', actor_name: '集团管理员' },
      { action: 'catalogue.imported', actor_name: '集团管理员' },
    ]);
    // The file is kept only until the job finishes.
    expect(await platform.query('materials', `SELECT 1 FROM import_job_file WHERE import_job_id = $1`, [done.id])).toEqual([]);
  });

  it('imports a good XLSX (first sheet) with Chinese headers and categories', async () => {
    const p = prefix();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('物资目录');
    sheet.addRow(['物资编码', '物资名称', '单位', '类别', '效期管理']);
    sheet.addRow([`${p}-MASK`, '医用外科口罩', '只', '防护用品', '是']);
    sheet.addRow([`${p}-MOP`, '拖把', '把', '保洁用品', false]);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const done = await importFile(admin, { kind: 'CATALOGUE', fileName: '目录.xlsx', contentType: XLSX, base64 });
    expect(done).toMatchObject({ status: 'SUCCEEDED', totalRows: 2 });
    expect(await platform.query('materials', `SELECT code, category, tracks_expiry FROM item WHERE code LIKE $1 ORDER BY code`, [`${p}%`])).toEqual([
      { code: `${p}-MASK`, category: 'PROTECTIVE', tracks_expiry: true },
      { code: `${p}-MOP`, category: 'CLEANING', tracks_expiry: false },
    ]);
  });

  it('reports every malformed row and duplicate code with row, column and reason, and writes nothing', async () => {
    const p = prefix();
    await importCatalogue(catalogueCsv([`${p}-OLD`]));
    const csv =
      'code,name,nameEn,unit,category,tracksExpiry\n' +
      `${p}-1,好的一行,,个,OFFICE,\n` + // row 2: fine, but not written either
      `${p} 2,名称,,个,OFFICE,\n` + // row 3
      `${p}-3,"多行\n名称",,,文具,\n` + // row 4 (one record over two lines)
      `${p}-1,重复,,个,OFFICE,\n` + // row 5
      `${p}-OLD,已有,,个,OFFICE,\n`; // row 6
    const started = await start(admin, { kind: 'CATALOGUE', fileName: 'bad.csv', contentType: CSV, base64: b64(csv) });
    const done = await finished(started.data!.startItemImport.id);
    expect(done).toMatchObject({ status: 'FAILED', totalRows: 5, processedRows: 0, errorCount: 5 });
    expect(done.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, 'code', 'IMPORT_VALUE_INVALID'],
      [4, 'unit', 'TEXT_REQUIRED'],
      [4, 'category', 'IMPORT_VALUE_INVALID'],
      [5, 'code', 'IMPORT_DUPLICATE_CODE'],
      [6, 'code', 'IMPORT_CODE_EXISTS'],
    ]);
    expect(done.errors[3]).toEqual({
      row: 5,
      column: 'code',
      code: 'IMPORT_DUPLICATE_CODE',
      reasonZh: `物资编码 ${p}-1 在文件中重复（第 2 行已有）`,
      reasonEn: `The item code ${p}-1 appears more than once in the file (first in row 2)`,
    });
    expect(done.errors[2].reasonEn).toContain('"文具" is not a valid category');
    expect(await itemsLike(`${p}-`)).toBe(1); // only the one imported before
  });

  it('refuses at once what the whole file gets wrong: GBK encoding, a type that does not match, a wrong header', async () => {
    const gbk = Buffer.concat([Buffer.from('code,name,unit,category\nA,'), Buffer.from([0xb7, 0xa7, 0xc3, 0xc5]), Buffer.from(',个,OFFICE\n')]);
    const refused = await call(admin, START, { input: { kind: 'CATALOGUE', fileName: 'gbk.csv', contentType: CSV, base64: b64(gbk) } }, 'zh-CN');
    expect(errorCode(refused)).toBe('IMPORT_FILE_ENCODING');
    expect(refused.errors?.[0].message).toContain('CSV UTF-8');
    expect(errorCode(await start(admin, { kind: 'CATALOGUE', fileName: 'x.xlsx', contentType: XLSX, base64: b64('code\nA\n') }))).toBe('IMPORT_FILE_TYPE');

    const header = await importCatalogue('编码,名称,规格,单位\nA,b,c,d\n');
    expect(header.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [1, '规格', 'IMPORT_COLUMN_UNKNOWN'],
      [1, 'category', 'IMPORT_COLUMN_MISSING'],
    ]);
  });

  it('books opening balances as lots with RECEIPT movements of the import, in FIFO order of their receipt dates', async () => {
    const p = prefix();
    await importCatalogue(`code,name,unit,category,tracksExpiry,领新交旧\n${p}-GLOVE,检查手套,副,PROTECTIVE,是,否\n${p}-VALVE,截止阀,个,SPARE_PART,否,是\n`);
    expect(await platform.query('materials', `SELECT code, tracks_expiry, durable FROM item WHERE code LIKE $1 ORDER BY code`, [`${p}-%`])).toEqual([
      { code: `${p}-GLOVE`, tracks_expiry: true, durable: false },
      { code: `${p}-VALVE`, tracks_expiry: false, durable: true },
    ]);
    const csv =
      'itemCode,quantity,unitCost,expiresOn,batchNo,receivedOn\n' +
      `${p}-GLOVE,100,0.35,${day(300)},B-1,${day(-40)}\n` +
      `${p}-GLOVE,50,0.40,${day(200)},B-2,\n` +
      `${p}-VALVE,12,35.5,,,${day(-400)}\n`;
    const started = await start(eastKeeper, { kind: 'OPENING_BALANCES', warehouseId: eastWarehouse, fileName: '期初.csv', contentType: CSV, base64: b64(csv) });
    expect(started.data?.startItemImport).toMatchObject({ status: 'QUEUED', kind: 'OPENING_BALANCES' });
    const done = await finished(started.data!.startItemImport.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', totalRows: 3, processedRows: 3, campusId: EAST, warehouseId: eastWarehouse });
    expect((await job(done.id, eastKeeper)).status).toBe('SUCCEEDED');

    const lots = await platform.query<Record<string, unknown>>(
      'materials',
      `SELECT item.code, lot.quantity_received, lot.quantity_remaining, lot.unit_cost_fen, lot.expires_on::text, lot.batch_no, lot.goods_receipt_id,
              to_char(lot.received_at AT TIME ZONE '${CHINA_TIME_ZONE}', 'YYYY-MM-DD HH24:MI') AS received
         FROM stock_lot lot JOIN item ON item.id = lot.item_id WHERE item.code LIKE $1 ORDER BY item.code, lot.received_at`,
      [`${p}%`],
    );
    expect(lots).toEqual([
      expect.objectContaining({
        code: `${p}-GLOVE`,
        quantity_received: 100,
        quantity_remaining: 100,
        unit_cost_fen: 35,
        expires_on: day(300),
        batch_no: 'B-1',
        received: `${day(-40)} 00:00`,
      }),
      expect.objectContaining({ code: `${p}-GLOVE`, quantity_received: 50, unit_cost_fen: 40, expires_on: day(200), batch_no: 'B-2' }),
      expect.objectContaining({ code: `${p}-VALVE`, quantity_received: 12, unit_cost_fen: 3550, expires_on: null, received: `${day(-400)} 00:00` }),
    ]);
    expect(lots.every((lot) => lot.goods_receipt_id === done.id)).toBe(true);
    const movements = await platform.query(
      'materials',
      `SELECT kind, document_type, count(*)::int AS n, sum(quantity)::int AS quantity FROM stock_movement WHERE document_id = $1 GROUP BY 1, 2`,
      [done.id],
    );
    expect(movements).toEqual([{ kind: 'RECEIPT', document_type: 'OpeningBalance', n: 3, quantity: 162 }]);
    const events = await platform.query<{ n: number }>(
      'materials',
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'materials.stock-level.goods-received.v1' AND key = $1 AND data->>'lotId' IN (SELECT id::text FROM stock_lot WHERE goods_receipt_id = $2)`,
      [eastWarehouse, done.id],
    );
    expect(events[0].n).toBe(3);

    // The same file again would book the stock twice.
    const again = await start(eastKeeper, {
      kind: 'OPENING_BALANCES',
      warehouseId: eastWarehouse,
      fileName: '期初(1).csv',
      contentType: CSV,
      base64: b64(csv),
    });
    expect(errorCode(again)).toBe('IMPORT_ALREADY_STARTED');
    expect(again.errors?.[0].extensions?.params).toEqual({ jobId: done.id });
  });

  it('refuses balance rows for unknown items, expired or missing expiry dates, and writes no lot', async () => {
    const p = prefix();
    await importCatalogue(`code,name,unit,category,tracksExpiry\n${p}-GOWN,隔离衣,件,PROTECTIVE,是\n`);
    const csv = `物资编码,数量,单价,有效期至\n${p}-GOWN,10,8,\n${p}-GOWN,0,8,${day(-1)}\n${p}-NONE,1,1,\n`;
    const done = await importFile(eastKeeper, {
      kind: 'OPENING_BALANCES',
      warehouseId: eastWarehouse,
      fileName: 'bad.csv',
      contentType: CSV,
      base64: b64(csv),
    });
    expect(done.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [2, '有效期至', 'EXPIRY_REQUIRED'],
      [3, '数量', 'IMPORT_VALUE_INVALID'],
      [3, '有效期至', 'LOT_EXPIRED'],
      [4, '物资编码', 'IMPORT_ITEM_UNKNOWN'],
    ]);
    expect(await platform.query('materials', `SELECT 1 FROM stock_lot lot JOIN item ON item.id = lot.item_id WHERE item.code LIKE $1`, [`${p}%`])).toEqual([]);
  });

  it('reports progress between 0 and the total while 20,000 rows go in, and makes them visible only at the end', async () => {
    const p = prefix();
    const codes = Array.from({ length: 20_000 }, (_, i) => `${p}-${String(i).padStart(5, '0')}`);
    const seen: { processedRows: number; visible: number }[] = [];
    // 0.1 s more per chunk: at least 2 s of IMPORTING for the polls (every 250 ms) to see, on any machine.
    await withSlowChunks(p, 0.1, async () => {
      const id = (await start(admin, { kind: 'CATALOGUE', fileName: 'big.csv', contentType: CSV, base64: b64(catalogueCsv(codes)) })).data!.startItemImport.id;
      const done = await eventually(async () => {
        // Count first, then read the job: a job still short of the total afterwards had not written its last chunk,
        // so it had not committed when the count ran (read the other way round, the commit can fall in between).
        const visible = await itemsLike(`${p}-`);
        const j = await job(id);
        if (j.status === 'IMPORTING') seen.push({ processedRows: j.processedRows, visible });
        return j.status === 'SUCCEEDED' || j.status === 'FAILED' ? j : undefined;
      }, 120_000);
      expect(done).toMatchObject({ status: 'SUCCEEDED', totalRows: 20_000, processedRows: 20_000 });
    });
    const partway = seen.filter((s) => s.processedRows > 0 && s.processedRows < 20_000);
    expect(partway.length).toBeGreaterThan(0);
    // Rows written by the running transaction are not visible to anyone else until it commits.
    expect(partway.every((s) => s.visible === 0)).toBe(true);
    expect(await itemsLike(`${p}-`)).toBe(20_000);
  });

  it('leaves nothing behind when the commit fails halfway', async () => {
    const p = prefix();
    const codes = Array.from({ length: 5_000 }, (_, i) => `${p}-${String(i).padStart(4, '0')}`);
    // A failure no validation can foresee, at row 4,500: four chunks of items are already written by then.
    await platform.query(
      'materials',
      `CREATE FUNCTION import_test_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$;
       CREATE TRIGGER import_test_boom BEFORE INSERT ON item FOR EACH ROW WHEN (NEW.code = '${codes[4_500]}') EXECUTE FUNCTION import_test_boom();`,
    );
    try {
      const done = await importCatalogue(catalogueCsv(codes));
      expect(done).toMatchObject({ status: 'FAILED', processedRows: 0, errorCount: 1, errors: [{ row: null, column: null, code: 'INTERNAL' }] });
      expect(await itemsLike(`${p}-`)).toBe(0);
      expect(await platform.query('materials', `SELECT action FROM audit_entry WHERE entity_id = $1`, [done.id])).toEqual([{ action: 'import.started' }]);
    } finally {
      await platform.query('materials', `DROP TRIGGER import_test_boom ON item; DROP FUNCTION import_test_boom();`);
    }
  });

  it('names the row of a code someone created while the import was running, and writes nothing', async () => {
    const p = prefix();
    const codes = Array.from({ length: 5_000 }, (_, i) => `${p}-${String(i).padStart(4, '0')}`);
    await withSlowChunks(p, 0.3, async () => {
      const id = (await start(admin, { kind: 'CATALOGUE', fileName: 'race.csv', contentType: CSV, base64: b64(catalogueCsv(codes)) })).data!.startItemImport.id;
      await eventually(async () => ((await job(id)).processedRows >= 1_000 ? true : undefined), 60_000);
      await platform.query(
        'materials',
        `INSERT INTO item (id, code, name, unit, category, tracks_expiry, active, created_at, updated_at) VALUES ($1, $2, '抢先', '个', 'OFFICE', false, true, now(), now())`,
        [randomUUID(), codes[4_999]],
      );
      const done = await finished(id);
      expect(done).toMatchObject({ status: 'FAILED', errorCount: 1, errors: [{ row: 5_001, column: 'code', code: 'IMPORT_CODE_EXISTS' }] });
    });
    expect(await itemsLike(`${p}-`)).toBe(1);
  });

  it('puts a running job back in the queue on shutdown, starts it over after a crash, and imports every row exactly once', async () => {
    const p = prefix();
    const codes = Array.from({ length: 20_000 }, (_, i) => `${p}-${String(i).padStart(5, '0')}`);
    const service = platform.process('materials');
    // 0.3 s more per chunk, so each restart lands mid-import.
    await withSlowChunks(p, 0.3, async () => {
      const id = (await start(admin, { kind: 'CATALOGUE', fileName: 'restart.csv', contentType: CSV, base64: b64(catalogueCsv(codes)) })).data!.startItemImport
        .id;
      const state = async () => (await platform.query('materials', `SELECT status, processed_rows, attempts FROM import_job WHERE id = $1`, [id]))[0];
      const importing = () =>
        eventually(async () => {
          const j = await job(id);
          return j.status === 'IMPORTING' && j.processedRows >= 2_000 ? j : undefined;
        }, 60_000);

      await importing();
      await service.stop();
      expect(await state()).toEqual({ status: 'QUEUED', processed_rows: 0, attempts: 0 });
      expect(await itemsLike(`${p}-`)).toBe(0);

      await service.start();
      await importing();
      await service.kill();
      expect(await state()).toMatchObject({ status: 'IMPORTING', attempts: 1 });
      expect(await itemsLike(`${p}-`)).toBe(0);

      await service.start();
      expect(await finished(id)).toMatchObject({ status: 'SUCCEEDED', processedRows: 20_000 });
      expect(await itemsLike(`${p}-`)).toBe(20_000);
      expect(await state()).toMatchObject({ attempts: 2 });
    });
  });

  it('keeps the catalogue to group admins and balances to the warehouse campus, in imports and in job queries', async () => {
    const csv = b64('itemCode,quantity,unitCost\nX,1,1\n');
    expect(errorCode(await start(eastKeeper, { kind: 'CATALOGUE', fileName: 'c.csv', contentType: CSV, base64: b64('code\nA\n') }))).toBe('FORBIDDEN');
    expect(errorCode(await start(technician, { kind: 'OPENING_BALANCES', warehouseId: eastWarehouse, fileName: 'b.csv', contentType: CSV, base64: csv }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await start(westKeeper, { kind: 'OPENING_BALANCES', warehouseId: eastWarehouse, fileName: 'b.csv', contentType: CSV, base64: csv }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await start(eastKeeper, { kind: 'OPENING_BALANCES', fileName: 'b.csv', contentType: CSV, base64: csv }))).toBe('TEXT_REQUIRED');

    const balances = (await start(eastKeeper, { kind: 'OPENING_BALANCES', warehouseId: eastWarehouse, fileName: 'scope.csv', contentType: CSV, base64: csv }))
      .data!.startItemImport.id;
    const catalogue = (
      await start(admin, { kind: 'CATALOGUE', fileName: 'scope.csv', contentType: CSV, base64: b64(`code,name,unit,category\n${prefix()},名,个,OFFICE\n`) })
    ).data!.startItemImport.id;
    await finished(balances);
    await finished(catalogue);
    expect(errorCode(await call(westKeeper, JOB, { id: balances }))).toBe('NOT_FOUND');
    expect(errorCode(await call(eastKeeper, JOB, { id: catalogue }))).toBe('NOT_FOUND');
    expect((await job(balances, eastKeeper)).id).toBe(balances);
    const list = async (identity: Identity) =>
      (await data(identity, `{ importJobs(first: 100) { edges { node { id } } } }`)).importJobs.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await list(westKeeper)).toEqual([]);
    expect(await list(eastKeeper)).toContain(balances);
    expect(await list(eastKeeper)).not.toContain(catalogue);
    expect((await list(admin)).slice(0, 2)).toEqual([catalogue, balances]);
  });
});
