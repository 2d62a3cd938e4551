import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaDateTime, chinaMonth } from '@houqin/platform-calendar';
import { runSeedScript, freePort } from '@houqin/platform-local-infra';
import { eventually, graphql, graphqlData, mllpSend, ROOT, TestPlatform } from '@houqin/platform-testing';

/**
 * Issue 12's scenario, every service in its own process on real Postgres and Kafka, the HIS played by python-hl7's
 * mllp_send: an A03 for bed 501-1 (contact isolation) is acknowledged AA; the bed turns to housekeeping; a terminal
 * clean with isolation stages is opened on East's 5病区 and assigned to the trained cleaner; she scans the room and
 * completes the checklist; the bed is unoccupied and the turnaround is in the ward's KPIs. An A13 for another
 * discharge cancels its unstarted clean. The same A03 sent twice changes nothing the second time. West sees none of it.
 */
type Edges<T> = { edges: { node: T }[] };

const MINUTE = 60_000;
/** An HL7 DTM in Beijing time (the feed's HIS_TIME_OFFSET), `minutes` before now. */
const hl7Time = (minutesAgo: number) => `${chinaDateTime(new Date(Date.now() - minutesAgo * MINUTE)).replace(/[- :]/g, '')}00`;

let controlIds = 0;
/** An ADT message for a bed of East's 5病区 (HIS codes E05 / 501 / 1 or 2), as the demo's HIS sends them. */
function adt(trigger: 'A01' | 'A03' | 'A13', visit: string, bed: '1' | '2', minutesAgo: number, contactIsolation: boolean, controlId = `E2E-${++controlIds}`): string {
  const pv1 = ['PV1', '1', 'I', `E05^501^${bed}`, '', '', '', '', '', '', '0301', ...Array(8).fill(''), visit].join('|');
  return [
    `MSH|^~\\&|HIS|东院区|HOUQIN|HOUQIN|${hl7Time(minutesAgo)}||ADT^${trigger}^ADT_A01|${controlId}|P|2.5|||AL|NE||UNICODE UTF-8`,
    `EVN|${trigger}|${hl7Time(minutesAgo)}`,
    'PID|1||P9001^^^HIS^MR||李四^^^^^^L||19650302|F',
    pv1,
    ...(contactIsolation ? ['OBX|1|CWE|ISOLATION||CONTACT^接触隔离||||||F'] : []),
    '',
  ].join('\r');
}

const ackCode = (ack: Buffer) => ack.toString('utf8').split('\r').find((segment) => segment.startsWith('MSA'))?.split('|')[1];

describe('terminal clean scenario: HIS discharge → bed board → cleaning → bed ready', () => {
  let platform: TestPlatform;
  let mllpPort: number;
  const groupAdmin: Identity = { subject: 'e2e:group-admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
  let eastAdmin: Identity;
  let westAdmin: Identity;
  let cleaner: Identity;
  let place: { east: string; ward5: string; room501: string; bed1: string; bed2: string; trained: string };

  const as = async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });
  const bed = async (bedId: string) => (await as<{ wardBeds: { bed: { id: string }; status: string }[] }>(eastAdmin, `query($w: ID!) { wardBeds(wardId: $w) { bed { id } status } }`, { w: place.ward5 })).wardBeds.find((b) => b.bed.id === bedId)?.status;
  const terminalCleans = async (identity: Identity, bedId?: string) =>
    (
      await as<{ cleaningTasks: Edges<{ id: string; bedId: string; status: string; riskLevel: string; precautions: string[]; cleanerId: string; checklist: { code: string }[]; turnaroundMinutes: number | null }> }>(
        identity,
        `{ cleaningTasks(first: 50, kind: TERMINAL) { edges { node { id bedId status riskLevel precautions cleanerId checklist { code } turnaroundMinutes } } } }`,
      )
    ).cleaningTasks.edges.map((e) => e.node).filter((task) => !bedId || task.bedId === bedId);

  beforeAll(async () => {
    mllpPort = await freePort();
    platform = await TestPlatform.start({ services: ['org', 'his', 'hygiene'], gateway: true, env: { his: { HIS_MLLP_PORT: String(mllpPort) } } });
    await runSeedScript(ROOT, 'org', platform.gatewayUrl, await platform.userToken(groupAdmin));

    // Everything found as a client finds it: by codes, HIS codes and employee numbers, through the gateway.
    const { campuses } = await as<{ campuses: Edges<{ id: string; code: string }> }>(groupAdmin, `{ campuses(first: 10) { edges { node { id code } } } }`);
    const campus = (code: string) => campuses.edges.find((e) => e.node.code === code)!.node.id;
    const east = campus('EAST');
    const { locations, staffMembers } = await as<{ locations: Edges<{ id: string; kind: string; hisCode: string | null; parent: { id: string } | null }>; staffMembers: Edges<{ id: string; employeeNo: string; name: string }> }>(
      groupAdmin,
      `query($east: ID!) {
        locations(campusId: $east, first: 100) { edges { node { id kind hisCode parent { id } } } }
        staffMembers(campusId: $east, first: 100) { edges { node { id employeeNo name } } }
      }`,
      { east },
    );
    const at = (kind: string, hisCode: string, parentId: string | null) =>
      locations.edges.find((e) => e.node.kind === kind && e.node.hisCode === hisCode && (e.node.parent?.id ?? null) === parentId)!.node.id;
    const ward5 = at('WARD', 'E05', null);
    const room501 = at('ROOM', '501', ward5);
    const staff = (employeeNo: string) => staffMembers.edges.find((e) => e.node.employeeNo === employeeNo)!.node;
    place = { east, ward5, room501, bed1: at('BED', '1', room501), bed2: at('BED', '2', room501), trained: staff('E5001').id };
    eastAdmin = { subject: 'e2e:E1001', staffId: staff('E1001').id, name: '周涛', roles: [Role.CAMPUS_ADMIN], campusIds: [east] };
    westAdmin = { subject: 'e2e:W1001', staffId: null, name: '高明', roles: [Role.CAMPUS_ADMIN], campusIds: [campus('WEST')] };
    cleaner = { subject: 'e2e:E5001', staffId: place.trained, name: staff('E5001').name, roles: [HygieneRole.CLEANER], campusIds: [east] };

    // East's 5病区 as a cleaning zone; 刘桂芳 trained in infection control, 杨小燕 not (yet). Retried until hygiene's
    // org replica holds the ward and the staff.
    const zone = await eventually(async () =>
      (await as<{ createZone: { id: string } }>(eastAdmin, `mutation($i: CreateZoneInput!) { createZone(input: $i) { id } }`, { i: { campusId: east, name: '住院部5病区', kind: 'WARD', locationIds: [ward5] } })).createZone,
    );
    for (const employeeNo of ['E5001', 'E5002']) {
      await eventually(() => as(eastAdmin, `mutation($i: RegisterCleanerInput!) { registerCleaner(input: $i) { id } }`, { i: { staffId: staff(employeeNo).id, zoneIds: [zone.id] } }));
    }
    await as(eastAdmin, `mutation($i: RecordCleanerTrainingInput!) { recordCleanerTraining(input: $i) { id } }`, { i: { cleanerId: place.trained, trainedOn: '2026-09-01', validUntil: '2027-08-31' } });
    // his maps HIS codes once its replica holds the ward, room and beds.
    await eventually(async () => ((await platform.query<{ n: number }>('his', `SELECT count(*)::int AS n FROM org_location_replica WHERE id = ANY($1)`, [[ward5, room501, place.bed1, place.bed2]]))[0].n === 4 ? true : undefined));
  });
  afterAll(() => platform?.stop());

  it('turns a contact-isolation discharge into a trained cleaner’s terminal clean, and the bed ready again with its turnaround', async () => {
    const discharge = adt('A03', 'V-E2E-1', '1', 30, true);
    const acks = await mllpSend({ port: mllpPort, messages: [adt('A01', 'V-E2E-1', '1', 180, true), discharge] });
    expect(acks.map(ackCode)).toEqual(['AA', 'AA']);

    await eventually(async () => ((await bed(place.bed1)) === 'HOUSEKEEPING' ? true : undefined), 120_000, 'bed 501-1 housekeeping');
    const [task] = await eventually(async () => {
      const found = await terminalCleans(eastAdmin, place.bed1);
      return found.length && found[0].status === 'ASSIGNED' ? found : undefined;
    });
    expect(task).toMatchObject({ riskLevel: 'HIGH', precautions: ['CONTACT'], cleanerId: place.trained });
    expect(task.checklist.map((step) => step.code)).toEqual(expect.arrayContaining(['INFECTIOUS_LINEN', 'CURTAIN', 'DEDICATED_TOOLS']));

    const { cleaningRoomLabels } = await as<{ cleaningRoomLabels: { locationId: string; code: string }[] }>(eastAdmin, `query($w: ID!) { cleaningRoomLabels(wardId: $w) { locationId code } }`, {
      w: place.ward5,
    });
    const code = cleaningRoomLabels.find((label) => label.locationId === place.room501)!.code;
    await as(cleaner, `mutation($i: StartCleaningTaskInput!) { startCleaningTask(input: $i) { status } }`, { i: { taskId: task.id, code } });
    const done = (
      await as<{ finishCleaningTask: { status: string; turnaroundMinutes: number } }>(cleaner, `mutation($i: FinishCleaningTaskInput!) { finishCleaningTask(input: $i) { status turnaroundMinutes } }`, {
        i: { taskId: task.id, code, checkedItems: task.checklist.map((step) => step.code) },
      })
    ).finishCleaningTask;
    expect(done.status).toBe('DONE');
    expect(done.turnaroundMinutes).toBeGreaterThanOrEqual(30);

    await eventually(async () => ((await bed(place.bed1)) === 'UNOCCUPIED' ? true : undefined), 60_000, 'bed 501-1 unoccupied');
    const { cleaningKpis } = await as<{ cleaningKpis: { wards: { wardId: string; terminalCleans: number; medianTurnaroundMinutes: number }[] } }>(
      eastAdmin,
      `query($c: ID!, $m: String!) { cleaningKpis(campusId: $c, month: $m) { wards { wardId terminalCleans medianTurnaroundMinutes } } }`,
      { c: place.east, m: chinaMonth(new Date()) },
    );
    expect(cleaningKpis.wards).toEqual([{ wardId: place.ward5, terminalCleans: 1, medianTurnaroundMinutes: expect.closeTo(done.turnaroundMinutes, 0) }]);

    // The same A03 again, as a resend (same control id) and as a new message: acknowledged, nothing changes.
    const [resent, again] = await mllpSend({ port: mllpPort, messages: [discharge, adt('A03', 'V-E2E-1', '1', 30, true)] });
    expect([ackCode(resent), ackCode(again)]).toEqual(['AA', 'AA']);
    await new Promise((r) => setTimeout(r, 5000));
    expect(await terminalCleans(eastAdmin, place.bed1)).toHaveLength(1);
    expect(await bed(place.bed1)).toBe('UNOCCUPIED');
  });

  it('cancels the unstarted clean of a discharge the HIS cancels (A13), and the bed is the patient’s again', async () => {
    const acks = await mllpSend({ port: mllpPort, messages: [adt('A01', 'V-E2E-2', '2', 120, false), adt('A03', 'V-E2E-2', '2', 20, false)] });
    expect(acks.map(ackCode)).toEqual(['AA', 'AA']);
    const [opened] = await eventually(async () => {
      const found = await terminalCleans(eastAdmin, place.bed2);
      return found.length ? found : undefined;
    });
    expect(opened.status).toBe('ASSIGNED');
    const [cancel] = await mllpSend({ port: mllpPort, messages: [adt('A13', 'V-E2E-2', '2', 10, false)] });
    expect(ackCode(cancel)).toBe('AA');
    await eventually(async () => {
      const [task] = await terminalCleans(eastAdmin, place.bed2);
      return task.status === 'CANCELLED' && (await bed(place.bed2)) === 'OCCUPIED' ? true : undefined;
    });
  });

  it('shows a West admin none of it', async () => {
    expect(await terminalCleans(westAdmin)).toEqual([]);
    const [any] = await terminalCleans(eastAdmin);
    const token = await platform.userToken(westAdmin);
    const task = await graphql(platform.gatewayUrl, { query: `query($id: ID!) { cleaningTask(id: $id) { id } }`, variables: { id: any.id }, token });
    expect(task.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const beds = await graphql(platform.gatewayUrl, { query: `query($w: ID!) { wardBeds(wardId: $w) { status } }`, variables: { w: place.ward5 }, token });
    expect(beds.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
