import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelSettings, outboundChannels } from './channel-settings';
import { QuietHours } from './quiet-hours';
import { DEFAULT_RETRY } from './retry-policy';

const everything = {
  WECOM_ROBOT_WEBHOOK_URL: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=robot-key',
  WECOM_CORP_ID: 'ww1234567890abcdef',
  WECOM_APP_SECRET: 'app-secret-value',
  WECOM_APP_AGENT_ID: '1000002',
  SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI-key',
  SMS_ALIYUN_ACCESS_KEY_SECRET: 'sms-secret-value',
  SMS_ALIYUN_SIGN_NAME: '某某医院后勤',
  SMS_ALIYUN_TEMPLATE_CODE: 'SMS_480000001',
  SMTP_HOST: 'smtp.hospital.example.cn',
  SMTP_USER: 'houqin',
  SMTP_PASSWORD: 'mail-secret-value',
  SMTP_FROM: '"后勤平台" <houqin-noreply@hospital.example.cn>',
};

describe('channel settings', () => {
  it('turns on no channel without settings, with the default policies', () => {
    const settings = channelSettings({});
    expect(settings).toEqual({ wecomRobot: null, wecomApp: null, sms: null, email: null, quietHours: QuietHours.DEFAULT, retry: DEFAULT_RETRY });
    expect(outboundChannels(settings).size).toBe(0);
  });

  it('reads every channel, with defaults for what is optional', () => {
    const settings = channelSettings(everything);
    expect(settings.wecomRobot).toEqual({ webhookUrl: everything.WECOM_ROBOT_WEBHOOK_URL, timeoutMs: 5000 });
    expect(settings.wecomApp).toEqual({
      baseUrl: undefined,
      corpId: 'ww1234567890abcdef',
      corpSecret: 'app-secret-value',
      agentId: 1000002,
      messageType: 'textcard',
      timeoutMs: 5000,
    });
    expect(settings.sms).toEqual({
      endpoint: undefined,
      accessKeyId: 'LTAI-key',
      accessKeySecret: 'sms-secret-value',
      signName: '某某医院后勤',
      templateCode: 'SMS_480000001',
      templateCodeEn: undefined,
      regionId: 'cn-hangzhou',
      timeoutMs: 5000,
    });
    expect(settings.email).toEqual({
      host: 'smtp.hospital.example.cn',
      port: 587,
      secure: false,
      requireTls: true,
      user: 'houqin',
      password: 'mail-secret-value',
      from: '"后勤平台" <houqin-noreply@hospital.example.cn>',
      tlsCa: undefined,
      timeoutMs: 5000,
    });
    expect([...outboundChannels(settings).keys()]).toEqual(['WECOM_ROBOT', 'WECOM_APP', 'SMS', 'EMAIL']);
  });

  it('reads the policies and the optional overrides', () => {
    const settings = channelSettings({
      WECOM_CORP_ID: 'ww1',
      WECOM_APP_SECRET: 's',
      WECOM_APP_AGENT_ID: '7',
      WECOM_BASE_URL: 'https://wecom-proxy.hospital.example.cn',
      WECOM_APP_MESSAGE_TYPE: 'text',
      WECOM_TIMEOUT_MS: '2000',
      NOTIFY_QUIET_HOURS: '21:30-06:30',
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_MS: '1000',
      NOTIFY_RETRY_MAX_MS: '60000',
    });
    expect(settings.wecomApp).toMatchObject({ baseUrl: 'https://wecom-proxy.hospital.example.cn', messageType: 'text', timeoutMs: 2000 });
    expect(settings.quietHours).toEqual(QuietHours.parse('21:30-06:30'));
    expect(settings.retry).toEqual({ maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60000 });
  });

  it('reads the mail relay’s CA from a file, and stops when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'houqin-ca-'));
    try {
      const caFile = join(dir, 'hospital-ca.pem');
      writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB…\n-----END CERTIFICATE-----\n');
      expect(channelSettings({ ...everything, SMTP_TLS_CA_FILE: caFile }).email?.tlsCa).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(() => channelSettings({ ...everything, SMTP_TLS_CA_FILE: join(dir, 'missing.pem') })).toThrow(/SMTP_TLS_CA_FILE: cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at start-up on a half-configured channel, naming the settings but not the secrets', () => {
    expect(() => channelSettings({ SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI-key', SMS_ALIYUN_ACCESS_KEY_SECRET: 'sms-secret-value' })).toThrow(
      'notification: invalid or missing settings: SMS_ALIYUN_SIGN_NAME, SMS_ALIYUN_TEMPLATE_CODE',
    );
    expect(() => channelSettings({ ...everything, WECOM_APP_AGENT_ID: 'abc' })).toThrow(/WECOM_APP_AGENT_ID/);
    expect(() => channelSettings({ WECOM_ROBOT_WEBHOOK_URL: 'not a url' })).toThrow(/WECOM_ROBOT_WEBHOOK_URL/);
    // Empty values, as deployment templates render unset ones, count as unset.
    expect(channelSettings({ ...everything, SMTP_HOST: '' }).email).toBeNull();
  });
});
