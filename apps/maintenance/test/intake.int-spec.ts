import { MaintenanceRole } from '@houqin/contracts';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Identity, Role } from '@houqin/platform-auth';
import { LocalS3Server } from '@houqin/platform-local-infra';
import { errorCode, graphql, OrgFixture, startTestS3Server, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Intake quality: questionnaires, answers and incomplete tickets, photos (in an S3-compatible store), duplicate reports, the rate. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const WARD5 = org.location(EAST, { name: '5病区', departmentId: CARDIOLOGY });
const WARD6 = org.location(EAST, { name: '6病区', departmentId: CARDIOLOGY });
const WARD7 = org.location(EAST, { name: '7病区', departmentId: CARDIOLOGY });
const WARD8 = org.location(EAST, { name: '8病区', departmentId: CARDIOLOGY });
org.team(EAST, '水电班', 'PLUMBING');

const groupAdmin: Identity = { subject: 'group-admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const dispatcher: Identity = { subject: 'dispatcher', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse-wang', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };
const otherNurse: Identity = { subject: 'nurse-chen', staffId: randomUUID(), name: '陈芳', roles: [Role.REQUESTER], campusIds: [EAST] };
const technician: Identity = { subject: 'tech', staffId: randomUUID(), name: '张伟', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析', roles: [Role.ANALYST], campusIds: [] };

const SET = `mutation($i: SetIntakeQuestionsInput!) { setIntakeQuestions(input: $i) { key answerType required ordinal campus { id } } }`;
const QUESTIONS = `query($c: String!, $campus: ID!) { intakeQuestions(category: $c, campusId: $campus) { key questionZh choices campus { id } } }`;
const SUBMIT = `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id status intakeAnswers { key value } incompleteIntake { missingKeys } duplicateReports { reporterName text } } }`;
const ATTACH = `mutation($i: AttachPhotoInput!) { attachPhoto(input: $i) { id contentType sizeBytes } }`;
const PHOTOS = `query($id: ID!) { workOrder(id: $id) { photos { contentType sizeBytes } } }`;

const leakQuestions = [
  {
    key: 'WATER_NEAR_ELECTRICAL',
    questionZh: '漏水处附近是否有电器设备？',
    questionEn: 'Is water near electrical equipment?',
    answerType: 'YES_NO',
    required: true,
  },
  {
    key: 'SOURCE',
    questionZh: '漏水来自哪里？',
    questionEn: 'Where does the water come from?',
    answerType: 'CHOICE',
    choices: ['天花板', '水管', '洗手池'],
    required: true,
  },
  { key: 'AREA_M2', questionZh: '积水面积（平方米）', questionEn: 'Puddle area (m²)', answerType: 'NUMBER', required: false },
];
const leak = (locationId: string, answers?: { key: string; value: string }[]) => ({
  locationId,
  category: 'PLUMBING',
  priority: 'HIGH',
  title: '漏水',
  answers,
});
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).toString('base64');

describe('maintenance intake quality (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let s3Dir: string;
  let s3: LocalS3Server;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  const viaGateway = async (identity: Identity, query: string, variables: Record<string, unknown>) =>
    graphql<Record<string, any>>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });
  const outbox = (type: string) =>
    platform
      .query<{ data: Record<string, unknown> }>('maintenance', `SELECT data FROM outbox_event WHERE type = $1 ORDER BY id`, [type])
      .then((rows) => rows.map((r) => r.data));

  beforeAll(async () => {
    s3Dir = mkdtempSync(join(tmpdir(), 'houqin-intake-s3-'));
    s3 = await startTestS3Server(s3Dir, ['houqin']);
    const store = {
      ATTACHMENT_STORE: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: s3.region,
      S3_BUCKET: 'houqin',
      S3_PREFIX: 'maintenance/attachments',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    };
    platform = await TestPlatform.start({ services: ['maintenance'], gateway: true, env: { maintenance: store } });
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(async () => {
    await platform?.stop();
    await s3?.stop();
    rmSync(s3Dir, { recursive: true, force: true });
  });

  it('sets questionnaires group-wide and per campus; a campus without its own set gets the default', async () => {
    const groupSet = (await data(groupAdmin, SET, { i: { category: 'PLUMBING', questions: leakQuestions.slice(0, 1) } })).setIntakeQuestions;
    expect(groupSet).toEqual([{ key: 'WATER_NEAR_ELECTRICAL', answerType: 'YES_NO', required: true, ordinal: 0, campus: null }]);
    expect((await data(nurse, QUESTIONS, { c: 'plumbing', campus: EAST })).intakeQuestions).toEqual([
      { key: 'WATER_NEAR_ELECTRICAL', questionZh: '漏水处附近是否有电器设备？', choices: [], campus: null },
    ]);

    const own = (await data(eastAdmin, SET, { i: { category: 'PLUMBING', campusId: EAST, questions: leakQuestions } })).setIntakeQuestions;
    expect(own.map((q: { key: string }) => q.key)).toEqual(['WATER_NEAR_ELECTRICAL', 'SOURCE', 'AREA_M2']);
    const read = (await data(technician, QUESTIONS, { c: 'PLUMBING', campus: EAST })).intakeQuestions;
    expect(read[1]).toEqual({ key: 'SOURCE', questionZh: '漏水来自哪里？', choices: ['天花板', '水管', '洗手池'], campus: { id: EAST } });

    expect(errorCode(await call(eastAdmin, SET, { i: { category: 'PLUMBING', questions: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, SET, { i: { category: 'PLUMBING', campusId: EAST, questions: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(nurse, SET, { i: { category: 'PLUMBING', campusId: EAST, questions: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(nurse, QUESTIONS, { c: 'PLUMBING', campus: WEST }))).toBe('FORBIDDEN');
    const badChoice = { ...leakQuestions[1], choices: ['水管'] };
    expect(errorCode(await call(eastAdmin, SET, { i: { category: 'PLUMBING', campusId: EAST, questions: [badChoice] } }))).toBe('INVALID_INPUT');
    expect(await outbox('maintenance.intake.questions-set.v1')).toHaveLength(2);
  });

  it('checks answers at submission: wrong ones refused, missing required ones mark the order incomplete', async () => {
    expect(errorCode(await call(nurse, SUBMIT, { i: leak(WARD5, [{ key: 'FLOOR', value: '3' }]) }))).toBe('INTAKE_QUESTION_UNKNOWN');
    expect(errorCode(await call(nurse, SUBMIT, { i: leak(WARD5, [{ key: 'SOURCE', value: '地面' }]) }))).toBe('INTAKE_ANSWER_INVALID');
    expect(errorCode(await call(nurse, SUBMIT, { i: leak(WARD5, [{ key: 'AREA_M2', value: '两平米' }]) }))).toBe('INTAKE_ANSWER_INVALID');

    const incomplete = (await data(nurse, SUBMIT, { i: leak(WARD5, [{ key: 'SOURCE', value: '水管' }]) })).submitRepairRequest;
    expect(incomplete).toMatchObject({
      status: 'SUBMITTED',
      intakeAnswers: [{ key: 'SOURCE', value: '水管' }],
      incompleteIntake: { missingKeys: ['WATER_NEAR_ELECTRICAL'] },
    });
    const complete = (
      await data(nurse, SUBMIT, {
        i: leak(WARD6, [
          { key: 'water_near_electrical', value: 'yes' },
          { key: 'SOURCE', value: '天花板' },
        ]),
      })
    ).submitRepairRequest;
    expect(complete).toMatchObject({
      intakeAnswers: [
        { key: 'WATER_NEAR_ELECTRICAL', value: 'YES' },
        { key: 'SOURCE', value: '天花板' },
      ],
      incompleteIntake: null,
    });
    expect(await outbox('maintenance.intake.answers-recorded.v1')).toEqual([
      expect.objectContaining({ workOrderId: incomplete.id, incomplete: true, missingKeys: ['WATER_NEAR_ELECTRICAL'], source: 'CONSOLE' }),
      expect.objectContaining({ workOrderId: complete.id, incomplete: false, missingKeys: [] }),
    ]);
  });

  it('links a second report of an open fault to its order, once even when both arrive together', async () => {
    const [first, second] = await Promise.all([
      data(nurse, SUBMIT, { i: { ...leak(WARD7), title: '7病区走廊天花板漏水' } }),
      data(otherNurse, SUBMIT, { i: { ...leak(WARD7), title: '走廊漏水', answers: [{ key: 'SOURCE', value: '天花板' }] } }),
    ]);
    expect(first.submitRepairRequest.id).toBe(second.submitRepairRequest.id);
    const orders = await platform.query('maintenance', `SELECT id FROM work_order WHERE location_id = $1`, [WARD7]);
    expect(orders).toHaveLength(1);
    const reports = (await data(dispatcher, `query($id: ID!) { workOrder(id: $id) { duplicateReports { reporterName text } } }`, { id: orders[0].id }))
      .workOrder.duplicateReports;
    expect(reports).toHaveLength(1);
    expect(['7病区走廊天花板漏水', '走廊漏水']).toContain(reports[0].text);
    expect(await outbox('maintenance.intake.duplicate-reported.v1')).toEqual([
      expect.objectContaining({ workOrderId: orders[0].id, locationId: WARD7, category: 'PLUMBING', assetId: null }),
    ]);

    // Another trade at the same place is another fault; a dispatcher may open a second order on purpose.
    const electrical = (await data(nurse, SUBMIT, { i: { ...leak(WARD7), category: 'ELECTRICAL' } })).submitRepairRequest;
    expect(electrical.id).not.toBe(orders[0].id);
    expect((await data(dispatcher, SUBMIT, { i: leak(WARD7) })).submitRepairRequest.id).not.toBe(orders[0].id);

    // Once the order is no longer open, the same fault is a new order.
    await data(dispatcher, `mutation($i: WorkOrderReasonInput!) { cancelWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: electrical.id, reason: '重复' },
    });
    expect((await data(nurse, SUBMIT, { i: { ...leak(WARD7), category: 'ELECTRICAL' } })).submitRepairRequest.id).not.toBe(electrical.id);
  });

  it('attaches photos by their real type, up to six, for the requester and campus staff', async () => {
    const { id } = (await data(nurse, SUBMIT, { i: leak(WARD8) })).submitRepairRequest;
    expect((await data(nurse, ATTACH, { i: { workOrderId: id, contentType: 'image/jpeg', base64: JPEG } })).attachPhoto).toMatchObject({
      contentType: 'image/jpeg',
      sizeBytes: 10,
    });
    expect(errorCode(await call(nurse, ATTACH, { i: { workOrderId: id, contentType: 'image/jpeg', base64: PNG } }))).toBe('PHOTO_TYPE_NOT_ALLOWED');
    const pdf = Buffer.from('%PDF-1.7 fake').toString('base64');
    expect(errorCode(await call(nurse, ATTACH, { i: { workOrderId: id, contentType: 'image/png', base64: pdf } }))).toBe('PHOTO_TYPE_NOT_ALLOWED');
    expect(errorCode(await call(otherNurse, ATTACH, { i: { workOrderId: id, contentType: 'image/png', base64: PNG } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, ATTACH, { i: { workOrderId: id, contentType: 'image/png', base64: PNG } }))).toBe('NOT_FOUND');
    // A phone photo of 4 MB is accepted (the request carries it base64-encoded); one over 5 MB is refused.
    const photo = (bytes: number) => Buffer.concat([Buffer.from(JPEG, 'base64'), Buffer.alloc(bytes - 10)]).toString('base64');
    expect((await data(technician, ATTACH, { i: { workOrderId: id, contentType: 'image/jpeg', base64: photo(4 * 1024 * 1024) } })).attachPhoto.sizeBytes).toBe(
      4 * 1024 * 1024,
    );
    expect(errorCode(await call(nurse, ATTACH, { i: { workOrderId: id, contentType: 'image/jpeg', base64: photo(5 * 1024 * 1024 + 1) } }))).toBe(
      'PHOTO_TOO_LARGE',
    );
    for (const who of [dispatcher, nurse, nurse, nurse]) await data(who, ATTACH, { i: { workOrderId: id, contentType: 'image/png', base64: PNG } });
    expect(errorCode(await call(nurse, ATTACH, { i: { workOrderId: id, contentType: 'image/png', base64: PNG } }))).toBe('PHOTO_LIMIT_REACHED');
    const photos = (await data(nurse, PHOTOS, { id })).workOrder.photos;
    expect(photos).toHaveLength(6);
    expect(photos[0]).toEqual({ contentType: 'image/jpeg', sizeBytes: 10 });
    // Downloads through the gateway give back exactly the uploaded bytes, to whoever may read the order only.
    const DOWNLOAD = `query($id: ID!) { workOrder(id: $id) { photos { dataBase64 } } }`;
    const downloaded = (await viaGateway(nurse, DOWNLOAD, { id })).data?.workOrder.photos.map((p: { dataBase64: string }) => p.dataBase64);
    expect(downloaded).toEqual([JPEG, photo(4 * 1024 * 1024), PNG, PNG, PNG, PNG]);
    expect(errorCode(await viaGateway(westAdmin, DOWNLOAD, { id }))).toBe('NOT_FOUND');
    // Bytes that no longer match the checksum taken at upload are refused.
    await platform.query('maintenance', `UPDATE work_order_attachment SET sha256 = repeat('0', 64) WHERE work_order_id = $1 AND size_bytes = 10`, [id]);
    expect(errorCode(await viaGateway(dispatcher, DOWNLOAD, { id }))).toBe('ATTACHMENT_CORRUPT');
    // Refused uploads leave no file behind.
    const stored = await platform.query<{ n: number }>('maintenance', `SELECT count(*)::int AS n FROM work_order_attachment WHERE work_order_id = $1`, [id]);
    expect(stored[0].n).toBe(6);
    const credentials = { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey };
    const bucket = new S3Client({ endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials });
    const objects = await bucket.send(new ListObjectsV2Command({ Bucket: 'houqin', Prefix: 'maintenance/attachments/' }));
    bucket.destroy();
    expect(objects.KeyCount).toBe(6);
    expect(await outbox('maintenance.intake.photo-attached.v1')).toHaveLength(6);
  });

  it('measures the incomplete-ticket rate and duplicate reports by category and month', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const Q = `query($g: IntakeQualityGrouping!, $from: DateTime!, $to: DateTime!) { intakeQuality(campusId: "${EAST}", from: $from, to: $to, groupBy: $g) { key orders incomplete incompleteRate duplicateReports } }`;
    const byCategory = (await data(analyst, Q, { g: 'CATEGORY', from, to })).intakeQuality;
    // PLUMBING: WARD5, WARD6 (complete), WARD7, the dispatcher's WARD7, WARD8: 5 orders, 4 without every required answer.
    expect(byCategory).toEqual([
      { key: 'ELECTRICAL', orders: 2, incomplete: 0, incompleteRate: 0, duplicateReports: 0 },
      { key: 'PLUMBING', orders: 5, incomplete: 4, incompleteRate: 0.8, duplicateReports: 1 },
    ]);
    const byMonth = (await data(dispatcher, Q, { g: 'MONTH', from, to })).intakeQuality;
    expect(byMonth.reduce((n: number, r: { orders: number }) => n + r.orders, 0)).toBe(7);
    expect(errorCode(await call(nurse, Q, { g: 'MONTH', from, to }))).toBe('FORBIDDEN');
    expect(errorCode(await call(analyst, Q, { g: 'MONTH', from: to, to: from }))).toBe('INVALID_DATE_RANGE');
  });
});
