import { Role } from '@houqin/platform-auth';
import { applies, AlertRule, raise, ruleProblems } from './alert-rule';
import { ALERT_RULES } from './alert-rules';

const rule: AlertRule = {
  alert: 'SLA_ESCALATED',
  event: 'maintenance.work-order.sla-escalated.v1',
  only: { field: 'level', in: ['TEAM_LEAD'] },
  campus: 'campusId',
  subject: ['workOrderId', 'clock'],
  window: 1800_000,
  severity: { field: 'priority', map: { URGENT: 'URGENT' }, otherwise: 'WARNING' },
  variables: { number: 'number', clock: 'clock', workOrderId: 'workOrderId' },
  labels: { clock: { RESPONSE: { 'zh-CN': '响应', en: 'response' } } },
  title: { 'zh-CN': '工单 {number} {clock}超时', en: 'Work order {number}: {clock} overdue' },
  body: { 'zh-CN': '请督办 {number}。', en: 'Follow up {number}.' },
  link: '/maintenance/work-orders/{workOrderId}',
  audience: [{ teamLeadOf: 'teamId' }],
  escalate: [{ role: Role.CAMPUS_ADMIN }],
};

const escalation = {
  workOrderId: 'wo-1',
  number: 'WO-20261207-000012',
  campusId: 'east',
  clock: 'RESPONSE',
  level: 'TEAM_LEAD',
  priority: 'HIGH',
  teamId: 't',
};

describe('alert rules', () => {
  it('are all sound: every event, field, role and placeholder they name exists', () => {
    expect(ruleProblems(ALERT_RULES)).toEqual([]);
    expect(ALERT_RULES.length).toBeGreaterThanOrEqual(10);
  });

  it('name every mistake before the service starts: unknown event, field, role, placeholder, empty audience', () => {
    const problems = ruleProblems([
      { ...rule, event: 'maintenance.work-order.exploded.v1' },
      { ...rule, alert: 'A', campus: 'campus', variables: { ...rule.variables, who: 'patientName' } },
      { ...rule, alert: 'B', audience: [{ role: 'JANITOR' as Role }] },
      { ...rule, alert: 'C', body: { 'zh-CN': '{bed} 床', en: 'Bed {bed}' } },
      { ...rule, alert: 'D', audience: [] },
      { ...rule, alert: 'E', only: { field: 'level', in: ['TEAM_LEADER'] }, severity: { field: 'priority', map: { P1: 'URGENT' }, otherwise: 'INFO' } },
    ]);
    expect(problems).toEqual([
      'alert rule SLA_ESCALATED (maintenance.work-order.exploded.v1): no event contract has the type maintenance.work-order.exploded.v1',
      'alert rule A (maintenance.work-order.sla-escalated.v1): the event has no field "campus"',
      'alert rule A (maintenance.work-order.sla-escalated.v1): the event has no field "patientName"',
      'alert rule B (maintenance.work-order.sla-escalated.v1): unknown role JANITOR',
      'alert rule C (maintenance.work-order.sla-escalated.v1): the template uses {bed}, which no variable fills',
      'alert rule C (maintenance.work-order.sla-escalated.v1): the template uses {bed}, which no variable fills',
      'alert rule D (maintenance.work-order.sla-escalated.v1): reaches nobody (empty audience)',
      'alert rule E (maintenance.work-order.sla-escalated.v1): the event\'s "level" is never "TEAM_LEADER"',
      'alert rule E (maintenance.work-order.sla-escalated.v1): the event\'s "priority" is never "P1"',
    ]);
  });

  it('fill both languages from the event, in people’s words, and pick the severity from the data', () => {
    expect(raise(rule, escalation)).toEqual({
      alert: 'SLA_ESCALATED',
      campusId: 'east',
      subject: 'wo-1#RESPONSE',
      severity: 'WARNING',
      title: { 'zh-CN': '工单 WO-20261207-000012 响应超时', en: 'Work order WO-20261207-000012: response overdue' },
      body: { 'zh-CN': '请督办 WO-20261207-000012。', en: 'Follow up WO-20261207-000012.' },
      link: '/maintenance/work-orders/wo-1',
    });
    expect(raise(rule, { ...escalation, priority: 'URGENT' }).severity).toBe('URGENT');
  });

  it('rate certificates and lots falling due by how near they are', () => {
    const byAlert = (alert: string) => ALERT_RULES.find((r) => r.alert === alert) as AlertRule;
    const certificate = { assetId: 'a', certificateId: 'c', campusId: 'east', assetName: '1号电梯', certificateNo: 'T-1', validUntil: '2026-12-14', daysLeft: 7 };
    expect(raise(byAlert('CERTIFICATE_DUE'), { ...certificate, threshold: 'DAYS_7' }).severity).toBe('URGENT');
    expect(raise(byAlert('CERTIFICATE_DUE'), { ...certificate, threshold: 'DAYS_30' }).severity).toBe('WARNING');
    const lot = { lotId: 'l', campusId: 'east', itemName: '碘伏', itemCode: 'DF-1', batchNo: 'B1', expiresOn: '2026-12-14', quantity: 3, daysLeft: 7 };
    expect(raise(byAlert('LOT_EXPIRING'), { ...lot, threshold: 'DAYS_7' }).severity).toBe('WARNING');
    expect(raise(byAlert('LOT_EXPIRING'), { ...lot, threshold: 'DAYS_90' }).severity).toBe('INFO');
  });

  it('apply only to the events they are for', () => {
    expect(applies(rule, escalation)).toBe(true);
    expect(applies(rule, { ...escalation, level: 'CAMPUS_ADMIN' })).toBe(false);
  });
});
