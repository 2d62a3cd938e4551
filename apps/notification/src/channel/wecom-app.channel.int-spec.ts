import { OutboundMessage } from './outbound-channel';
import { Answer, ReceivedRequest, TestHttpReceiver } from '@houqin/platform-testing';
import { WecomAppChannel, WecomAppSettings } from './wecom-app.channel';

/**
 * The application-message channel against a real HTTP server playing WeCom: gettoken issues numbered tokens, and
 * message/send accepts only tokens it has not revoked.
 */
describe('WeCom application message channel (real HTTP receiver)', () => {
  let receiver: TestHttpReceiver;
  let issued: number;
  let valid: Set<string>;
  let sendAnswer: (request: ReceivedRequest) => Answer;
  let clock: number;

  const alert: OutboundMessage = {
    title: '特种设备检验即将到期',
    body: '西院区 2 号电梯（梯号 XY-02）定期检验合格证将于 2026-12-20 到期，请安排检验。',
    language: 'zh-CN',
    severity: 'WARNING',
    link: 'https://houqin.hospital.example.cn/maintenance/assets/XY-02',
  };
  const li = { personId: 'staff-0031', wecomUserId: 'LiNa' };
  const settings = (overrides: Partial<WecomAppSettings> = {}): WecomAppSettings => ({
    baseUrl: receiver.origin,
    corpId: 'ww1234567890abcdef',
    corpSecret: 'app-secret',
    agentId: 1000002,
    ...overrides,
  });
  const channel = (overrides: Partial<WecomAppSettings> = {}) => new WecomAppChannel(settings(overrides), () => clock);
  const gettokens = () => receiver.requests.filter((r) => r.path === '/cgi-bin/gettoken');
  const sends = () => receiver.requests.filter((r) => r.path === '/cgi-bin/message/send');

  const weCom = (request: ReceivedRequest): Answer => {
    if (request.path === '/cgi-bin/gettoken') {
      if (request.query.get('corpsecret') !== 'app-secret') return { json: { errcode: 40001, errmsg: 'invalid credential' } };
      const token = `token-${++issued}`;
      valid.add(token);
      return { json: { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 } };
    }
    if (!valid.has(request.query.get('access_token') ?? '')) return { json: { errcode: 42001, errmsg: 'access_token expired' } };
    return sendAnswer(request);
  };
  const accepted = (): Answer => ({ json: { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `msg-${sends().length}` } });

  beforeAll(async () => (receiver = await TestHttpReceiver.start(weCom)));
  afterAll(() => receiver?.close());
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.responder = weCom;
    issued = 0;
    valid = new Set();
    sendAnswer = accepted;
    clock = Date.parse('2026-12-07T01:00:00Z');
  });

  it('sends a text card to the person by userid, from the agent, with duplicate check on', async () => {
    expect(await channel().send(alert, li)).toEqual({ status: 'DELIVERED', providerMessageId: 'msg-1' });

    const [token] = gettokens();
    expect(token.method).toBe('GET');
    expect(Object.fromEntries(token.query)).toEqual({ corpid: 'ww1234567890abcdef', corpsecret: 'app-secret' });
    const [send] = sends();
    expect(send.method).toBe('POST');
    expect(send.query.get('access_token')).toBe('token-1');
    expect(JSON.parse(send.body)).toEqual({
      touser: 'LiNa',
      msgtype: 'textcard',
      agentid: 1000002,
      enable_duplicate_check: 1,
      duplicate_check_interval: 1800,
      textcard: {
        title: '特种设备检验即将到期',
        description: '<div class="highlight">警告</div><div class="normal">西院区 2 号电梯（梯号 XY-02）定期检验合格证将于 2026-12-20 到期，请安排检验。</div>',
        url: 'https://houqin.hospital.example.cn/maintenance/assets/XY-02',
        btntxt: '详情',
      },
    });
  });

  it('sends plain text with the link when so configured, escaping the body for WeCom', async () => {
    const english = { ...alert, language: 'en' as const, severity: 'INFO' as const, title: 'Lot expiring', body: 'Lot L-7 <saline> expires in 30 days & more' };
    await channel({ messageType: 'text' }).send(english, li);
    expect(JSON.parse(sends()[0].body)).toMatchObject({
      msgtype: 'text',
      text: {
        content:
          '【Info】Lot expiring\nLot L-7 <saline> expires in 30 days & more\n<a href="https://houqin.hospital.example.cn/maintenance/assets/XY-02">View details</a>',
      },
    });
    await channel().send(english, li);
    expect(JSON.parse(sends()[1].body).textcard).toMatchObject({
      description: '<div class="gray">Info</div><div class="normal">Lot L-7 &lt;saline&gt; expires in 30 days &amp; more</div>',
      btntxt: 'More',
    });
  });

  it('keeps one token for every send until shortly before expires_in, then fetches a new one', async () => {
    const wecom = channel();
    for (let i = 0; i < 3; i++) expect(await wecom.send(alert, li)).toMatchObject({ status: 'DELIVERED' });
    expect(gettokens()).toHaveLength(1);

    clock += 7200_000 - 6 * 60_000; // 6 minutes before expiry: still good
    await wecom.send(alert, li);
    expect(gettokens()).toHaveLength(1);
    clock += 2 * 60_000; // inside the 5-minute margin: refresh
    await wecom.send(alert, li);
    expect(gettokens()).toHaveLength(2);
    expect(sends().map((r) => r.query.get('access_token'))).toEqual(['token-1', 'token-1', 'token-1', 'token-1', 'token-2']);
  });

  it('asks for one token when many sends start at once', async () => {
    const wecom = channel();
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map(() => wecom.send(alert, li)));
    expect(outcomes.every((o) => o.status === 'DELIVERED')).toBe(true);
    expect(gettokens()).toHaveLength(1);
  });

  it('refreshes the token once when WeCom says it expired (42001), and sends again', async () => {
    const wecom = channel();
    await wecom.send(alert, li);
    valid.clear(); // WeCom revoked token-1 before its time
    expect(await wecom.send(alert, li)).toEqual({ status: 'DELIVERED', providerMessageId: 'msg-3' });
    expect(gettokens()).toHaveLength(2);
    expect(sends().map((r) => r.query.get('access_token'))).toEqual(['token-1', 'token-1', 'token-2']);
  });

  it('refreshes only once: a fresh token refused too is retryable, not a loop', async () => {
    sendAnswer = () => ({ json: { errcode: 40014, errmsg: 'invalid access_token' } });
    expect(await channel().send(alert, li)).toEqual({ status: 'RETRYABLE', error: 'WeCom refused a fresh access_token: errcode 40014: invalid access_token' });
    expect(gettokens()).toHaveLength(2);
    expect(sends()).toHaveLength(2);
  });

  it('fails permanently on a wrong secret, without sending', async () => {
    expect(await channel({ corpSecret: 'wrong' }).send(alert, li)).toEqual({ status: 'PERMANENT', error: 'WeCom errcode 40001: invalid credential' });
    expect(sends()).toHaveLength(0);
  });

  it('fails permanently for a person WeCom does not know, or without a userid', async () => {
    sendAnswer = () => ({ json: { errcode: 81013, errmsg: 'user & party & tag all invalid', invaliduser: 'LiNa' } });
    expect(await channel().send(alert, li)).toEqual({ status: 'PERMANENT', error: 'WeCom errcode 81013: user & party & tag all invalid' });
    sendAnswer = () => ({ json: { errcode: 0, errmsg: 'ok', invaliduser: 'Someone|LiNa', msgid: 'msg-x' } });
    expect(await channel().send(alert, li)).toMatchObject({ status: 'PERMANENT', error: expect.stringContaining('LiNa as invalid user') });

    const before = receiver.requests.length;
    expect(await channel().send(alert, { personId: 'staff-0099' })).toEqual({ status: 'PERMANENT', error: 'no WeCom userid for person staff-0099' });
    expect(receiver.requests).toHaveLength(before);
  });

  it('retries after HTTP 500 and succeeds on the next attempt; HTTP 400 is final; errcode -1 (busy) passes', async () => {
    const wecom = channel();
    sendAnswer = () => ({ status: 500, text: 'Internal Server Error' });
    expect(await wecom.send(alert, li)).toEqual({ status: 'RETRYABLE', error: 'HTTP 500: Internal Server Error' });
    sendAnswer = accepted;
    expect(await wecom.send(alert, li)).toMatchObject({ status: 'DELIVERED' });
    sendAnswer = () => ({ status: 400, text: 'Bad Request' });
    expect(await wecom.send(alert, li)).toEqual({ status: 'PERMANENT', error: 'HTTP 400: Bad Request' });
    sendAnswer = () => ({ json: { errcode: -1, errmsg: 'system busy' } });
    expect(await wecom.send(alert, li)).toEqual({ status: 'RETRYABLE', error: 'WeCom errcode -1: system busy' });
  });

  it('bounds a stalled gettoken and a stalled send by the timeout', async () => {
    receiver.responder = () => 'hang';
    const host = new URL(receiver.origin).host;
    let started = Date.now();
    expect(await channel({ timeoutMs: 250 }).send(alert, li)).toEqual({ status: 'RETRYABLE', error: `${host} did not answer within 250 ms` });
    expect(Date.now() - started).toBeLessThan(2000);

    receiver.responder = weCom;
    sendAnswer = () => 'hang';
    started = Date.now();
    expect(await channel({ timeoutMs: 250 }).send(alert, li)).toEqual({ status: 'RETRYABLE', error: `${host} did not answer within 250 ms` });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
