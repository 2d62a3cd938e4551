import { HisRole } from '@houqin/contracts';
import { generateKeyPairJwk, Identity, LocalIssuer, Role } from '@houqin/platform-auth';
import { KafkaBus, ReceivedMessage, Subscription } from '@houqin/platform-events';
import { freePort } from '@houqin/platform-local-infra';
import { eventually, fhirExamplesOf, gatewayCaller, OrgFixture, TestHttpReceiver, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { ISOLATION_PRECAUTION_EXTENSION } from '../src/fhir/fhir-encounter';

/**
 * The HIS's FHIR R4 door, end to end: the official R4 Encounter examples and our own Encounters sent over HTTP to the
 * his service's /fhir, stored and applied before they are answered, and the his.encounter.v1 events read back from
 * the test's real Kafka broker.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const CARDIOLOGY = org.department(EAST, '心血管内科', undefined, true, '0301');
const WARD5 = org.location(EAST, { kind: 'WARD', name: '5病区', hisCode: 'E05' });
const ROOM501 = org.location(EAST, { kind: 'ROOM', name: '501病房', parentId: WARD5, hisCode: '501' });
const BED501_1 = org.location(EAST, { kind: 'BED', name: '501-1床', parentId: ROOM501, hisCode: '1' });
const ROOM502 = org.location(EAST, { kind: 'ROOM', name: '502病房', parentId: WARD5, hisCode: '502' });
const BED502_1 = org.location(EAST, { kind: 'BED', name: '502-1床', parentId: ROOM502, hisCode: '1' });
const integrator: Identity = { subject: 'his-fhir-client', staffId: null, name: 'HIS 接口账号', roles: [HisRole.INTEGRATOR], campusIds: [] };
const groupAdmin: Identity = { subject: 'group-admin', staffId: null, name: '集团信息中心', roles: [Role.GROUP_ADMIN], campusIds: [] };
const campusAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };

/** The hospital IdP of this test: the his service trusts its key for FHIR callers. */
const IDP = 'https://idp.hospital.example/test';

const physical = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/location-physical-type', code }] });
const at = (code: string, type: string, status = 'active') => ({
  location: { identifier: { system: 'urn:his:place', value: code } },
  physicalType: physical(type),
  status,
});

/** An inpatient's Encounter as a HIS would send it, with the patient's particulars the feed must not pass on. */
function encounter(
  visit: string,
  fields: { status?: string; ward?: string; room?: string; bed?: string; start?: string; end?: string; version?: string } = {},
) {
  const { status = 'in-progress', ward = 'E05', room = '501', bed = '1', start = '2026-12-07T00:25:00Z', end, version = '1' } = fields;
  return {
    resourceType: 'Encounter',
    id: `enc-${visit}`,
    meta: { versionId: version },
    identifier: [
      { use: 'official', system: 'urn:his:visit', value: visit },
      { use: 'secondary', system: 'urn:his:mrn', value: 'P0001' },
    ],
    status,
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
    subject: { identifier: { value: 'P0001' }, display: '张三' },
    reasonCode: [{ text: '急性心肌梗死' }],
    period: { start, ...(end ? { end } : {}) },
    location: [at(ward, 'wa'), at(room, 'ro'), at(bed, 'bd')],
    serviceProvider: { identifier: { value: '0301' } },
    hospitalization: { dietPreference: [{ coding: [{ code: 'LS' }], text: '低盐饮食' }] },
    extension: [{ url: ISOLATION_PRECAUTION_EXTENSION, valueCodeableConcept: { coding: [{ code: 'CONTACT' }], text: '接触隔离' } }],
  };
}

interface Answer {
  status: number;
  contentType: string;
  body: any;
  authenticate: string | null;
}

describe('his: FHIR R4', () => {
  let platform: TestPlatform;
  let issuer: LocalIssuer;
  let collector: TestHttpReceiver;
  let bus: KafkaBus;
  let subscription: Subscription;
  const published: ReceivedMessage[] = [];
  const gateway = gatewayCaller(() => platform);

  const fhir = async (
    method: string,
    path: string,
    body?: unknown,
    options: { identity?: Identity; token?: string | null; contentType?: string; language?: string } = {},
  ): Promise<Answer> => {
    const token = options.token === undefined ? await issuer.issue(options.identity ?? integrator, '1h') : options.token;
    const headers: Record<string, string> = { accept: 'application/fhir+json', 'content-type': options.contentType ?? 'application/fhir+json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.language) headers['accept-language'] = options.language;
    const response = await fetch(`${platform.process('his').url}/fhir${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.json(),
      authenticate: response.headers.get('www-authenticate'),
    };
  };
  const encounterId = async (visit: string) =>
    (await platform.query<{ id: string }>('his', `SELECT id FROM encounter WHERE visit_number = $1`, [visit]))[0]?.id;
  const outboxTypes = async (visit: string) =>
    (
      await platform.query<{ type: string }>(
        'his',
        `SELECT o.type FROM outbox_event o JOIN encounter e ON o.key = e.id::text WHERE e.visit_number = $1 ORDER BY o.seq`,
        [visit],
      )
    ).map((r) => r.type);
  /** The visit's events as Kafka delivered them, once as many arrived as the outbox holds (so none is missing, none extra). */
  const kafkaEvents = async (visit: string) => {
    const [id, expected] = [await encounterId(visit), await outboxTypes(visit)];
    return eventually(
      async () => {
        const mine = published.filter((m) => m.key === id);
        return mine.length === expected.length
          ? mine.map((m) => ({ type: m.headers.ce_type, data: JSON.parse(m.value) as Record<string, unknown> }))
          : undefined;
      },
      60_000,
      `the events of ${visit} on Kafka`,
    );
  };

  beforeAll(async () => {
    const keys = await generateKeyPairJwk('test-his-idp');
    issuer = new LocalIssuer(keys.privateJwk, IDP, 'houqin');
    // Tracing on, exported to a collector of the test's own, so what the spans record is checked too.
    collector = await TestHttpReceiver.start(() => ({ json: {} }));
    platform = await TestPlatform.start({
      services: ['his'],
      gateway: true,
      env: {
        his: {
          HIS_MLLP_PORT: String(await freePort()),
          HIS_FHIR_AUTH_ISSUER: IDP,
          HIS_FHIR_AUTH_ISSUER_PUBLIC_JWK: JSON.stringify(keys.publicJwk),
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.origin,
          OTEL_BSP_SCHEDULE_DELAY: '200',
        },
      },
    });
    await org.publishTo(platform, 'his');
    bus = new KafkaBus({ clientId: 'his-fhir-test', brokers: [platform.kafka.brokers], logger: { warn: () => undefined, error: () => undefined } });
    await bus.ensureTopics(['his.encounter.v1']);
    subscription = await bus.subscribe(`his-fhir-test-${randomUUID()}`, ['his.encounter.v1'], async (message) => {
      published.push(message);
    });
  });
  afterAll(async () => {
    await subscription?.stop();
    await bus?.disconnect();
    await platform?.stop();
    await collector?.close();
  });

  it('takes every official R4 Encounter example as valid R4, and says what it makes of each', async () => {
    const examples = fhirExamplesOf('Encounter');
    expect(examples.length).toBeGreaterThanOrEqual(10);
    const answers: Record<string, [number, string]> = {};
    for (const { file, resource } of examples) {
      const { status, body } = await fhir('POST', '/Encounter', resource);
      answers[file] = [status, body.issue[0].details.coding?.[0]?.code ?? body.issue[0].code];
    }
    // None is refused as invalid (400). Outpatient, emergency-room-less and home visits are acknowledged and ignored;
    // inpatient ones without an identifier (the visit number) wait for review; the one with an identifier and no
    // location is a discharge the feed applies, with no place.
    expect(answers).toEqual({
      'encounter-example-emerg.json': [422, 'FHIR_ELEMENT_INVALID'],
      'encounter-example-f001-heart.json': [201, 'informational'],
      'encounter-example-f002-lung.json': [201, 'informational'],
      'encounter-example-f003-abscess.json': [201, 'informational'],
      'encounter-example-f201-20130404.json': [201, 'informational'],
      'encounter-example-f202-20130128.json': [201, 'informational'],
      'encounter-example-f203-20130311.json': [201, 'informational'],
      'encounter-example-home.json': [201, 'informational'],
      'encounter-example-xcda.json': [201, 'informational'],
      'encounter-example.json': [422, 'FHIR_ELEMENT_INVALID'],
    });
    const outcomes = await platform.query<{ message_type: string; outcome: string; n: number }>(
      'his',
      `SELECT message_type, outcome, count(*)::int AS n FROM his_message WHERE protocol = 'FHIR_R4' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(outcomes).toEqual([
      { message_type: 'Encounter', outcome: 'IGNORED', n: 7 },
      { message_type: 'Encounter', outcome: 'REJECTED', n: 2 },
      { message_type: 'Encounter^A03', outcome: 'ACCEPTED', n: 1 },
    ]);
    expect((await kafkaEvents('Encounter_Roel_20130311')).map((e) => [e.type, e.data.status, e.data.locationId])).toEqual([
      ['his.encounter.discharged.v1', 'DISCHARGED', null],
    ]);
  });

  it('admits, transfers and discharges from Encounter creates and updates; a resubmission is answered the same and applied once', async () => {
    const since = new Date();
    const created = await fhir('POST', '/Encounter', encounter('V-FHIR-1'));
    expect([created.status, created.contentType, created.body.issue[0].severity]).toEqual([201, 'application/fhir+json; charset=utf-8', 'information']);
    const moved = encounter('V-FHIR-1', { room: '502', version: '2' });
    moved.location = [at('E05', 'wa'), at('501', 'ro', 'completed'), at('1', 'bd', 'completed'), at('502', 'ro'), at('1', 'bd')];
    expect((await fhir('PUT', '/Encounter/enc-V-FHIR-1', moved, { contentType: 'application/json' })).status).toBe(200);
    const finished = encounter('V-FHIR-1', { status: 'finished', room: '502', end: '2026-12-09T02:00:00Z', version: '3' });
    expect((await fhir('PUT', '/Encounter/enc-V-FHIR-1', finished)).status).toBe(200);
    const again = await fhir('PUT', '/Encounter/enc-V-FHIR-1', finished, { language: 'en' });
    expect(again.status).toBe(200);
    expect(again.body.issue.map((i: any) => i.details.text)).toEqual(['Accepted and applied', 'The same as a submission already received: not applied again']);

    const events = await kafkaEvents('V-FHIR-1');
    expect(events.map((e) => e.type)).toEqual(['his.encounter.admitted.v1', 'his.encounter.transferred.v1', 'his.encounter.discharged.v1']);
    expect(events[0].data).toMatchObject({
      status: 'ADMITTED',
      campusId: EAST,
      locationId: BED501_1,
      wardId: WARD5,
      departmentId: CARDIOLOGY,
      precautions: ['CONTACT'],
      dietCode: 'LS',
    });
    expect(events[1].data).toMatchObject({ locationId: BED502_1, previousLocationId: BED501_1 });
    expect(events[2].data).toMatchObject({ status: 'DISCHARGED', locationId: BED502_1, dischargedAt: '2026-12-09T02:00:00.000Z' });
    const rows = await platform.query('his', `SELECT message_type, outcome, ack_code FROM his_message WHERE received_at >= $1 ORDER BY received_at`, [since]);
    expect(rows).toEqual([
      { message_type: 'Encounter^A01', outcome: 'ACCEPTED', ack_code: '201' },
      { message_type: 'Encounter^A02', outcome: 'ACCEPTED', ack_code: '200' },
      { message_type: 'Encounter^A03', outcome: 'ACCEPTED', ack_code: '200' },
    ]);
  });

  it('applies a transaction Bundle whole or not at all', async () => {
    const entry = (resource: object, method = 'POST') => ({
      resource,
      request: { method, url: method === 'POST' ? 'Encounter' : `Encounter/${(resource as { id: string }).id}` },
    });
    const refused = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [entry(encounter('V-FHIR-2')), entry(encounter('V-FHIR-3', { ward: 'E77' }))],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.resourceType).toBe('OperationOutcome');
    expect(refused.body.issue[0]).toMatchObject({ code: 'not-found', expression: ['Bundle.entry[1].resource.location[0].location.identifier.value'] });
    expect(refused.body.issue[0].details.text).toContain('E77');
    // Nothing applied: the first entry left no encounter; the refused one waits for review.
    expect(await encounterId('V-FHIR-2')).toBeUndefined();
    expect(await platform.query('his', `SELECT outcome, error_code FROM his_message WHERE error_text LIKE '%E77%'`)).toEqual([
      { outcome: 'REJECTED', error_code: 103 },
    ]);

    const applied = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [entry(encounter('V-FHIR-2')), entry(encounter('V-FHIR-3', { bed: '1', room: '502' }), 'PUT')],
    });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
    expect(applied.body.entry.map((e: any) => e.response.status)).toEqual(['201 Created', '200 OK']);
    expect((await kafkaEvents('V-FHIR-2')).map((e) => [e.type, e.data.locationId])).toEqual([['his.encounter.admitted.v1', BED501_1]]);
    expect((await kafkaEvents('V-FHIR-3')).map((e) => [e.type, e.data.locationId])).toEqual([['his.encounter.admitted.v1', BED502_1]]);
  });

  it('takes rest-hook notifications: the resource itself, and a Subscriptions Backport history Bundle', async () => {
    const bare = await fhir('POST', '/notify', encounter('V-FHIR-2', { room: '502', version: '2' }));
    expect(bare.status).toBe(200);
    const status = {
      resourceType: 'Parameters',
      parameter: [
        { name: 'type', valueCode: 'event-notification' },
        { name: 'events-since-subscription-start', valueString: '2' },
      ],
    };
    const notification = {
      resourceType: 'Bundle',
      type: 'history',
      timestamp: '2026-12-09T02:00:05Z',
      entry: [
        {
          fullUrl: 'urn:uuid:0b7d6f4e-7f0e-4a51-9a35-8f3ad0a2f3c1',
          resource: status,
          request: { method: 'GET', url: 'Subscription/admissions/$status' },
          response: { status: '200' },
        },
        {
          fullUrl: 'https://his.hospital.example/fhir/Encounter/enc-V-FHIR-2',
          resource: encounter('V-FHIR-2', { status: 'finished', room: '502', end: '2026-12-09T02:00:00Z', version: '3' }),
          request: { method: 'PUT', url: 'Encounter/enc-V-FHIR-2' },
          response: { status: '200' },
        },
      ],
    };
    expect((await fhir('POST', '/notify', notification)).status).toBe(200);
    expect((await fhir('POST', '/notify', { ...notification, entry: [notification.entry[0]] })).status).toBe(200);
    expect((await kafkaEvents('V-FHIR-2')).map((e) => e.type)).toEqual([
      'his.encounter.admitted.v1',
      'his.encounter.transferred.v1',
      'his.encounter.discharged.v1',
    ]);
  });

  it('refuses what is not valid R4 with a 400 OperationOutcome naming the element, in the caller’s language', async () => {
    const invalid = { ...encounter('V-FHIR-4'), period: { start: '2026-12-07 08:25' }, bedside: true };
    const zh = await fhir('POST', '/Encounter', invalid);
    expect(zh.status).toBe(400);
    expect(zh.body.issue.map((i: any) => [i.severity, i.code, i.expression])).toEqual([
      ['error', 'structure', ['Encounter.period.start']],
      ['error', 'structure', ['Encounter.bedside']],
    ]);
    expect(zh.body.issue[0].details.text).toContain('不符合 FHIR R4');
    expect(zh.body.issue[0].diagnostics).toBe('Invalid dateTime format');
    const en = await fhir('POST', '/Encounter', invalid, { language: 'en-US,en;q=0.9' });
    expect(en.body.issue[0].details.text).toBe('Not valid FHIR R4: Encounter.period.start Invalid dateTime format');
    expect((await fhir('PUT', '/Encounter/someone-else', encounter('V-FHIR-4'))).body.issue[0].expression).toEqual(['Encounter.id']);
    const notJson = await fhir('POST', '/Encounter', '{"resourceType": "Encounter",');
    expect([notJson.status, notJson.body.resourceType, notJson.body.issue[0].code]).toEqual([400, 'OperationOutcome', 'structure']);
    expect(await encounterId('V-FHIR-4')).toBeUndefined();
  });

  it('keeps an Encounter whose place code is unknown in the review queue, and applies it on retry once the directory has it', async () => {
    const unknown = await fhir('POST', '/Encounter', encounter('V-FHIR-5', { ward: 'E09', room: '901' }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.issue[0]).toMatchObject({ severity: 'error', code: 'not-found', expression: ['Encounter.location[0].location.identifier.value'] });
    const QUEUE = `{ hisMessages(outcome: REJECTED, first: 50) { edges { node { id messageType ackCode error { hl7Code location text } } } } }`;
    const queued = (await gateway.data(integrator, QUEUE)).hisMessages.edges.map((e: any) => e.node).find((n: any) => n.error.text.includes('E09'));
    expect(queued).toMatchObject({
      messageType: 'Encounter',
      ackCode: '422',
      error: { hl7Code: 103, location: 'Encounter.location[0].location.identifier.value' },
    });
    const RETRY = `mutation($id: ID!) { retryHisMessage(id: $id) { outcome messageType location { id } } }`;
    const ward9 = org.location(EAST, { kind: 'WARD', name: '9病区', hisCode: 'E09' });
    const room901 = org.location(EAST, { kind: 'ROOM', name: '901病房', parentId: ward9, hisCode: '901' });
    const bed901_1 = org.location(EAST, { kind: 'BED', name: '901-1床', parentId: room901, hisCode: '1' });
    await org.publishTo(platform, 'his');
    expect((await gateway.data(integrator, RETRY, { id: queued.id })).retryHisMessage).toEqual({
      outcome: 'ACCEPTED',
      messageType: 'Encounter^A01',
      location: { id: bed901_1 },
    });
    expect((await kafkaEvents('V-FHIR-5')).map((e) => [e.type, e.data.locationId, e.data.wardId])).toEqual([['his.encounter.admitted.v1', bed901_1, ward9]]);
    // The HIS resending it now is a repeat of an accepted submission: the same answer, nothing applied twice.
    expect((await fhir('POST', '/Encounter', encounter('V-FHIR-5', { ward: 'E09', room: '901' }))).status).toBe(200);
    expect(await outboxTypes('V-FHIR-5')).toEqual(['his.encounter.admitted.v1']);
  });

  it('answers 401 without a valid token of the hospital IdP and 403 without a role of group IT, as OperationOutcomes', async () => {
    const none = await fhir('GET', '/metadata', undefined, { token: null });
    expect([none.status, none.authenticate, none.body.resourceType, none.body.issue[0].code]).toEqual([401, 'Bearer', 'OperationOutcome', 'login']);
    const foreignKey = new LocalIssuer((await generateKeyPairJwk('forger')).privateJwk, IDP, 'houqin');
    expect((await fhir('POST', '/Encounter', encounter('V-FHIR-6'), { token: await foreignKey.issue(integrator) })).status).toBe(401);
    // A token the gateway accepts (another issuer) is not the HIS's.
    expect((await fhir('POST', '/Encounter', encounter('V-FHIR-6'), { token: await platform.userToken(integrator) })).status).toBe(401);
    const forbidden = await fhir('POST', '/Encounter', encounter('V-FHIR-6'), { identity: campusAdmin, language: 'en' });
    expect([forbidden.status, forbidden.body.issue[0].code, forbidden.body.issue[0].details.text]).toEqual([
      403,
      'forbidden',
      'You are not allowed to do this',
    ]);
    expect(await encounterId('V-FHIR-6')).toBeUndefined();
    const metadata = await fhir('GET', '/metadata', undefined, { identity: groupAdmin });
    expect([metadata.status, metadata.body.resourceType, metadata.body.fhirVersion]).toEqual([200, 'CapabilityStatement', '4.0.1']);
  });

  it('passes on no patient particulars: not in events, the log, spans, or the message log once applied', async () => {
    // The PUTs' server spans have arrived (they name the path), and the checks below see them.
    const spans = await eventually(async () => {
      const bodies = collector.requests.filter((r) => r.path === '/v1/traces').map((r) => r.body).join('');
      return bodies.includes('/fhir/Encounter/') ? bodies : undefined;
    }, 30_000, 'the FHIR requests’ spans');
    const everything =
      spans +
      JSON.stringify(published.map((m) => [m.key, m.value, m.headers])) +
      JSON.stringify(await platform.query('his', `SELECT data FROM outbox_event`)) +
      JSON.stringify(await platform.query('his', `SELECT * FROM his_message WHERE outcome <> 'REJECTED'`)) +
      platform.log('his');
    for (const particular of ['张三', 'P0001', '急性心肌梗死', 'V-FHIR-1', 'V-FHIR-2', 'Encounter_Roel_20130311', 'Roel', 'Chalmers'])
      expect(everything).not.toContain(particular);
    expect(spans).toContain('/fhir/Encounter/:id');
  });
});
