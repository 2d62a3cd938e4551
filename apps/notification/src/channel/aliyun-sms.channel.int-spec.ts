import { createHmac } from 'node:crypto';
import { AliyunSmsChannel, AliyunSmsSettings } from './aliyun-sms.channel';
import { OutboundMessage } from './outbound-channel';
import { Answer, ReceivedRequest, TestHttpReceiver } from '@houqin/platform-testing';

const SECRET = 'sms-access-key-secret';

/**
 * The gateway's side of the signature, written apart from the channel's signer (byte-wise RFC 3986 encoding), so a
 * mistake in one is not repeated in the other.
 */
function verifySignature(method: string, form: URLSearchParams, secret: string): boolean {
  const encode = (text: string) =>
    [...Buffer.from(text, 'utf8')]
      .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
      .join('');
  const pairs = [...form.entries()].filter(([name]) => name !== 'Signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  const expected = createHmac('sha1', `${secret}&`)
    .update(`${method}&${encode('/')}&${encode(canonical)}`)
    .digest('base64');
  return form.get('Signature') === expected;
}

/** The SMS channel against a real HTTP server playing Alibaba Cloud's SendSms, which checks every signature. */
describe('Alibaba Cloud SMS channel (real HTTP receiver)', () => {
  let receiver: TestHttpReceiver;
  let business: (form: URLSearchParams) => Answer;

  const alert: OutboundMessage = {
    title: '库存低于储备：医用外科口罩',
    body: '东院区中心库医用外科口罩库存 1,200 只，低于储备 5,000 只。',
    language: 'zh-CN',
    severity: 'URGENT',
    link: 'https://houqin.hospital.example.cn/materials/items/M-0007',
  };
  const wang = { personId: 'staff-0045', mobile: '+86 139-1234-5678' };
  const settings = (overrides: Partial<AliyunSmsSettings> = {}): AliyunSmsSettings => ({
    endpoint: `${receiver.origin}/`,
    accessKeyId: 'LTAI-test-key',
    accessKeySecret: SECRET,
    signName: '某某医院后勤',
    templateCode: 'SMS_480000001',
    templateCodeEn: 'SMS_480000002',
    ...overrides,
  });
  const forms = () => receiver.requests.map((r) => new URLSearchParams(r.body));

  const gateway = (request: ReceivedRequest): Answer => {
    const form = new URLSearchParams(request.body);
    if (!verifySignature(request.method, form, SECRET))
      return { status: 400, json: { Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.', RequestId: 'r-1' } };
    return business(form);
  };
  const ok = (): Answer => ({ json: { Code: 'OK', Message: 'OK', BizId: `biz-${receiver.requests.length}^0`, RequestId: 'r-ok' } });

  beforeAll(async () => (receiver = await TestHttpReceiver.start(gateway)));
  afterAll(() => receiver?.close());
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.responder = gateway;
    business = ok;
  });

  it('sends SendSms as a signed POST form the gateway verifies, with the template variables', async () => {
    const before = Date.now();
    expect(await new AliyunSmsChannel(settings()).send(alert, wang)).toEqual({ status: 'DELIVERED', providerMessageId: 'biz-1^0' });

    const [request] = receiver.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    // Spaces and pluses arrive percent-encoded, never as '+', so form decoding and RFC 3986 agree.
    expect(request.body).not.toMatch(/\+/);
    const form = forms()[0];
    expect(Object.fromEntries([...form.entries()].filter(([name]) => !['Signature', 'SignatureNonce', 'Timestamp'].includes(name)))).toEqual({
      AccessKeyId: 'LTAI-test-key',
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: '13912345678',
      RegionId: 'cn-hangzhou',
      SignName: '某某医院后勤',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_480000001',
      TemplateParam: '{"severity":"紧急","title":"库存低于储备：医用外科口罩"}',
      Version: '2017-05-25',
    });
    expect(form.get('Timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(form.get('Timestamp') ?? '')).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it('signs each request with a new nonce', async () => {
    const sms = new AliyunSmsChannel(settings());
    await sms.send(alert, wang);
    await sms.send(alert, wang);
    const [a, b] = forms().map((f) => f.get('SignatureNonce'));
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it('uses the English template for English messages and cuts variables to 35 characters', async () => {
    const title = 'Inspection round missed: East campus, building 3, every floor';
    await new AliyunSmsChannel(settings()).send({ ...alert, language: 'en', severity: 'INFO', title }, wang);
    const form = forms()[0];
    expect(form.get('TemplateCode')).toBe('SMS_480000002');
    expect(JSON.parse(form.get('TemplateParam') ?? '')).toEqual({ severity: 'Info', title: `${title.slice(0, 34)}…` });
  });

  it('fails permanently when the gateway refuses the signature (a wrong secret)', async () => {
    expect(await new AliyunSmsChannel(settings({ accessKeySecret: 'wrong' })).send(alert, wang)).toEqual({
      status: 'PERMANENT',
      error: 'HTTP 400 SignatureDoesNotMatch: Specified signature is not matched with our calculation.',
    });
  });

  it('reads the business codes: flow control passes, an illegal number does not', async () => {
    business = () => ({ json: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1', RequestId: 'r-2' } });
    expect(await new AliyunSmsChannel(settings()).send(alert, wang)).toEqual({
      status: 'RETRYABLE',
      error: 'HTTP 200 isv.BUSINESS_LIMIT_CONTROL: 触发分钟级流控Permits:1',
    });
    business = () => ({ json: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号', RequestId: 'r-3' } });
    expect(await new AliyunSmsChannel(settings()).send(alert, wang)).toEqual({ status: 'PERMANENT', error: 'HTTP 200 isv.MOBILE_NUMBER_ILLEGAL: 非法手机号' });
  });

  it('retries after HTTP 500 and succeeds on the next attempt; HTTP 400 is final', async () => {
    const sms = new AliyunSmsChannel(settings());
    receiver.responder = () => ({ status: 500, json: { Code: 'InternalError', Message: 'The request processing has failed due to some unknown error.' } });
    expect(await sms.send(alert, wang)).toMatchObject({ status: 'RETRYABLE', error: expect.stringMatching(/^HTTP 500 InternalError/) });
    receiver.responder = gateway;
    expect(await sms.send(alert, wang)).toEqual({ status: 'DELIVERED', providerMessageId: 'biz-2^0' });
    receiver.responder = () => ({ status: 400, json: { Code: 'MissingPhoneNumbers', Message: 'PhoneNumbers is mandatory for this action.' } });
    expect(await sms.send(alert, wang)).toEqual({ status: 'PERMANENT', error: 'HTTP 400 MissingPhoneNumbers: PhoneNumbers is mandatory for this action.' });
    receiver.responder = () => ({ status: 400, json: { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' } });
    expect(await sms.send(alert, wang)).toMatchObject({ status: 'RETRYABLE' });
  });

  it('refuses a number that is not a mainland mobile without calling the gateway', async () => {
    for (const mobile of [undefined, '010-12345678', '1391234567', '+1 415 555 0100'])
      expect(await new AliyunSmsChannel(settings()).send(alert, { personId: 'staff-0046', mobile })).toEqual({
        status: 'PERMANENT',
        error: 'no valid mainland mobile number for person staff-0046',
      });
    expect(receiver.requests).toHaveLength(0);
  });

  it('gives up on a stalled gateway after the timeout', async () => {
    receiver.responder = () => 'hang';
    const started = Date.now();
    expect(await new AliyunSmsChannel(settings({ timeoutMs: 300 })).send(alert, wang)).toEqual({
      status: 'RETRYABLE',
      error: `${new URL(receiver.origin).host} did not answer within 300 ms`,
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
