import { chinaMonth, previousMonth, chinaToday } from '@houqin/platform-calendar';
import { onceReplicated, runSeed, SeedContext } from '@houqin/platform-local-infra';
import { defaultSheet } from '../inspection/default-sheets';
import { SheetItemKind } from '../inspection/score-sheet';
import { ZoneKind } from '../zone/zone-kind';
import { seedCleaning } from './seed-cleaning';
import { seedLinenPestSewage } from './seed-linen-pest-sewage';
import { seedMedicalWaste } from './seed-medical-waste';

/**
 * `npm start` runs this after org's seed (and those listed in service.json's `demoSeedAfter`), through the
 * gateway as the group admin: demo data passes the same validation, audit and events as real data.
 */
runSeed('hygiene', async (context) => {
  const { send } = context;
  console.log(`hygiene seed: ${await seedMedicalWaste(context)}`);
  // Zones first: inspections and the cleaning contractor are per zone.
  const cleaning = await seedCleaning(context);
  const inspections = await seedInspectionsAndContractors(context);
  // After the contractors: linen and pest control use the campus's laundry and pest control company.
  const sanitation = await seedLinenPestSewage(send);
  return `${cleaning}; ${inspections}; ${sanitation}`;
});

type Edges<T> = { edges: { node: T }[] };

/**
 * Score sheets for every kind of zone, the three contractors of each campus (保洁、洗涤、除四害), four weekly
 * inspections of each zone over the last month (每周一大扫，周周有检查; now and then an ATP swab fails), last
 * month's checks by three departments, and a complaint raised by a nurse, accepted and resolved.
 */
async function seedInspectionsAndContractors({ send, as }: SeedContext): Promise<string> {
  const existing = await send<{ contractors: { totalCount: number } }>(`{ contractors(first: 1) { totalCount } }`);
  if (existing.contractors.totalCount > 0) return 'contractors already seeded';
  const { campuses } = await send<{ campuses: Edges<{ id: string; name: string }> }>(`{ campuses(first: 50) { edges { node { id name } } } }`);
  const { zones } = await send<{ zones: Edges<{ id: string; campusId: string; kind: ZoneKind; locationIds: string[] }> }>(
    `{ zones(first: 100) { edges { node { id campusId kind locationIds } } } }`,
  );
  const now = new Date();
  const lastMonth = previousMonth(chinaToday(now));
  let inspections = 0;
  for (const { node: campus } of campuses.edges) {
    for (const kind of Object.values(ZoneKind)) {
      const input = { campusId: campus.id, zoneKind: kind, ...defaultSheet(kind) };
      await onceReplicated(() => send(`mutation($input: SetInspectionSheetInput!) { setInspectionSheet(input: $input) { id } }`, { input }));
    }
    const campusZones = zones.edges.map((e) => e.node).filter((zone) => zone.campusId === campus.id);
    const contractor = (name: string, kind: string, zoneIds: string[] = []) =>
      send<{ createContractor: { id: string } }>(`mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`, {
        input: { campusId: campus.id, name: `${campus.name}${name}`, kind, zoneIds, contractStart: `${lastMonth.slice(0, 4)}-01-01`, contactName: '项目经理' },
      });
    const cleaning = (
      await contractor(
        '洁康物业保洁项目部',
        'CLEANING',
        campusZones.map((zone) => zone.id),
      )
    ).createContractor.id;
    const laundry = (await contractor('白云洗涤服务公司', 'LAUNDRY')).createContractor.id;
    const pest = (await contractor('安康有害生物防治公司', 'PEST_CONTROL')).createContractor.id;

    for (const [index, zone] of campusZones.entries()) {
      for (const weeksAgo of [4, 3, 2, 1]) {
        const failing = (index + weeksAgo) % 5 === 0;
        const items = defaultSheet(zone.kind).items.map((item) =>
          item.kind === SheetItemKind.ATP
            ? {
                itemKey: item.key,
                rlu: failing ? 820 : 150 + ((index * 37 + weeksAgo * 53) % 200),
                ...(failing && { remedy: 'CLEANING', locationId: zone.locationIds[0] }),
              }
            : item.kind === SheetItemKind.FLUORESCENT
              ? { itemKey: item.key, marked: 10, removed: 9 + ((index + weeksAgo) % 2) }
              : { itemKey: item.key, ok: true },
        );
        const inspectedAt = new Date(now.getTime() - (weeksAgo * 7 - 1) * 86_400_000);
        await send(`mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`, { input: { zoneId: zone.id, inspectedAt, items } });
        inspections++;
      }
    }

    const { departments } = await send<{ departments: Edges<{ id: string }> }>(
      `query($c: ID) { departments(campusId: $c, active: true, first: 3) { edges { node { id } } } }`,
      {
        c: campus.id,
      },
    );
    for (const [index, { node: department }] of departments.edges.entries()) {
      for (const contractorId of [cleaning, laundry, pest]) {
        const items = [
          { criterion: '服务及时', points: 8 + (index % 3) },
          { criterion: '质量达标', points: 9 - (index % 2) },
          { criterion: '服务态度', points: 9 },
        ];
        const input = { contractorId, departmentId: department.id, month: lastMonth, items, comment: index === 0 ? '整体满意' : null };
        await send(`mutation($input: RecordContractorMonthlyCheckInput!) { recordContractorMonthlyCheck(input: $input) { id } }`, { input });
      }
    }
    if (campus.name.includes('东')) {
      const raise = `mutation($input: RaiseContractorComplaintInput!) { raiseContractorComplaint(input: $input) { id } }`;
      const { raiseContractorComplaint: complaint } = await as('east-nurse')<{ raiseContractorComplaint: { id: string } }>(raise, {
        input: { contractorId: laundry, description: '病号服送回时仍有污渍，数量少两件' },
      });
      await send(`mutation($id: ID!) { acceptContractorComplaint(id: $id) { id } }`, { id: complaint.id });
      await send(`mutation($input: ResolveContractorComplaintInput!) { resolveContractorComplaint(input: $input) { id } }`, {
        input: { complaintId: complaint.id, resolution: '已重新洗涤并补送，洗涤剂用量已调整' },
      });
    }
  }
  return `${campuses.edges.length * 3} contractors, ${inspections} inspections (${chinaMonth(now)})`;
}
