import { addDays, chinaToday } from '@houqin/platform-calendar';
import { onceReplicated, SeedSend } from '@houqin/platform-local-infra';

type Edges<T> = { edges: { node: T }[]; totalCount?: number };
type Campus = { id: string; name: string };

/** Linen par levels per ward bed count (床单 1.5 sets a bed and so on), for the first wards of a campus. */
const PAR = [
  { kind: 'BED_SHEET', quantity: 120 },
  { kind: 'DUVET_COVER', quantity: 80 },
  { kind: 'PILLOWCASE', quantity: 80 },
  { kind: 'PATIENT_GOWN', quantity: 150 },
];

async function contractorOf(send: SeedSend, campus: Campus, kind: string, name: string): Promise<string> {
  const found = await send<{ contractors: Edges<{ id: string }> }>(
    `query($c: ID, $k: ContractorKind) { contractors(campusId: $c, kind: $k, first: 1) { edges { node { id } } } }`,
    {
      c: campus.id,
      k: kind,
    },
  );
  if (found.contractors.edges.length) return found.contractors.edges[0].node.id;
  const input = { campusId: campus.id, name: `${campus.name}${name}`, kind };
  return (await send<{ createContractor: { id: string } }>(`mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`, { input }))
    .createContractor.id;
}

/** Two weeks of daily collections from the first wards, the laundry's returns, a few pieces lost. */
async function seedLinen(send: SeedSend, campus: Campus, today: string): Promise<number> {
  const existing = await send<{ linenExchanges: { totalCount: number } }>(`query($c: ID) { linenExchanges(campusId: $c, first: 1) { totalCount } }`, {
    c: campus.id,
  });
  if (existing.linenExchanges.totalCount > 0) return 0;
  const laundry = await contractorOf(send, campus, 'LAUNDRY', '洁康洗涤服务公司');
  const { departments } = await send<{ departments: Edges<{ id: string }> }>(
    `query($c: ID) { departments(campusId: $c, active: true, first: 4) { edges { node { id } } } }`,
    {
      c: campus.id,
    },
  );
  let made = 0;
  for (const [d, { node: department }] of departments.edges.entries()) {
    for (const par of PAR) {
      const input = { campusId: campus.id, departmentId: department.id, ...par };
      await onceReplicated(() => send(`mutation($input: SetLinenParLevelInput!) { setLinenParLevel(input: $input) { id } }`, { input }));
    }
    for (let day = 14; day >= 1; day--) {
      const lines = [
        { kind: 'BED_SHEET', quantity: 30 + ((day * 7 + d * 3) % 12) },
        { kind: 'PILLOWCASE', quantity: 18 + ((day + d) % 6) },
        { kind: 'PATIENT_GOWN', quantity: 35 + ((day * 5 + d) % 15) },
      ];
      const collected = await send<{ collectDirtyLinen: { id: string } }>(
        `mutation($input: CollectDirtyLinenInput!) { collectDirtyLinen(input: $input) { id } }`,
        {
          input: { campusId: campus.id, departmentId: department.id, contractorId: laundry, collectedOn: addDays(today, -day), lines },
        },
      );
      const id = collected.collectDirtyLinen.id;
      if (day === 1) continue; // yesterday's is still at the laundry
      // Every ninth collection comes back one sheet short and is settled with the loss.
      const short = (day + d) % 9 === 0;
      const returned = lines.map((l) => ({ ...l, quantity: short && l.kind === 'BED_SHEET' ? l.quantity - 1 : l.quantity }));
      await send(`mutation($input: ReturnCleanLinenInput!) { returnCleanLinen(input: $input) { id } }`, { input: { linenExchangeId: id, lines: returned } });
      if (short) await send(`mutation($id: ID!) { closeLinenExchange(linenExchangeId: $id) { id } }`, { id });
      made += 1;
    }
  }
  return made;
}

/** A monthly 除四害 visit and a quarterly termite check over three areas, with one rodent finding under follow-up. */
async function seedPestControl(send: SeedSend, campus: Campus, today: string): Promise<number> {
  const existing = await send<{ pestControlVisits: { totalCount: number } }>(`query($c: ID) { pestControlVisits(campusId: $c, first: 1) { totalCount } }`, {
    c: campus.id,
  });
  if (existing.pestControlVisits.totalCount > 0) return 0;
  const { locations } = await send<{ locations: Edges<{ id: string }> }>(
    `query($c: ID!) { locations(campusId: $c, active: true, first: 3) { edges { node { id } } } }`,
    { c: campus.id },
  );
  const areas = locations.edges.map((e) => e.node.id);
  if (!areas.length) return 0;
  const pest = await contractorOf(send, campus, 'PEST_CONTROL', '绿盾有害生物防治公司');
  const termite = await contractorOf(send, campus, 'TERMITE_CONTROL', '白蚁防治所');
  const RECORD = `mutation($input: RecordPestControlVisitInput!) { recordPestControlVisit(input: $input) { id findings { id pest } } }`;
  await send(RECORD, {
    input: {
      campusId: campus.id,
      contractorId: pest,
      visitedOn: addDays(today, -35),
      method: '毒饵站巡查补药、滞留喷洒',
      agent: '0.005% 溴敌隆毒饵；4.5% 高效氯氰菊酯',
      locationIds: areas,
      findings: [],
    },
  });
  const visit = await send<{ recordPestControlVisit: { findings: { id: string; pest: string }[] } }>(RECORD, {
    input: {
      campusId: campus.id,
      contractorId: pest,
      visitedOn: addDays(today, -4),
      method: '毒饵站巡查补药、粘蟑板监测',
      agent: '0.005% 溴敌隆毒饵',
      locationIds: areas,
      findings: [
        { locationId: areas[0], pest: 'RODENT', sighted: true, note: '管线井旁发现鼠迹和咬痕' },
        { locationId: areas[areas.length - 1], pest: 'COCKROACH', sighted: false, density: 1.5 },
      ],
    },
  });
  const rodents = visit.recordPestControlVisit.findings.find((f) => f.pest === 'RODENT');
  if (rodents) {
    await send(`mutation($input: OpenPestFollowUpInput!) { openPestFollowUp(input: $input) { id } }`, {
      input: { findingId: rodents.id, action: '封堵管线井孔洞，加密毒饵站', dueOn: addDays(today, 5) },
    });
  }
  await send(RECORD, {
    input: { campusId: campus.id, contractorId: termite, visitedOn: addDays(today, -20), method: '白蚁监测桩检查', locationIds: [areas[0]], findings: [] },
  });
  return 3;
}

/** The station on 预处理标准 (to the municipal sewer), and two weeks of logs: one day of high COD, one short run. */
async function seedSewage(send: SeedSend, campus: Campus, today: string): Promise<number> {
  const station = await send<{ sewageStation: unknown }>(`query($c: ID!) { sewageStation(campusId: $c) { standard } }`, { c: campus.id });
  if (station.sewageStation) return 0;
  await onceReplicated(() =>
    send(`mutation($input: SetSewageStationInput!) { setSewageStation(input: $input) { campusId } }`, {
      input: { campusId: campus.id, standard: 'PRETREATMENT', limits: [] },
    }),
  );
  for (let day = 14; day >= 1; day--) {
    const input = {
      campusId: campus.id,
      logDate: addDays(today, -day),
      runHours: day === 6 ? 7 : 8,
      disinfectant: 'SODIUM_HYPOCHLORITE',
      dosageKg: 11 + (day % 4) * 0.5,
      dosingTimes: ['08:30', '14:30'],
      readings: {
        ph: 7 + (day % 5) * 0.1,
        cod: day === 3 ? 268 : 150 + (day % 7) * 10,
        bod5: 55 + (day % 5) * 4,
        ss: 30 + (day % 6) * 3,
        fecalColiform: 1100 + (day % 4) * 300,
        residualChlorine: 3.5 + (day % 3) * 0.5,
      },
      note: day === 6 ? '提升泵检修停机 1 小时' : null,
    };
    await send(`mutation($input: RecordSewageLogInput!) { recordSewageLog(input: $input) { id } }`, { input });
  }
  return 14;
}

/** Demo linen, pest control and sewage station records for every campus; each part skips a campus that has its own. */
export async function seedLinenPestSewage(send: SeedSend): Promise<string> {
  const today = chinaToday(new Date());
  const { campuses } = await send<{ campuses: Edges<Campus> }>(`{ campuses(first: 50) { edges { node { id name } } } }`);
  let linen = 0;
  let visits = 0;
  let logs = 0;
  for (const { node: campus } of campuses.edges) {
    linen += await seedLinen(send, campus, today);
    visits += await seedPestControl(send, campus, today);
    logs += await seedSewage(send, campus, today);
  }
  return `${linen} linen collections, ${visits} pest control visits, ${logs} sewage logs`;
}
