import { InspectionItemFailedV1 } from '@houqin/contracts';
import { eventually, OrgFixture, publishEvents, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/**
 * Hygiene's failed inspection items needing a repair become work orders (real Postgres and Kafka): the event is
 * published as hygiene would, maintenance's consumer opens the order through its intake.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WARD = org.department(EAST, '心内科');
const STATION = org.location(EAST, { name: '5病区 护士站', kind: 'ROOM', departmentId: WARD });

const failedItem = (overrides: Record<string, unknown> = {}) => ({
  failedItemId: randomUUID(),
  inspectionId: randomUUID(),
  campusId: EAST,
  zoneId: randomUUID(),
  zoneName: '5病区',
  riskLevel: 'MEDIUM',
  locationId: STATION,
  itemKey: 'bed-unit',
  itemLabel: '出院床单位终末清洁',
  kind: 'CHECK',
  finding: '不合格',
  remedy: 'REPAIR',
  repairCategory: 'PLUMBING',
  note: '洗手池龙头漏水',
  inspectedAt: new Date().toISOString(),
  actor: { subject: 'east-ic', staffId: null, name: '东院院感科' },
  ...overrides,
});

describe('maintenance: work orders from failed hygiene inspection items', () => {
  let platform: TestPlatform;
  const ordersFor = (sourceRef: string) =>
    platform.query<{
      source: string;
      category: string;
      priority: string;
      title: string;
      description: string;
      location_id: string;
      department_id: string;
      status: string;
    }>('maintenance', `SELECT source, category, priority, title, description, location_id, department_id, status FROM work_order WHERE source_ref = $1`, [
      sourceRef,
    ]);

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'] });
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(() => platform?.stop());

  it('opens one work order for a REPAIR item, even when the event is delivered twice, and none for a CLEANING one', async () => {
    const repair = failedItem();
    const eventId = randomUUID();
    const cleaning = failedItem({ remedy: 'CLEANING', repairCategory: null });
    const cleaningEventId = randomUUID();
    const urgent = failedItem({ riskLevel: 'HIGH', zoneName: '中心ICU' });
    await publishEvents(platform, 'hygiene', [
      { contract: InspectionItemFailedV1, key: repair.inspectionId, data: repair, id: eventId },
      { contract: InspectionItemFailedV1, key: cleaning.inspectionId, data: cleaning, id: cleaningEventId },
      { contract: InspectionItemFailedV1, key: urgent.inspectionId, data: urgent },
      { contract: InspectionItemFailedV1, key: repair.inspectionId, data: repair, id: eventId },
    ]);
    const [order] = await eventually(
      async () => {
        const orders = await ordersFor(repair.failedItemId);
        return orders.length ? orders : undefined;
      },
      30_000,
      'the work order',
    );
    expect(order).toEqual({
      source: 'HYGIENE_INSPECTION',
      category: 'PLUMBING',
      priority: 'NORMAL',
      title: '卫生检查：5病区 出院床单位终末清洁',
      description: '出院床单位终末清洁：不合格。备注：洗手池龙头漏水。检查人：东院院感科',
      location_id: STATION,
      department_id: WARD,
      status: 'SUBMITTED',
    });
    await eventually(async () => ((await ordersFor(urgent.failedItemId)).length ? true : undefined), 30_000, 'the urgent order');
    expect((await ordersFor(urgent.failedItemId))[0].priority).toBe('HIGH');
    expect(await ordersFor(repair.failedItemId)).toHaveLength(1);
    // The cleaning item was consumed (it is in the group's inbox) and opened nothing.
    await eventually(
      async () =>
        (
          await platform.query('maintenance', `SELECT 1 FROM inbox_event WHERE consumer_group = 'maintenance.hygiene-repairs' AND event_id = $1`, [
            cleaningEventId,
          ])
        ).length
          ? true
          : undefined,
      30_000,
      'the cleaning item consumed',
    );
    expect(await ordersFor(cleaning.failedItemId)).toHaveLength(0);
    const [event] = await platform.query('maintenance', `SELECT type, data->>'source' AS source FROM outbox_event WHERE data->>'title' = $1`, [
      '卫生检查：5病区 出院床单位终末清洁',
    ]);
    expect(event).toEqual({ type: 'maintenance.work-order.submitted.v1', source: 'HYGIENE_INSPECTION' });
  });
});
