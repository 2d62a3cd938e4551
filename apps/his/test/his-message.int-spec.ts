import { HisRole } from '@houqin/contracts';
import { freePort } from '@houqin/platform-local-infra';
import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, eventually, gatewayCaller, mllpSend, OrgFixture, TestHttpReceiver, TestPlatform } from '@houqin/platform-testing';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/**
 * The HIS's door, end to end: real HL7 messages from public sample sets and our own, sent over MLLP by an independent
 * client (python-hl7's mllp_send) to the his service's listener, stored before they are acknowledged, and the
 * feed's log and review queue read through the gateway.
 */
const sample = (name: string) => readFileSync(join(__dirname, 'samples', name));

/** East's 5病区 as org would announce it, with the HIS codes the messages use (ward E05, rooms 501 and 502, beds 1). */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const CARDIOLOGY = org.department(EAST, '心血管内科', undefined, true, '0301');
const WARD5 = org.location(EAST, { kind: 'WARD', name: '5病区', hisCode: 'E05' });
const ROOM501 = org.location(EAST, { kind: 'ROOM', name: '501病房', parentId: WARD5, hisCode: '501' });
const BED501_1 = org.location(EAST, { kind: 'BED', name: '501-1床', parentId: ROOM501, hisCode: '1' });
const ROOM502 = org.location(EAST, { kind: 'ROOM', name: '502病房', parentId: WARD5, hisCode: '502' });
org.location(EAST, { kind: 'BED', name: '502-1床', parentId: ROOM502, hisCode: '1' });
const campusAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const groupAdmin: Identity = { subject: 'group-admin', staffId: null, name: '集团信息中心', roles: [Role.GROUP_ADMIN], campusIds: [] };
const integrator: Identity = { subject: 'integrator', staffId: null, name: '接口管理员', roles: [HisRole.INTEGRATOR], campusIds: [] };


/** An ADT message of the demo's codes, its fields given by number. */
function adt(trigger: string, controlId: string, pv1: Record<number, string>, msh18 = 'UNICODE UTF-8', after: string[] = []): string {
  const pv1Fields = Array.from({ length: Math.max(...Object.keys(pv1).map(Number)) }, (_, i) => pv1[i + 1] ?? '');
  return [
    `MSH|^~\\&|HIS|东院区|HOUQIN|HOUQIN|20261207083000||ADT^${trigger}^ADT_A01|${controlId}|P|2.5|||AL|NE||${msh18}`,
    `EVN|${trigger}|20261207082500`,
    'PID|1||P0001^^^HIS^MR||张三^^^^^^L||19700101|M',
    ['PV1', ...pv1Fields].join('|'),
    ...after,
    '',
  ].join('\r');
}

const ackOf = (ack: Buffer, encoding = 'utf8') => {
  const segments = iconv.decode(ack, encoding).split('\r').filter(Boolean);
  const field = (name: string, n: number) => segments.find((s) => s.startsWith(name))?.split('|')[name === 'MSH' ? n - 1 : n] ?? '';
  return { code: field('MSA', 1), controlId: field('MSA', 2), text: field('MSA', 3), errorCode: field('ERR', 3).split('^')[0], charset: field('MSH', 18) };
};

describe('his: HL7 v2 over MLLP', () => {
  let platform: TestPlatform;
  let mllpPort: number;
  let collector: TestHttpReceiver;
  const gateway = gatewayCaller(() => platform);
  const rowsOf = (controlId: string) =>
    platform.query<{ outcome: string; ack_code: string; raw: Buffer | null }>('his', `SELECT outcome, ack_code, raw FROM his_message WHERE control_id = $1`, [controlId]);

  beforeAll(async () => {
    mllpPort = await freePort();
    // Tracing on, exported to a collector of the test's own, so what the spans record is checked too.
    collector = await TestHttpReceiver.start(() => ({ json: {} }));
    platform = await TestPlatform.start({
      services: ['his'],
      gateway: true,
      env: { his: { HIS_MLLP_PORT: String(mllpPort), OTEL_EXPORTER_OTLP_ENDPOINT: collector.origin, OTEL_BSP_SCHEDULE_DELAY: '200' } },
    });
    await org.publishTo(platform, 'his');
  });
  afterAll(async () => {
    await platform?.stop();
    await collector?.close();
  });

  it('acknowledges the public samples on one connection, in order: ADT stored for the feed, a lab result ignored', async () => {
    // The A01 sample adapted to the demo's codes (its PV1-3 was LDR^LA1^01); the A04 is an outpatient's, whose clinic is not mapped.
    const admission = sample('hl7-standard-adt-a01.hl7').toString('utf8').replace('LDR^LA1^01', 'E05^501^1');
    const acks = await mllpSend({ port: mllpPort, messages: [admission, sample('simple-hl7-adt-a04.hl7'), sample('simple-hl7-oru-r01.hl7')] });
    expect(acks.map((a) => ackOf(a))).toMatchObject([
      { code: 'AA', controlId: '24553' },
      { code: 'AA', controlId: '1817457' },
      { code: 'AA', controlId: 'Q335939501T337311002' },
    ]);
    expect((await rowsOf('24553'))[0]).toEqual({ outcome: 'ACCEPTED', ack_code: 'AA', raw: null });
    const [placed] = await platform.query('his', `SELECT campus_id, location_id FROM his_message WHERE control_id = '24553'`);
    expect(placed).toEqual({ campus_id: EAST, location_id: BED501_1 });
    expect((await rowsOf('Q335939501T337311002'))[0]).toMatchObject({ outcome: 'IGNORED', ack_code: 'AA' });
  });

  it('reads and answers GB18030 as MSH-18 declares it', async () => {
    const message = iconv.encode(adt('A03', 'GB-0001', { 2: 'I', 3: 'E05^501^1^东院区', 19: 'V-GB-1' }, 'GB 18030-2000'), 'gb18030');
    const [ack] = await mllpSend({ port: mllpPort, messages: [message] });
    expect(ackOf(ack, 'gb18030')).toMatchObject({ code: 'AA', controlId: 'GB-0001', charset: 'GB 18030-2000' });
    // The sender's facility, 东院区, came back as the ACK's receiving facility: decoded and encoded in GB18030.
    expect(iconv.decode(ack, 'gb18030').split('|')[5]).toBe('东院区');
  });

  it('answers a message it cannot apply with AE and the field, and keeps it for review; unreadable text gets AR', async () => {
    const [missingVisit, garbage] = await mllpSend({ port: mllpPort, messages: [adt('A03', 'BAD-0001', { 2: 'I', 3: 'E05^501^1' }), 'this is not HL7'] });
    expect(ackOf(missingVisit)).toMatchObject({ code: 'AE', controlId: 'BAD-0001', errorCode: '101' });
    expect(ackOf(missingVisit).text).toContain('PV1-19');
    expect(ackOf(garbage)).toMatchObject({ code: 'AR', controlId: '', errorCode: '100' });
    const [kept] = await rowsOf('BAD-0001');
    expect(kept.outcome).toBe('REJECTED');
    expect(kept.raw?.toString('utf8')).toContain('BAD-0001');
  });

  it('answers a repeated control id as the first time and stores it once', async () => {
    const message = adt('A01', 'DUP-0001', { 2: 'I', 3: 'E05^502^1', 19: 'V-DUP-1' });
    const acks = await mllpSend({ port: mllpPort, messages: [message, message] });
    expect(acks.map((a) => ackOf(a).code)).toEqual(['AA', 'AA']);
    expect(await rowsOf('DUP-0001')).toHaveLength(1);
  });

  it('frames a message split across TCP packets, and two in one packet', async () => {
    const frame = (text: string) => Buffer.concat([Buffer.of(0x0b), Buffer.from(text), Buffer.of(0x1c, 0x0d)]);
    const [one, two, three] = ['SPLIT-1', 'SPLIT-2', 'SPLIT-3'].map((id) => frame(adt('A08', id, { 2: 'I', 3: 'E05^502^1', 19: 'V-SPLIT' })));
    const socket = connect(mllpPort, '127.0.0.1');
    const received: Buffer[] = [];
    const answered = new Promise<void>((resolve) =>
      socket.on('data', (chunk) => {
        received.push(chunk);
        if (Buffer.concat(received).filter((b) => b === 0x1c).length === 3) resolve();
      }),
    );
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    for (const part of [one.subarray(0, 7), one.subarray(7, 40), Buffer.concat([one.subarray(40), two, three.subarray(0, 3)]), three.subarray(3)]) {
      socket.write(part);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await answered;
    socket.end();
    const acks = Buffer.concat(received).toString('utf8').split('\x1c\r').filter(Boolean);
    expect(acks.map((a) => ackOf(Buffer.from(a.replace('\x0b', '')))).map((a) => [a.code, a.controlId])).toEqual([
      ['AA', 'SPLIT-1'],
      ['AA', 'SPLIT-2'],
      ['AA', 'SPLIT-3'],
    ]);
  });

  it('answers a place code the directory does not map with AE 103, and applies it on retry once the directory has it', async () => {
    const [unknownWard, unknownBed] = await mllpSend({
      port: mllpPort,
      messages: [adt('A01', 'MAP-0001', { 2: 'I', 3: 'E09^901^1', 19: 'V-MAP-1' }), adt('A01', 'MAP-0002', { 2: 'I', 3: 'E05^501^7', 19: 'V-MAP-2' })],
    });
    expect(ackOf(unknownWard)).toMatchObject({ code: 'AE', controlId: 'MAP-0001', errorCode: '103' });
    expect(ackOf(unknownWard).text).toContain('E09');
    expect(ackOf(unknownBed)).toMatchObject({ code: 'AE', controlId: 'MAP-0002', errorCode: '103' });
    const [queued] = await platform.query<{ id: string; error_location: string }>('his', `SELECT id, error_location FROM his_message WHERE control_id = 'MAP-0001'`);
    expect(queued.error_location).toBe('PV1-3.1');
    const RETRY = `mutation($id: ID!) { retryHisMessage(id: $id) { outcome ackCode error { hl7Code location } location { id } } }`;
    // Still unmapped: it stays in the queue with its reason.
    expect((await gateway.data(integrator, RETRY, { id: queued.id })).retryHisMessage).toMatchObject({ outcome: 'REJECTED', error: { hl7Code: 103, location: 'PV1-3.1' } });
    // Group IT gives the new ward its HIS codes in org; the retry then places the admission and drops the message text.
    const ward9 = org.location(EAST, { kind: 'WARD', name: '9病区', hisCode: 'E09' });
    const room901 = org.location(EAST, { kind: 'ROOM', name: '901病房', parentId: ward9, hisCode: '901' });
    const bed901_1 = org.location(EAST, { kind: 'BED', name: '901-1床', parentId: room901, hisCode: '1' });
    await org.publishTo(platform, 'his');
    expect((await gateway.data(integrator, RETRY, { id: queued.id })).retryHisMessage).toEqual({ outcome: 'ACCEPTED', ackCode: 'AA', error: null, location: { id: bed901_1 } });
    expect(await rowsOf('MAP-0001')).toEqual([{ outcome: 'ACCEPTED', ack_code: 'AA', raw: null }]);
    const [audit] = await platform.query('his', `SELECT action, actor_subject FROM audit_entry WHERE entity_id = $1`, [queued.id]);
    expect(audit).toEqual({ action: 'his_message.retry', actor_subject: 'integrator' });
    // Accepted messages are not retried; campus admins cannot retry at all.
    expect(errorCode(await gateway.call(integrator, RETRY, { id: queued.id }))).toBe('HIS_MESSAGE_NOT_RETRYABLE');
    expect(errorCode(await gateway.call(campusAdmin, RETRY, { id: queued.id }))).toBe('FORBIDDEN');
  });

  it('applies ADT events to encounters and announces each change once, with no patient particulars', async () => {
    const encounterEvents = (visit: string) =>
      platform.query<{ type: string; data: Record<string, any> }>(
        'his',
        `SELECT o.type, o.data FROM outbox_event o JOIN encounter e ON o.key = e.id::text WHERE e.visit_number = $1 ORDER BY o.seq`,
        [visit],
      );
    const isolated = adt('A03', 'ENC-0002', { 2: 'I', 3: 'E05^501^1', 10: '0301', 19: 'V-ENC-1', 45: '20261207120000' }, 'UNICODE UTF-8', [
      'OBX|1|CWE|ISOLATION||CONTACT^接触隔离||||||F',
    ]);
    const acks = await mllpSend({ port: mllpPort, messages: [adt('A01', 'ENC-0001', { 2: 'I', 3: 'E05^501^1', 19: 'V-ENC-1' }), isolated, isolated] });
    expect(acks.map((a) => ackOf(a).code)).toEqual(['AA', 'AA', 'AA']);
    const events = await encounterEvents('V-ENC-1');
    expect(events.map((e) => e.type)).toEqual(['his.encounter.admitted.v1', 'his.encounter.discharged.v1']);
    expect(events[1].data).toMatchObject({
      status: 'DISCHARGED',
      campusId: EAST,
      locationId: BED501_1,
      wardId: WARD5,
      departmentId: CARDIOLOGY,
      precautions: ['CONTACT'],
      dischargedAt: '2026-12-07T04:00:00.000Z',
    });
    // PIPL: nothing that names the patient or the visit leaves the service, in events, its log or its spans (once the
    // spans of storing the messages have been exported).
    const spans = await eventually(async () => {
      const bodies = collector.requests.filter((r) => r.path === '/v1/traces').map((r) => r.body).join('');
      return bodies.includes('adt_event') ? bodies : undefined;
    }, 30_000, 'the spans of applying the messages');
    const everything = JSON.stringify(await platform.query('his', `SELECT data FROM outbox_event`)) + platform.log('his') + spans;
    for (const particular of ['张三', 'P0001', 'V-ENC-1', 'MotherToBe', '4019060', '222335656', 'DOE^JOHN', '0493575']) expect(everything).not.toContain(particular);
  });

  it('holds a discharge cancel (A13) that arrives before its discharge, and lets the pair come to nothing', async () => {
    const visit = { 2: 'I', 3: 'E05^502^1', 19: 'V-ENC-2' };
    const [admitted, cancel] = await mllpSend({ port: mllpPort, messages: [adt('A01', 'ENC-0101', visit), adt('A13', 'ENC-0103', visit).replace('EVN|A13|20261207082500', 'EVN|A13|20261207123000')] });
    expect([ackOf(admitted).code, ackOf(cancel).code]).toEqual(['AA', 'AA']);
    expect(await platform.query('his', `SELECT status, held_cancels FROM encounter WHERE visit_number = 'V-ENC-2'`)).toEqual([{ status: 'ADMITTED', held_cancels: 1 }]);
    const [late] = await mllpSend({ port: mllpPort, messages: [adt('A03', 'ENC-0102', visit).replace('EVN|A03|20261207082500', 'EVN|A03|20261207120000')] });
    expect(ackOf(late).code).toBe('AA');
    expect(await platform.query('his', `SELECT status, held_cancels FROM encounter WHERE visit_number = 'V-ENC-2'`)).toEqual([{ status: 'ADMITTED', held_cancels: 0 }]);
    const types = await platform.query<{ type: string }>(
      'his',
      `SELECT o.type FROM outbox_event o JOIN encounter e ON o.key = e.id::text WHERE e.visit_number = 'V-ENC-2' ORDER BY o.seq`,
    );
    expect(types.map((t) => t.type)).toEqual(['his.encounter.admitted.v1']);
  });

  it('shows group IT the log and the review queue, without patient particulars; campus admins see none of it', async () => {
    const QUEUE = `{ hisMessages(outcome: REJECTED, first: 50) { totalCount edges { node { messageType controlId ackCode error { hl7Code location text } } } } }`;
    const { hisMessages } = await gateway.data(integrator, QUEUE);
    const bad = hisMessages.edges.map((e: any) => e.node).find((n: any) => n.controlId === 'BAD-0001');
    expect(bad).toMatchObject({ messageType: 'ADT^A03^ADT_A01', ackCode: 'AE', error: { hl7Code: 101, location: 'PV1-19' } });
    const all = await gateway.data(groupAdmin, `{ hisMessages(first: 100) { totalCount edges { node { controlId outcome } } } }`);
    expect(all.hisMessages.totalCount).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(all)).not.toMatch(/张三|MotherToBe|DOE|P0001/);
    expect(errorCode(await gateway.call(campusAdmin, QUEUE))).toBe('FORBIDDEN');
  });
});
