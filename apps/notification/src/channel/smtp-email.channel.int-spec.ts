import { ParsedMail, simpleParser } from 'mailparser';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo, Server, Socket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { OutboundMessage } from './outbound-channel';
import { SmtpEmailChannel, SmtpEmailSettings } from './smtp-email.channel';

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/** A self-signed certificate for 127.0.0.1, made by openssl for this run: a relay with the hospital's own CA. */
function loopbackCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'houqin-smtp-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'].concat([
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The e-mail channel against a real SMTP server (smtp-server) on 127.0.0.1 that requires AUTH. */
describe('SMTP e-mail channel (real SMTP server)', () => {
  let server: SMTPServer;
  let port: number;
  const received: { mail: ParsedMail; user: unknown; from: string; to: string[] }[] = [];

  const alert: OutboundMessage = {
    title: '巡检漏检：东院区 3 号楼配电室',
    body: '今日 14:00 的配电室巡检未完成打卡。\n\n请值班电工尽快补检，并在系统中说明原因。',
    language: 'zh-CN',
    severity: 'URGENT',
    link: 'https://houqin.hospital.example.cn/maintenance/inspections/IR-2026-1207-03',
  };
  const zhao = { personId: 'staff-0077', email: 'zhao.min@hospital.example.cn' };
  const settings = (overrides: Partial<SmtpEmailSettings> = {}): SmtpEmailSettings => ({
    host: '127.0.0.1',
    port,
    secure: false,
    requireTls: false,
    user: 'houqin',
    password: 'mail-secret',
    from: '"后勤平台" <houqin-noreply@hospital.example.cn>',
    ...overrides,
  });

  beforeAll(async () => {
    server = new SMTPServer({
      // No TLS in the test: AUTH over the plain loopback connection.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'houqin' && auth.password === 'mail-secret') callback(null, { user: 'houqin' });
        else callback(smtpError('Authentication credentials invalid', 535));
      },
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('nobody@')) return callback(smtpError('5.1.1 No such user here', 550));
        if (address.address.startsWith('greylisted@')) return callback(smtpError('4.7.1 Greylisted, please try again later', 451));
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push({
              mail,
              user: session.user,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            });
            callback(null, 'Message queued as Q1');
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));
  beforeEach(() => (received.length = 0));

  it('delivers one authenticated mail whose Chinese subject and body arrive intact, as text and HTML', async () => {
    const outcome = await new SmtpEmailChannel(settings()).send(alert, zhao);
    expect(outcome).toEqual({ status: 'DELIVERED', providerMessageId: expect.stringMatching(/^<.+@.+>$/) });

    expect(received).toHaveLength(1);
    const [{ mail, user, from, to }] = received;
    expect(user).toBe('houqin');
    expect(from).toBe('houqin-noreply@hospital.example.cn');
    expect(to).toEqual(['zhao.min@hospital.example.cn']);
    expect(mail.messageId).toBe(outcome.status === 'DELIVERED' ? outcome.providerMessageId : null);
    expect(mail.from?.value).toEqual([{ name: '后勤平台', address: 'houqin-noreply@hospital.example.cn' }]);
    expect(mail.subject).toBe('【紧急】巡检漏检：东院区 3 号楼配电室');
    expect(mail.text).toBe(
      '今日 14:00 的配电室巡检未完成打卡。\n\n请值班电工尽快补检，并在系统中说明原因。\n\n查看详情: https://houqin.hospital.example.cn/maintenance/inspections/IR-2026-1207-03\n',
    );
    expect(mail.html).toContain('<p>今日 14:00 的配电室巡检未完成打卡。</p>\n<p>请值班电工尽快补检，并在系统中说明原因。</p>');
    expect(mail.html).toContain('<a href="https://houqin.hospital.example.cn/maintenance/inspections/IR-2026-1207-03">查看详情</a>');
    // mailparser reads X-Priority, X-MSMail-Priority and Importance into one header.
    expect(mail.headers.get('priority')).toBe('high');
  });

  it('writes English mail in English, escaping the HTML, at normal priority', async () => {
    await new SmtpEmailChannel(settings()).send({ ...alert, language: 'en', severity: 'INFO', title: 'Lot expiring', body: 'Saline <0.9%> & more' }, zhao);
    const [{ mail }] = received;
    expect(mail.subject).toBe('【Info】Lot expiring');
    expect(mail.html).toContain('<p>Saline &lt;0.9%&gt; &amp; more</p>');
    expect(mail.html).toContain('>View details</a>');
    expect(mail.headers.get('priority')).toBeUndefined();
  });

  it('reads SMTP replies: 550 (no such user) is final, 451 (greylisted) passes, then succeeds', async () => {
    const mail = new SmtpEmailChannel(settings());
    expect(await mail.send(alert, { personId: 'staff-0078', email: 'nobody@hospital.example.cn' })).toEqual({
      status: 'PERMANENT',
      error: expect.stringContaining('550 5.1.1 No such user here'),
    });
    expect(await mail.send(alert, { personId: 'staff-0079', email: 'greylisted@hospital.example.cn' })).toEqual({
      status: 'RETRYABLE',
      error: expect.stringContaining('451 4.7.1 Greylisted'),
    });
    expect(await mail.send(alert, zhao)).toMatchObject({ status: 'DELIVERED' });
    expect(received).toHaveLength(1);
  });

  it('fails permanently on a wrong password (535) and on a missing or malformed address', async () => {
    expect(await new SmtpEmailChannel(settings({ password: 'wrong' })).send(alert, zhao)).toEqual({
      status: 'PERMANENT',
      error: expect.stringContaining('EAUTH 535'),
    });
    for (const email of [undefined, 'zhao.min', 'zhao min@hospital.example.cn'])
      expect(await new SmtpEmailChannel(settings()).send(alert, { personId: 'staff-0080', email })).toEqual({
        status: 'PERMANENT',
        error: 'no valid e-mail address for person staff-0080',
      });
    expect(received).toHaveLength(0);
  });

  it('will not send in clear text when TLS is required and the server offers no STARTTLS', async () => {
    expect(await new SmtpEmailChannel(settings({ requireTls: true })).send(alert, zhao)).toMatchObject({
      status: 'PERMANENT',
      error: expect.stringMatching(/^ETLS /),
    });
    expect(received).toHaveLength(0);
  });

  it('upgrades with STARTTLS before AUTH, trusting the relay by the configured CA and by nothing else', async () => {
    const { key, cert } = loopbackCertificate();
    const tlsReceived: { secure: boolean; subject: string | undefined }[] = [];
    const tlsServer = new SMTPServer({
      key,
      cert,
      logger: false,
      onAuth: (auth, session, callback) =>
        // Without allowInsecureAuth, smtp-server itself refuses AUTH before the upgrade.
        auth.username === 'houqin' && auth.password === 'mail-secret' ? callback(null, { user: 'houqin' }) : callback(smtpError('Authentication failed', 535)),
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          tlsReceived.push({ secure: session.secure, subject: mail.subject });
          callback(null, 'Message queued as T1');
        }, callback);
      },
    });
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    try {
      const tlsPort = (tlsServer.server.address() as AddressInfo).port;
      expect(await new SmtpEmailChannel(settings({ port: tlsPort, requireTls: true, tlsCa: cert })).send(alert, zhao)).toMatchObject({ status: 'DELIVERED' });
      expect(tlsReceived).toEqual([{ secure: true, subject: '【紧急】巡检漏检：东院区 3 号楼配电室' }]);

      // A certificate nobody vouches for is a setup to fix, not a moment to wait out.
      expect(await new SmtpEmailChannel(settings({ port: tlsPort, requireTls: true })).send(alert, zhao)).toEqual({
        status: 'PERMANENT',
        error: expect.stringMatching(/^ESOCKET DEPTH_ZERO_SELF_SIGNED_CERT self-signed certificate/),
      });
      expect(tlsReceived).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
    }
  });

  it('gives up on a server that accepts the connection but never greets, after the timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const outcome = await new SmtpEmailChannel(settings({ port: (silent.address() as AddressInfo).port, timeoutMs: 400 })).send(alert, zhao);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(outcome).toMatchObject({ status: 'RETRYABLE' });
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('treats a refused connection as retryable', async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await new SmtpEmailChannel(settings({ port: closedPort })).send(alert, zhao)).toMatchObject({
      status: 'RETRYABLE',
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
