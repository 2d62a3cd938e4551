import { OutboundMessage } from './outbound-channel';
import { TestHttpReceiver } from '@houqin/platform-testing';
import { WecomRobotChannel } from './wecom-robot.channel';

/** The group robot against a real HTTP server standing in for qyapi.weixin.qq.com. */
describe('WeCom group robot channel (real HTTP receiver)', () => {
  let receiver: TestHttpReceiver;
  const ok = { json: { errcode: 0, errmsg: 'ok' } };
  const alert: OutboundMessage = {
    title: '工单 WO-2026-0412 已超时',
    body: '东院区 3 号楼 5 层护士站空调不制冷，已超过 4 小时未到场。',
    language: 'zh-CN',
    severity: 'URGENT',
    link: 'https://houqin.hospital.example.cn/maintenance/work-orders/WO-2026-0412',
  };
  const zhang = { personId: 'staff-0012', wecomUserId: 'ZhangWei' };
  const channel = (timeoutMs?: number) => new WecomRobotChannel({ webhookUrl: `${receiver.origin}/cgi-bin/webhook/send?key=robot-key-1`, timeoutMs });

  beforeAll(async () => (receiver = await TestHttpReceiver.start(() => ok)));
  afterAll(() => receiver?.close());
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.responder = () => ok;
  });

  it('posts one markdown message to the webhook with the key, mentioning the person', async () => {
    expect(await channel().send(alert, zhang)).toEqual({ status: 'DELIVERED', providerMessageId: null });

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/cgi-bin/webhook/send');
    expect(request.query.get('key')).toBe('robot-key-1');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request.body)).toEqual({
      msgtype: 'markdown',
      markdown: {
        content:
          '**<font color="warning">【紧急】</font>工单 WO-2026-0412 已超时**\n' +
          '东院区 3 号楼 5 层护士站空调不制冷，已超过 4 小时未到场。\n\n' +
          '[查看详情](https://houqin.hospital.example.cn/maintenance/work-orders/WO-2026-0412)\n<@ZhangWei>',
      },
    });
  });

  it('keeps the content within 4096 bytes of UTF-8, whole characters only', async () => {
    await channel().send({ ...alert, body: '超'.repeat(3000), severity: 'INFO', language: 'en' }, { personId: 'staff-0013' });
    const content: string = JSON.parse(receiver.requests[0].body).markdown.content;
    expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(4096);
    expect(content).toMatch(/^\*\*<font color="info">【Info】<\/font>/);
    expect(content).toMatch(/超…\n\n\[View details\]\(https:\/\/houqin/);
    expect(content).not.toContain('<@');
  });

  it('reads WeCom errcodes: 45009 (rate limit) passes, 93000 (invalid webhook) does not', async () => {
    receiver.responder = () => ({ json: { errcode: 45009, errmsg: 'api freq out of limit' } });
    expect(await channel().send(alert, zhang)).toEqual({ status: 'RETRYABLE', error: 'WeCom errcode 45009: api freq out of limit' });
    receiver.responder = () => ({ json: { errcode: 93000, errmsg: 'invalid webhook url' } });
    expect(await channel().send(alert, zhang)).toEqual({ status: 'PERMANENT', error: 'WeCom errcode 93000: invalid webhook url' });
  });

  it('retries after HTTP 500 and succeeds on the next attempt; HTTP 400 is final', async () => {
    receiver.responder = () => ({ status: 500, text: 'upstream broke' });
    expect(await channel().send(alert, zhang)).toEqual({ status: 'RETRYABLE', error: 'HTTP 500: upstream broke' });
    receiver.responder = () => ok;
    expect(await channel().send(alert, zhang)).toEqual({ status: 'DELIVERED', providerMessageId: null });

    receiver.responder = () => ({ status: 400, text: 'bad request' });
    expect(await channel().send(alert, zhang)).toEqual({ status: 'PERMANENT', error: 'HTTP 400: bad request' });
    receiver.responder = () => ({ status: 429, text: 'slow down', headers: { 'retry-after': '30' } });
    expect(await channel().send(alert, zhang)).toEqual({ status: 'RETRYABLE', error: 'HTTP 429: slow down', retryAfterMs: 30_000 });
  });

  it('gives up on a receiver that never answers after the timeout, and says so without the key', async () => {
    receiver.responder = () => 'hang';
    const started = Date.now();
    const outcome = await channel(300).send(alert, zhang);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome).toEqual({ status: 'RETRYABLE', error: `${new URL(receiver.origin).host} did not answer within 300 ms` });
  });

  it('treats a refused connection as retryable', async () => {
    const gone = await TestHttpReceiver.start(() => ok);
    const webhookUrl = `${gone.origin}/cgi-bin/webhook/send?key=robot-key-1`;
    await gone.close();
    const outcome = await new WecomRobotChannel({ webhookUrl }).send(alert, zhang);
    expect(outcome).toMatchObject({ status: 'RETRYABLE', error: expect.stringContaining('ECONNREFUSED') });
    expect(outcome).not.toMatchObject({ error: expect.stringContaining('robot-key-1') });
  });
});
