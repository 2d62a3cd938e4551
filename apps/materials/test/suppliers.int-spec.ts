import { MaterialsRole, PriceExceptionDecidedV1, PriceExceptionRequestedV1, SupplierContractSignedV1, SupplierContractTerminatedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { creditCodeCheckCharacter, DomainError } from '@houqin/platform-errors';
import { serviceDataSource } from '@houqin/platform-service';
import { errorCode, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ItemRepository } from '../src/catalogue/item.repository';
import { materialsDefinition } from '../src/materials.definition';
import { ContractPriceBook } from '../src/supplier/contract-price-book';
import { OrderPriceQuestion } from '../src/supplier/order-price-decision';
import { SupplierContractRepository } from '../src/supplier/supplier-contract.repository';
import { SupplierRepository } from '../src/supplier/supplier.repository';

/** Suppliers, contracts with price lists, price exceptions and the price book purchasing asks, on real Postgres and Kafka. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');

const person = (subject: string, name: string, roles: Role[], campusIds = [EAST]): Identity => ({ subject, staffId: randomUUID(), name, roles, campusIds });
const admin = person('admin-group', '集团管理员', [Role.GROUP_ADMIN], []);
const buyer = person('buyer-zhang', '张采购', [MaterialsRole.PURCHASER]);
/** 物资科 staff who also buys: may ask, never decide their own. */
const officeBuyer = person('office-buyer-zhou', '周物资', [MaterialsRole.PURCHASER, MaterialsRole.MATERIALS_MANAGER]);
const office = person('office-liu', '刘物资', [MaterialsRole.MATERIALS_MANAGER]);
const planner = person('planner-sun', '孙计划', [MaterialsRole.PLANNER]);
const keeper = person('keeper-chen', '陈库管', [MaterialsRole.STOREKEEPER]);
const nurse = person('nurse-wang', '王丽', [Role.REQUESTER]);
const westBuyer = person('buyer-west', '西院采购', [MaterialsRole.PURCHASER], [WEST]);
const westAdmin = person('admin-west', '西院后勤', [Role.CAMPUS_ADMIN], [WEST]);

const SUPPLIER = 'id code name creditCode contactName phone active';
const CONTRACT = `id contractNo title campusId validFrom validTo terminatedOn terminationReason lastPricedOn status signedByName
  supplier { id code } prices { item { id code } unitPriceFen marketPriceFen }`;
const EXCEPTION = `id campusId supplier { id } item { id } unitPriceFen maxQuantity reason contractId contractPriceFen status requestedByName
  decidedByName decisionComment validUntil usedByPurchaseOrderId`;
const CREATE_SUPPLIER = `mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { ${SUPPLIER} } }`;
const UPDATE_SUPPLIER = `mutation($i: UpdateSupplierInput!) { updateSupplier(input: $i) { ${SUPPLIER} } }`;
const DEACTIVATE = `mutation($id: ID!, $r: String!) { deactivateSupplier(id: $id, reason: $r) { ${SUPPLIER} } }`;
const SUPPLIERS = `query($a: Boolean, $s: String) { suppliers(active: $a, search: $s, first: 100) { totalCount edges { node { id code active } } } }`;
const CREATE_CONTRACT = `mutation($i: CreateSupplierContractInput!) { createSupplierContract(input: $i) { ${CONTRACT} } }`;
const TERMINATE = `mutation($id: ID!, $on: String!, $r: String!) { terminateSupplierContract(id: $id, on: $on, reason: $r) { ${CONTRACT} } }`;
const CONTRACTS = `query($s: ID, $i: ID, $v: String) { supplierContracts(supplierId: $s, itemId: $i, validOn: $v, first: 100) { totalCount edges { node { id contractNo } } } }`;
const ONE_CONTRACT = `query($id: ID!) { supplierContract(id: $id) { ${CONTRACT} } }`;
const PRICES = `query($i: ID!, $c: ID!, $on: String) { contractPrices(itemId: $i, campusId: $c, on: $on) {
  supplier { id code } contractId contractNo campusId unitPriceFen marketPriceFen validFrom lastPricedOn } }`;
const REQUEST = `mutation($i: RequestPriceExceptionInput!) { requestPriceException(input: $i) { ${EXCEPTION} } }`;
const APPROVE = `mutation($id: ID!, $c: String) { approvePriceException(id: $id, comment: $c) { ${EXCEPTION} } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectPriceException(id: $id, reason: $r) { ${EXCEPTION} } }`;
const ONE_EXCEPTION = `query($id: ID!) { priceException(id: $id) { ${EXCEPTION} } }`;
const EXCEPTIONS = `query($s: PriceExceptionStatus, $c: ID) { priceExceptions(status: $s, campusId: $c, first: 100) { totalCount edges { node { id status } } } }`;

/** A valid 统一社会信用代码 that no other test uses. */
const creditCode = () => {
  const first17 = `91440300${String(randomInt(0, 1e9)).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};
const today = chinaToday(new Date());

describe('suppliers, contracts and price exceptions (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let dataSource: DataSource;
  let book: ContractPriceBook;
  const { call, data } = subgraphCaller(() => platform, 'materials');
  const ok = <T = any>(response: { data?: any; errors?: unknown }, field: string): T => {
    expect(response.errors).toBeUndefined();
    return response.data[field];
  };
  const newItem = async (code = `SP-${randomBytes(4).toString('hex')}`) =>
    (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
        i: { code, name: '丁腈手套', unit: '副', category: 'PROTECTIVE' },
      })
    ).createItem.id as string;
  const newSupplier = async (fields: Record<string, unknown> = {}) =>
    ok(
      await call(admin, CREATE_SUPPLIER, {
        i: {
          code: `SUP-${randomBytes(3).toString('hex')}`,
          name: `供应商${randomBytes(2).toString('hex')}`,
          creditCode: creditCode(),
          contactName: '李经理',
          ...fields,
        },
      }),
      'createSupplier',
    );
  const contractInput = (supplierId: string, prices: Record<string, unknown>[], fields: Record<string, unknown> = {}) => ({
    i: {
      supplierId,
      contractNo: `HT-${randomBytes(4).toString('hex')}`,
      title: '防护用品年度供货合同',
      validFrom: addDays(today, -30),
      validTo: addDays(today, 335),
      prices,
      ...fields,
    },
  });
  const signed = async (supplierId: string, prices: Record<string, unknown>[], fields: Record<string, unknown> = {}, identity = admin) =>
    ok(await call(identity, CREATE_CONTRACT, contractInput(supplierId, prices, fields)), 'createSupplierContract');
  const events = async (key: string) =>
    (await platform.query<{ type: string; data: any }>('materials', `SELECT type, data FROM outbox_event WHERE key = $1 ORDER BY seq`, [key])).map((row) => ({
      type: row.type,
      data: row.data,
    }));
  const audit = async (entityId: string) =>
    (await platform.query<{ action: string }>('materials', `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [entityId])).map(
      (row) => row.action,
    );
  /** The price book as purchasing calls it: inside a transaction of the materials database. */
  const ask = (questions: OrderPriceQuestion[]) => dataSource.transaction((manager) => book.checkOrderPrices(manager, questions));
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    await org.publishTo(platform, 'materials');
    dataSource = serviceDataSource(materialsDefinition, platform.databases.materials, { poolSize: 2 });
    await dataSource.initialize();
    const items = new ItemRepository(dataSource);
    const suppliers = new SupplierRepository(dataSource);
    book = new ContractPriceBook(dataSource, new SupplierContractRepository(dataSource, items, suppliers), suppliers, items);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await platform?.stop();
  });

  it('keeps suppliers group-wide, with unique codes and checked credit codes', async () => {
    const code = `SUP-${randomBytes(3).toString('hex')}`;
    const credit = creditCode();
    const supplier = ok(
      await call(buyer, CREATE_SUPPLIER, {
        i: { code, name: '国药控股广州有限公司', creditCode: credit.toLowerCase(), contactName: '李经理', phone: '020-87654321' },
      }),
      'createSupplier',
    );
    expect(supplier).toMatchObject({ code, name: '国药控股广州有限公司', creditCode: credit, contactName: '李经理', phone: '020-87654321', active: true });

    // A mistyped check character, in both languages; a bad format; duplicates.
    const wrong = credit.slice(0, 17) + (credit[17] === '0' ? '1' : '0');
    const zh = await call(buyer, CREATE_SUPPLIER, { i: { code: 'SUP-X1', name: '某公司', creditCode: wrong, contactName: '王' } }, 'zh-CN');
    expect(errorCode(zh)).toBe('INVALID_CREDIT_CODE');
    expect(zh.errors?.[0].message).toBe(`统一社会信用代码无效：${wrong}（校验码不符）`);
    const en = await call(buyer, CREATE_SUPPLIER, { i: { code: 'SUP-X1', name: '某公司', creditCode: '91440300ABC', contactName: '王' } }, 'en');
    expect(en.errors?.[0].message).toBe('Not a valid unified social credit code (统一社会信用代码): 91440300ABC (format wrong)');
    expect(errorCode(await call(buyer, CREATE_SUPPLIER, { i: { code, name: '另一家', creditCode: creditCode(), contactName: '王' } }))).toBe('DUPLICATE');
    expect(errorCode(await call(buyer, CREATE_SUPPLIER, { i: { code: 'SUP-X2', name: '另一家', creditCode: credit, contactName: '王' } }))).toBe('DUPLICATE');
    expect(errorCode(await call(buyer, CREATE_SUPPLIER, { i: { code: 'SUP X3', name: '另一家', creditCode: creditCode(), contactName: '王' } }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorCode(await call(buyer, CREATE_SUPPLIER, { i: { code: 'SUP-X4', name: '另一家', creditCode: creditCode(), contactName: '王', phone: 'call me' } })),
    ).toBe('INVALID_INPUT');
    // Only group admins choose ids; keepers read suppliers but do not keep them; clinical staff see none.
    expect(
      errorCode(await call(buyer, CREATE_SUPPLIER, { i: { id: randomUUID(), code: 'SUP-X5', name: '另一家', creditCode: creditCode(), contactName: '王' } })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await call(keeper, CREATE_SUPPLIER, { i: { code: 'SUP-X6', name: '另一家', creditCode: creditCode(), contactName: '王' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await call(nurse, SUPPLIERS, {}))).toBe('FORBIDDEN');

    const updated = ok(await call(office, UPDATE_SUPPLIER, { i: { id: supplier.id, name: '国药控股广州有限公司（华南）', phone: '' } }), 'updateSupplier');
    expect(updated).toMatchObject({ name: '国药控股广州有限公司（华南）', phone: null, code, creditCode: credit });
    const deactivated = ok(await call(buyer, DEACTIVATE, { id: supplier.id, r: '资质过期' }), 'deactivateSupplier');
    expect(deactivated.active).toBe(false);

    // Everyone who buys, plans, stores or analyses reads every supplier, whatever their campus.
    for (const reader of [westBuyer, westAdmin, keeper, planner]) {
      const found = ok(await call(reader, SUPPLIERS, { a: false, s: code }), 'suppliers');
      expect(found.edges.map((e: any) => e.node)).toEqual([{ id: supplier.id, code, active: false }]);
    }
    expect((await data(keeper, `query($id: ID!) { supplier(id: $id) { name active } }`, { id: supplier.id })).supplier).toEqual({
      name: '国药控股广州有限公司（华南）',
      active: false,
    });
    expect(ok(await call(planner, SUPPLIERS, { a: true, s: code }), 'suppliers').totalCount).toBe(0);
    expect(ok(await call(office, UPDATE_SUPPLIER, { i: { id: supplier.id, active: true } }), 'updateSupplier').active).toBe(true);
    expect(await audit(supplier.id)).toEqual(['supplier.create', 'supplier.update', 'supplier.deactivate', 'supplier.update']);
  });

  it('signs contracts with price lists no higher than the market wholesale price, and announces them', async () => {
    const supplier = await newSupplier();
    const [gloves, masks] = [await newItem('SP-B-GLV'), await newItem('SP-A-MSK')];
    const contract = await signed(
      supplier.id,
      [
        { itemId: gloves, unitPriceFen: 65, marketPriceFen: 70 },
        { itemId: masks, unitPriceFen: 1800, marketPriceFen: 1800 },
      ],
      {},
      buyer,
    );
    expect(contract).toMatchObject({
      campusId: null,
      validFrom: addDays(today, -30),
      validTo: addDays(today, 335),
      lastPricedOn: addDays(today, 335),
      terminatedOn: null,
      status: 'IN_FORCE',
      signedByName: '张采购',
      supplier: { id: supplier.id },
      prices: [
        { item: { id: masks, code: 'SP-A-MSK' }, unitPriceFen: 1800, marketPriceFen: 1800 },
        { item: { id: gloves, code: 'SP-B-GLV' }, unitPriceFen: 65, marketPriceFen: 70 },
      ],
    });
    const [event] = await events(contract.id);
    expect(event.type).toBe(SupplierContractSignedV1.type);
    expect(event.data).toMatchObject({
      contractId: contract.id,
      contractNo: contract.contractNo,
      supplierId: supplier.id,
      campusId: null,
      prices: [
        { itemId: gloves, unitPriceFen: 65, marketPriceFen: 70 },
        { itemId: masks, unitPriceFen: 1800, marketPriceFen: 1800 },
      ],
      actor: { subject: buyer.subject },
    });
    expect(await audit(contract.id)).toEqual(['supplier-contract.sign']);

    // 合同价不得高于市场批发价, in both languages; nothing is written.
    const towels = await newItem('SP-TWL');
    const above = contractInput(supplier.id, [{ itemId: towels, unitPriceFen: 1250, marketPriceFen: 1200 }]);
    const zh = await call(buyer, CREATE_CONTRACT, above, 'zh-CN');
    expect(errorCode(zh)).toBe('CONTRACT_PRICE_ABOVE_MARKET');
    expect(zh.errors?.[0].message).toBe('丁腈手套 (SP-TWL) 的合同价 12.50 元高于签约时的市场批发价 12.00 元，合同价不得高于市场批发价');
    const en = await call(buyer, CREATE_CONTRACT, above, 'en');
    expect(en.errors?.[0].message).toBe(
      'The contract price of 丁腈手套 (SP-TWL) (¥12.50) is above the market wholesale price surveyed at signing (¥12.00); contract prices may not exceed it',
    );
    expect((await platform.query('materials', `SELECT 1 FROM supplier_contract WHERE contract_no = $1`, [above.i.contractNo])).length).toBe(0);

    const refused = async (input: { i: Record<string, unknown> }, identity: Identity = buyer) => errorCode(await call(identity, CREATE_CONTRACT, input));
    const price = { itemId: towels, unitPriceFen: 1000, marketPriceFen: 1200 };
    expect(await refused(contractInput(supplier.id, [{ ...price, itemId: randomUUID() }]))).toBe('NOT_FOUND');
    expect(await refused(contractInput(supplier.id, [price, price]))).toBe('INVALID_INPUT');
    expect(await refused(contractInput(supplier.id, []))).toBe('INVALID_INPUT');
    expect(await refused(contractInput(supplier.id, [{ ...price, unitPriceFen: 0 }]))).toBe('QUANTITY_NOT_POSITIVE');
    expect(await refused(contractInput(supplier.id, [price], { validFrom: today, validTo: addDays(today, -1) }))).toBe('INVALID_DATE_RANGE');
    expect(await refused(contractInput(supplier.id, [price], { validTo: '2026-02-30' }))).toBe('INVALID_INPUT');
    expect(await refused(contractInput(supplier.id, [price], { contractNo: contract.contractNo }))).toBe('DUPLICATE');
    expect(await refused(contractInput(randomUUID(), [price]))).toBe('NOT_FOUND');
    // A campus contract only for one's own campus; planners and keepers sign nothing.
    expect(await refused(contractInput(supplier.id, [price], { campusId: WEST }))).toBe('FORBIDDEN');
    expect(await refused(contractInput(supplier.id, [price]), planner)).toBe('FORBIDDEN');
    expect(await refused(contractInput(supplier.id, [price]), keeper)).toBe('FORBIDDEN');
    const retired = await newSupplier();
    ok(await call(admin, DEACTIVATE, { id: retired.id, r: '停止合作' }), 'deactivateSupplier');
    expect(await refused(contractInput(retired.id, [price]))).toBe('REFERENCE_INACTIVE');
  });

  it('allows one contract price per supplier, item and campus a day: a group-wide contract meets every campus', async () => {
    const supplier = await newSupplier();
    const [gloves, masks] = [await newItem(), await newItem()];
    const year = { validFrom: '2030-01-01', validTo: '2030-12-31' };
    const group = await signed(supplier.id, [{ itemId: gloves, unitPriceFen: 65, marketPriceFen: 70 }], year);

    const clash = contractInput(supplier.id, [{ itemId: gloves, unitPriceFen: 60, marketPriceFen: 70 }], {
      campusId: EAST,
      validFrom: '2030-06-01',
      validTo: '2031-05-31',
    });
    const zh = await call(buyer, CREATE_CONTRACT, clash, 'zh-CN');
    expect(errorCode(zh)).toBe('CONTRACT_PRICE_OVERLAP');
    expect(zh.errors?.[0].message).toContain(`在 2030-06-01 至 2030-12-31 已由合同 ${group.contractNo} 定价`);
    const en = await call(buyer, CREATE_CONTRACT, clash, 'en');
    expect(en.errors?.[0].message).toContain(`is already priced by contract ${group.contractNo} from 2030-06-01 to 2030-12-31`);
    // Another item, or the days after the group-wide contract, are free.
    await signed(supplier.id, [{ itemId: masks, unitPriceFen: 1800, marketPriceFen: 1900 }], {
      campusId: EAST,
      validFrom: '2030-06-01',
      validTo: '2031-05-31',
    });
    const east = await signed(supplier.id, [{ itemId: gloves, unitPriceFen: 60, marketPriceFen: 70 }], {
      campusId: EAST,
      validFrom: '2031-01-01',
      validTo: '2031-12-31',
    });
    // West's own contract does not meet East's; a new group-wide one meets both.
    await signed(
      supplier.id,
      [{ itemId: gloves, unitPriceFen: 62, marketPriceFen: 70 }],
      { campusId: WEST, validFrom: '2031-01-01', validTo: '2031-12-31' },
      westBuyer,
    );
    const groupAgain = await call(
      admin,
      CREATE_CONTRACT,
      contractInput(supplier.id, [{ itemId: gloves, unitPriceFen: 64, marketPriceFen: 70 }], { validFrom: '2031-12-31', validTo: '2032-12-31' }),
    );
    expect(errorCode(groupAgain)).toBe('CONTRACT_PRICE_OVERLAP');
    expect(groupAgain.errors?.[0].extensions?.params).toMatchObject({ otherContractNo: east.contractNo, from: '2031-12-31', to: '2031-12-31' });
    // Another supplier prices the same item on the same days without trouble.
    const rival = await newSupplier();
    await signed(rival.id, [{ itemId: gloves, unitPriceFen: 66, marketPriceFen: 70 }], year);
  });

  it('terminates a contract from a day on, after which it prices nothing', async () => {
    const supplier = await newSupplier();
    const gloves = await newItem();
    const contract = await signed(supplier.id, [{ itemId: gloves, unitPriceFen: 65, marketPriceFen: 70 }], { campusId: EAST }, buyer);
    expect((await data(buyer, PRICES, { i: gloves, c: EAST })).contractPrices.map((p: any) => p.contractId)).toEqual([contract.id]);

    expect(errorCode(await call(buyer, TERMINATE, { id: contract.id, on: addDays(today, -1), r: '供应商违约' }))).toBe('INVALID_DATE_RANGE');
    expect(errorCode(await call(buyer, TERMINATE, { id: contract.id, on: addDays(today, 400), r: '供应商违约' }))).toBe('INVALID_DATE_RANGE');
    expect(errorCode(await call(westBuyer, TERMINATE, { id: contract.id, on: today, r: '供应商违约' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(planner, TERMINATE, { id: contract.id, on: today, r: '供应商违约' }))).toBe('FORBIDDEN');

    // Scheduled for tomorrow: it still prices today.
    const scheduled = ok(await call(buyer, TERMINATE, { id: contract.id, on: addDays(today, 1), r: '供应商违约' }), 'terminateSupplierContract');
    expect(scheduled).toMatchObject({ terminatedOn: addDays(today, 1), terminationReason: '供应商违约', lastPricedOn: today, status: 'IN_FORCE' });
    expect((await data(buyer, PRICES, { i: gloves, c: EAST })).contractPrices).toHaveLength(1);
    expect((await data(buyer, PRICES, { i: gloves, c: EAST, on: addDays(today, 1) })).contractPrices).toEqual([]);
    const again = await call(buyer, TERMINATE, { id: contract.id, on: today, r: '提前终止' }, 'zh-CN');
    expect(errorCode(again)).toBe('SUPPLIER_CONTRACT_TERMINATED');
    expect(again.errors?.[0].message).toBe(`供货合同 ${contract.contractNo} 已于 ${addDays(today, 1)} 终止`);

    // A successor from tomorrow does not overlap it; terminated on its first day, the successor never prices a day.
    const other = await signed(supplier.id, [{ itemId: gloves, unitPriceFen: 70, marketPriceFen: 80 }], { campusId: EAST, validFrom: addDays(today, 1) });
    const ended = ok(await call(admin, TERMINATE, { id: other.id, on: addDays(today, 1), r: '重新招标' }), 'terminateSupplierContract');
    expect(ended).toMatchObject({ lastPricedOn: null, status: 'UPCOMING' });
    const terminatedEvents = await events(contract.id);
    expect(terminatedEvents.map((e) => e.type)).toEqual([SupplierContractSignedV1.type, SupplierContractTerminatedV1.type]);
    expect(terminatedEvents[1].data).toMatchObject({ contractId: contract.id, campusId: EAST, terminatedOn: addDays(today, 1), reason: '供应商违约' });
    expect(await audit(contract.id)).toEqual(['supplier-contract.sign', 'supplier-contract.terminate']);
    expect((await data(buyer, CONTRACTS, { s: supplier.id, v: addDays(today, 1) })).supplierContracts.totalCount).toBe(0);
    expect((await data(buyer, CONTRACTS, { s: supplier.id, v: today })).supplierContracts.edges.map((e: any) => e.node.id)).toEqual([contract.id]);
  });

  it('lists each supplier’s valid price for an item on a campus, cheapest first, and keeps campuses apart', async () => {
    const item = await newItem();
    const [a, b, c, d] = [await newSupplier({ code: `A-${randomBytes(3).toString('hex')}` }), await newSupplier(), await newSupplier(), await newSupplier()];
    const line = (unitPriceFen: number) => [{ itemId: item, unitPriceFen, marketPriceFen: 200 }];
    const groupA = await signed(a.id, line(100));
    const eastB = await signed(b.id, line(90), { campusId: EAST });
    const westC = await signed(c.id, line(80), { campusId: WEST });
    await signed(d.id, line(70));
    ok(await call(admin, DEACTIVATE, { id: d.id, r: '暂停合作' }), 'deactivateSupplier');
    // Not yet valid: signed for next year.
    const later = await newSupplier();
    await signed(later.id, line(50), { validFrom: addDays(today, 400), validTo: addDays(today, 700) });

    const east = (await data(buyer, PRICES, { i: item, c: EAST })).contractPrices;
    expect(east.map((p: any) => [p.supplier.id, p.unitPriceFen, p.contractNo, p.campusId])).toEqual([
      [b.id, 90, eastB.contractNo, EAST],
      [a.id, 100, groupA.contractNo, null],
    ]);
    expect(east[1]).toMatchObject({ marketPriceFen: 200, validFrom: addDays(today, -30), lastPricedOn: addDays(today, 335) });
    const west = (await data(westBuyer, PRICES, { i: item, c: WEST })).contractPrices;
    expect(west.map((p: any) => [p.supplier.id, p.unitPriceFen])).toEqual([
      [c.id, 80],
      [a.id, 100],
    ]);
    expect((await data(admin, PRICES, { i: item, c: WEST, on: addDays(today, 500) })).contractPrices.map((p: any) => p.supplier.id)).toEqual([later.id]);

    // Another campus's prices and contracts do not exist for a campus purchaser.
    expect(errorCode(await call(buyer, PRICES, { i: item, c: WEST }))).toBe('FORBIDDEN');
    expect(errorCode(await call(keeper, PRICES, { i: item, c: EAST }))).toBe('FORBIDDEN');
    const seen = async (identity: Identity) => (await data(identity, CONTRACTS, { i: item })).supplierContracts.edges.map((e: any) => e.node.id).sort();
    expect(await seen(buyer)).not.toContain(westC.id);
    expect(await seen(buyer)).toEqual(expect.arrayContaining([groupA.id, eastB.id]));
    expect(await seen(westAdmin)).not.toContain(eastB.id);
    expect(await seen(westAdmin)).toEqual(expect.arrayContaining([groupA.id, westC.id]));
    expect(errorCode(await call(buyer, ONE_CONTRACT, { id: westC.id }))).toBe('NOT_FOUND');
    expect((await data(planner, ONE_CONTRACT, { id: groupA.id })).supplierContract.contractNo).toBe(groupA.contractNo);
    expect(errorCode(await call(keeper, ONE_CONTRACT, { id: groupA.id }))).toBe('FORBIDDEN');
  });

  it('lets a purchaser pay above the contract (or off contract) only with an exception someone else approved, used once within 30 days', async () => {
    const supplier = await newSupplier();
    const offSupplier = await newSupplier();
    const gowns = await newItem();
    const contract = await signed(supplier.id, [{ itemId: gowns, unitPriceFen: 2000, marketPriceFen: 2200 }]);
    const question = (fields: Partial<OrderPriceQuestion> = {}): OrderPriceQuestion => ({
      supplierId: supplier.id,
      campusId: EAST,
      itemId: gowns,
      quantity: 20,
      unitPriceFen: 2000,
      on: today,
      priceExceptionId: null,
      ...fields,
    });
    const request = (identity: Identity, fields: Record<string, unknown> = {}, locale?: string) =>
      call(
        identity,
        REQUEST,
        { i: { supplierId: supplier.id, campusId: EAST, itemId: gowns, unitPriceFen: 2100, maxQuantity: 20, reason: '合同供应商断货，急需', ...fields } },
        locale,
      );

    // At the contract price the book passes the line on the contract; above it or off contract, not without an exception.
    expect(await ask([question(), question({ unitPriceFen: 1990 })])).toEqual([
      { contractId: contract.id, contractNo: contract.contractNo, contractPriceFen: 2000, priceExceptionId: null },
      { contractId: contract.id, contractNo: contract.contractNo, contractPriceFen: 2000, priceExceptionId: null },
    ]);
    const above = await refusal(ask([question({ unitPriceFen: 2100 })]));
    expect(above.code).toBe('PRICE_ABOVE_CONTRACT');
    expect(above.params).toEqual({
      item: expect.stringContaining('丁腈手套'),
      priceYuan: '21.00',
      contractPriceYuan: '20.00',
      contractNo: contract.contractNo,
    });
    const off = await refusal(ask([question({ supplierId: offSupplier.id, unitPriceFen: 500 })]));
    expect(off.code).toBe('PRICE_OFF_CONTRACT');
    expect(off.messages['zh-CN']).toBe(`${offSupplier.name} (${offSupplier.code}) 没有 ${off.params.item} 的有效合同价（合同外采购），须经例外审批`);
    expect(await book.pricesOn(undefined, supplier.id, WEST, [gowns], today)).toEqual(
      new Map([[gowns, { contractId: contract.id, contractNo: contract.contractNo, unitPriceFen: 2000 }]]),
    );

    // Asking: within the contract needs none; another campus is not the purchaser's; planners do not buy.
    const notNeeded = await request(buyer, { unitPriceFen: 2000 }, 'en');
    expect(errorCode(notNeeded)).toBe('PRICE_EXCEPTION_NOT_NEEDED');
    expect(notNeeded.errors?.[0].message).toContain(`is within the price of contract ${contract.contractNo} (¥20.00)`);
    expect(errorCode(await request(buyer, { campusId: WEST }))).toBe('FORBIDDEN');
    expect(errorCode(await request(planner))).toBe('FORBIDDEN');
    expect(errorCode(await request(buyer, { maxQuantity: 0 }))).toBe('QUANTITY_NOT_POSITIVE');

    const exception = ok(await request(buyer), 'requestPriceException');
    expect(exception).toMatchObject({
      status: 'PENDING',
      campusId: EAST,
      supplier: { id: supplier.id },
      item: { id: gowns },
      unitPriceFen: 2100,
      maxQuantity: 20,
      contractId: contract.id,
      contractPriceFen: 2000,
      requestedByName: '张采购',
      validUntil: null,
    });
    const pending = await refusal(ask([question({ unitPriceFen: 2100, priceExceptionId: exception.id })]));
    expect(pending.params).toMatchObject({ id: exception.id, reason: 'it is not approved yet', reasonZh: '尚未审批' });

    // Nobody decides their own; purchasers do not decide; another campus's office does not see it.
    const own = ok(await request(officeBuyer, { supplierId: offSupplier.id, unitPriceFen: 500, maxQuantity: 10 }), 'requestPriceException');
    expect(own).toMatchObject({ contractId: null, contractPriceFen: null });
    const self = await call(officeBuyer, APPROVE, { id: own.id }, 'zh-CN');
    expect(errorCode(self)).toBe('PRICE_EXCEPTION_SELF_APPROVAL');
    expect(self.errors?.[0].message).toBe(`超合同价例外 ${own.id} 由您申请，须由他人审批`);
    const selfEn = await call(officeBuyer, REJECT, { id: own.id, r: '不需要' }, 'en');
    expect(selfEn.errors?.[0].message).toBe(`You requested price exception ${own.id}; someone else must approve or reject it`);
    expect(errorCode(await call(buyer, APPROVE, { id: exception.id }))).toBe('FORBIDDEN');
    const westOffice = person('office-west', '西院物资科', [MaterialsRole.MATERIALS_MANAGER], [WEST]);
    expect(errorCode(await call(westOffice, APPROVE, { id: exception.id }))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, ONE_EXCEPTION, { id: exception.id }))).toBe('NOT_FOUND');

    const rejected = ok(await call(office, REJECT, { id: own.id, r: '请走合同供应商' }), 'rejectPriceException');
    expect(rejected).toMatchObject({ status: 'REJECTED', decidedByName: '刘物资', decisionComment: '请走合同供应商', validUntil: null });
    const approved = ok(await call(officeBuyer, APPROVE, { id: exception.id, c: '同意，限本次' }), 'approvePriceException');
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: '周物资', decisionComment: '同意，限本次', validUntil: addDays(today, 30) });
    const twice = await call(office, APPROVE, { id: exception.id }, 'zh-CN');
    expect(errorCode(twice)).toBe('PRICE_EXCEPTION_ILLEGAL_TRANSITION');
    expect(twice.errors?.[0].message).toBe(`超合同价例外 ${exception.id}：当前状态为“已批准”，不能批准`);

    // The book: the exception covers up to its price and quantity, for its supplier, campus and item only.
    const covered = question({ unitPriceFen: 2100, priceExceptionId: exception.id });
    const unusable = async (q: OrderPriceQuestion) => (await refusal(ask([q]))).params.reason;
    expect(await unusable({ ...covered, quantity: 21 })).toBe('it covers at most 20, the line orders 21');
    expect(await unusable({ ...covered, unitPriceFen: 2101 })).toBe('it allows at most ¥21.00, the line asks ¥21.01');
    expect(await unusable({ ...covered, campusId: WEST })).toBe('it is for another supplier, campus or item');
    expect(await unusable({ ...covered, priceExceptionId: randomUUID() })).toBe('it does not exist');
    expect(await unusable({ ...covered, priceExceptionId: own.id })).toBe('it was rejected');
    expect(await unusable({ ...covered, on: addDays(today, 31) })).toBe(`it expired (valid until ${addDays(today, 30)})`);
    expect((await refusal(ask([covered, { ...covered, quantity: 1 }]))).params.reason).toBe('it is named on more than one line; it covers one');

    // Used by one purchase order, in that order's transaction; never again.
    const purchaseOrderId = randomUUID();
    const answers = await dataSource.transaction(async (manager) => {
      const checked = await book.checkOrderPrices(manager, [covered, question()]);
      await book.useExceptions(
        manager,
        checked.map((answer) => answer.priceExceptionId).filter((id): id is string => id !== null),
        purchaseOrderId,
      );
      return checked;
    });
    expect(answers).toEqual([
      { contractId: contract.id, contractNo: contract.contractNo, contractPriceFen: 2000, priceExceptionId: exception.id },
      { contractId: contract.id, contractNo: contract.contractNo, contractPriceFen: 2000, priceExceptionId: null },
    ]);
    expect((await data(office, ONE_EXCEPTION, { id: exception.id })).priceException).toMatchObject({ status: 'USED', usedByPurchaseOrderId: purchaseOrderId });
    expect(await unusable(covered)).toBe('it was already used by a purchase order');
    const reuse = await refusal(dataSource.transaction((manager) => book.useExceptions(manager, [exception.id], randomUUID())));
    expect(reuse.code).toBe('PRICE_EXCEPTION_NOT_USABLE');

    // Expiry: an approval not used within its 30 days.
    const late = ok(await request(buyer, { unitPriceFen: 2050 }), 'requestPriceException');
    ok(await call(office, APPROVE, { id: late.id }), 'approvePriceException');
    await platform.query('materials', `UPDATE price_exception SET valid_until = $2 WHERE id = $1`, [late.id, addDays(today, -1)]);
    expect((await data(office, ONE_EXCEPTION, { id: late.id })).priceException.status).toBe('EXPIRED');
    expect(await unusable(question({ unitPriceFen: 2050, priceExceptionId: late.id }))).toBe(`it expired (valid until ${addDays(today, -1)})`);
    expect(errorCode(await call(office, REJECT, { id: late.id, r: '过期' }))).toBe('PRICE_EXCEPTION_ILLEGAL_TRANSITION');
    const listed = async (status: string) =>
      (await data(office, EXCEPTIONS, { s: status, c: EAST })).priceExceptions.edges
        .map((e: any) => e.node.id)
        .filter((id: string) => [exception.id, own.id, late.id].includes(id));
    expect(await listed('EXPIRED')).toEqual([late.id]);
    expect(await listed('USED')).toEqual([exception.id]);
    expect(await listed('REJECTED')).toEqual([own.id]);
    expect(await listed('APPROVED')).toEqual([]);
    expect(errorCode(await call(westAdmin, EXCEPTIONS, { c: EAST }))).toBe('FORBIDDEN');
    expect((await data(westAdmin, EXCEPTIONS, {})).priceExceptions.edges.map((e: any) => e.node.id)).not.toContain(exception.id);

    // Requested and decided, keyed by the exception; the use travels with the purchase order.
    const published = await events(exception.id);
    expect(published.map((e) => e.type)).toEqual([PriceExceptionRequestedV1.type, PriceExceptionDecidedV1.type]);
    expect(published[0].data).toMatchObject({
      priceExceptionId: exception.id,
      campusId: EAST,
      unitPriceFen: 2100,
      contractPriceFen: 2000,
      reason: '合同供应商断货，急需',
    });
    expect(published[1].data).toMatchObject({ decision: 'APPROVED', validUntil: addDays(today, 30), actor: { subject: officeBuyer.subject } });
    expect((await events(own.id))[1].data).toMatchObject({ decision: 'REJECTED', comment: '请走合同供应商', validUntil: null });
    expect(await audit(exception.id)).toEqual(['price-exception.request', 'price-exception.approve']);
  });
});
