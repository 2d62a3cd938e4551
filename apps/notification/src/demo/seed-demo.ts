import { runSeed } from '@houqin/platform-local-infra';

/** Who sets what (local mode configures no outbound channel: their deliveries show as SKIPPED, with why, in the log). */
const DEMO_PREFERENCES: { login: string; input: Record<string, unknown> }[] = [
  {
    login: 'east-team-lead',
    input: {
      channels: [
        { channel: 'WECOM_APP', minimumSeverity: 'INFO' },
        { channel: 'SMS', minimumSeverity: 'URGENT' },
      ],
      wecomUserId: 'MaLiXin',
      mobile: '13800001020',
      quietHours: '22:00-07:00',
    },
  },
  {
    login: 'east-admin',
    input: {
      channels: [
        { channel: 'WECOM_APP', minimumSeverity: 'INFO' },
        { channel: 'EMAIL', minimumSeverity: 'WARNING' },
      ],
      wecomUserId: 'ZhouTao',
      email: 'zhou.tao@east.hospital.example.cn',
      quietHours: '22:00-07:00',
    },
  },
  { login: 'west-admin', input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'WARNING' }], wecomUserId: 'GaoMing', quietHours: '22:00-07:00' } },
  { login: 'east-storekeeper', input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'INFO' }], wecomUserId: 'SunHongmei', quietHours: '22:00-07:00' } },
  { login: 'east-materials', input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'WARNING' }], wecomUserId: 'QianYaqin', quietHours: null } },
  { login: 'group-planner', input: { channels: [{ channel: 'WECOM_APP', minimumSeverity: 'INFO' }], wecomUserId: 'DengXiaofeng', quietHours: '22:00-07:00' } },
];

/**
 * Each demo person sets their notification preferences as themselves, which also tells the service their roles and
 * campuses: from then on, alerts for "the East admins" or "East's storekeepers" reach them. An SLA escalation of the
 * demo's plumbing order reaches the plumbing crew's lead 马立新 when its response time runs out, and 周涛 (East admin)
 * when 马立新 has not acknowledged it within the escalation time (local mode: 2 minutes).
 */
runSeed('notification', async ({ as }) => {
  for (const { login, input } of DEMO_PREFERENCES) {
    await as(login)(`mutation($input: SetNotificationPreferencesInput!) { setMyNotificationPreferences(input: $input) { language } }`, { input });
  }
  return `${DEMO_PREFERENCES.length} people's notification preferences`;
});
