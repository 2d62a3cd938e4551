import { EVENT_CATALOGUE, EventContract } from '@houqin/contracts';
import { isRole, Role } from '@houqin/platform-auth';
import { z } from 'zod';
import type { Language, Severity } from '../channel/outbound-channel';
import type { NotificationRow } from '../inbox/notification.entity';

/** Who an alert reaches, as a rule declares it; resolved against the org replica and the recipients directory. */
export type Audience =
  /** Everyone holding the role on the event's campus (group-wide roles on every campus). */
  | { role: Role }
  /** The lead (班组长) of the team the event's field names. */
  | { teamLeadOf: string }
  /** The staff members the event's fields name (the technician, the requester). */
  | { staff: string[] };

export type Texts = Record<Language, string>;

/**
 * One kind of alert, declared in code: which event raises it (and when: `only`), whose campus and subject it is
 * about, how urgent it is, what it says in zh-CN and English (placeholders `{name}` filled from `variables`, which
 * name fields of the event: never patient data, these texts leave the hospital), and who gets it. With `escalate`,
 * a notification nobody acknowledged within the service's escalation time goes on to that audience too.
 */
export interface AlertRule {
  alert: string;
  /** The CloudEvents type, e.g. `maintenance.work-order.sla-escalated.v1`. */
  event: string;
  /** Only events whose field has one of these values (e.g. the escalation level). */
  only?: { field: string; in: string[] };
  /** The field holding the campus. */
  campus: string;
  /** Fields that together name what the alert is about: the same alert about the same subject is one message per window. */
  subject: string[];
  /** How long repeats about one subject stay one message (ms). */
  window: number;
  severity: Severity | { field: string; map: Record<string, Severity>; otherwise: Severity };
  /** Template variable → event field. */
  variables: Record<string, string>;
  /** Enum values shown in people's words: variable → value → texts. */
  labels?: Record<string, Record<string, Texts>>;
  title: Texts;
  body: Texts;
  /** The console page of the subject; `{variable}` placeholders allowed. */
  link: string;
  audience: Audience[];
  /** Roles on the event's campus only: the escalation happens later, from the notification, without the event. */
  escalate?: { role: Role }[];
}

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** The top-level fields of a contract's payload, with the values an enum field may take, from its JSON schema. */
function fieldsOf(contract: EventContract): Map<string, readonly unknown[] | null> {
  const schema = z.toJSONSchema(contract.schema, { io: 'input' }) as { properties?: Record<string, { enum?: unknown[] }> };
  return new Map(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, property.enum ?? null]));
}

/** Values a rule matches a field against (`only`, the severity map) that the field's enum never takes. */
function impossibleValues(field: string, values: readonly string[], fields: Map<string, readonly unknown[] | null>): string[] {
  const allowed = fields.get(field);
  return allowed ? values.filter((value) => !allowed.includes(value)) : [];
}

/**
 * Every mistake a rule can hold, found when the service starts rather than at the first alert: an event type no
 * contract defines, a field the event does not carry or a value it never takes, a role that does not exist, a placeholder no
 * variable fills.
 */
export function ruleProblems(rules: readonly AlertRule[], catalogue: readonly EventContract[] = EVENT_CATALOGUE): string[] {
  const problems: string[] = [];
  const alerts = new Set<string>();
  for (const rule of rules) {
    const where = `alert rule ${rule.alert} (${rule.event})`;
    const identity = `${rule.alert}|${rule.event}|${rule.only?.field ?? ''}=${rule.only?.in.join(',') ?? ''}`;
    if (alerts.has(identity)) problems.push(`${where}: declared twice for the same events`);
    alerts.add(identity);
    const contract = catalogue.find((c) => c.type === rule.event);
    if (!contract) {
      problems.push(`${where}: no event contract has the type ${rule.event}`);
      continue;
    }
    const fields = fieldsOf(contract);
    const named = [
      rule.campus,
      ...rule.subject,
      ...Object.values(rule.variables),
      ...(rule.only ? [rule.only.field] : []),
      ...(typeof rule.severity === 'string' ? [] : [rule.severity.field]),
      ...[...rule.audience, ...(rule.escalate ?? [])].flatMap((a) => ('teamLeadOf' in a ? [a.teamLeadOf] : 'staff' in a ? a.staff : [])),
    ];
    for (const field of named) if (!fields.has(field)) problems.push(`${where}: the event has no field "${field}"`);
    const matched = [
      ...(rule.only ? [{ field: rule.only.field, values: rule.only.in }] : []),
      ...(typeof rule.severity === 'string' ? [] : [{ field: rule.severity.field, values: Object.keys(rule.severity.map) }]),
    ];
    for (const { field, values } of matched) {
      for (const value of impossibleValues(field, values, fields)) problems.push(`${where}: the event's "${field}" is never "${value}"`);
    }
    for (const audience of [...rule.audience, ...(rule.escalate ?? [])]) {
      if ('role' in audience && !isRole(audience.role)) problems.push(`${where}: unknown role ${audience.role}`);
    }
    if (!rule.audience.length) problems.push(`${where}: reaches nobody (empty audience)`);
    const texts = [rule.title['zh-CN'], rule.title.en, rule.body['zh-CN'], rule.body.en, rule.link];
    for (const name of texts.flatMap(placeholders)) {
      if (!(name in rule.variables)) problems.push(`${where}: the template uses {${name}}, which no variable fills`);
    }
    for (const variable of Object.keys(rule.labels ?? {})) {
      if (!(variable in rule.variables)) problems.push(`${where}: labels for {${variable}}, which is no variable`);
    }
  }
  return problems;
}

/** Refuses to start with rules that name what does not exist (called when the notification service's module loads). */
export function checkRules(rules: readonly AlertRule[], catalogue?: readonly EventContract[]): readonly AlertRule[] {
  const problems = ruleProblems(rules, catalogue);
  if (problems.length) throw new Error(`notification rules are wrong:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  return rules;
}

export type EventFields = Record<string, unknown>;

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** What one event means under one rule: its campus, subject, severity and texts in both languages. */
export interface RaisedAlert {
  alert: string;
  campusId: string;
  subject: string;
  severity: Severity;
  title: Texts;
  body: Texts;
  link: string;
}

export function applies(rule: AlertRule, data: EventFields): boolean {
  return !rule.only || rule.only.in.includes(text(data[rule.only.field]));
}

export function raise(rule: AlertRule, data: EventFields): RaisedAlert {
  const fill = (template: string, language: Language) =>
    template.replace(PLACEHOLDER, (_, name: string) => {
      const value = text(data[rule.variables[name]]);
      return rule.labels?.[name]?.[value]?.[language] ?? value;
    });
  const severity = typeof rule.severity === 'string' ? rule.severity : (rule.severity.map[text(data[rule.severity.field])] ?? rule.severity.otherwise);
  return {
    alert: rule.alert,
    campusId: text(data[rule.campus]),
    subject: rule.subject.map((field) => text(data[field])).join('#'),
    severity,
    title: { 'zh-CN': fill(rule.title['zh-CN'], 'zh-CN'), en: fill(rule.title.en, 'en') },
    body: { 'zh-CN': fill(rule.body['zh-CN'], 'zh-CN'), en: fill(rule.body.en, 'en') },
    link: fill(rule.link, 'en'),
  };
}

/** What an unacknowledged notification says when it goes on to the escalation audience: marked escalated, naming who let it lie. */
export function escalatedAlert(
  original: Pick<NotificationRow, 'alert' | 'campusId' | 'subject' | 'severity' | 'titleZh' | 'titleEn' | 'bodyZh' | 'bodyEn' | 'link' | 'recipientName'>,
): RaisedAlert {
  return {
    alert: original.alert,
    campusId: original.campusId,
    subject: original.subject,
    severity: original.severity as Severity,
    title: { 'zh-CN': `【升级】${original.titleZh}`, en: `[Escalated] ${original.titleEn}` },
    body: {
      'zh-CN': `${original.recipientName}未在规定时间内确认。${original.bodyZh}`,
      en: `${original.recipientName} did not acknowledge it in time. ${original.bodyEn}`,
    },
    link: original.link,
  };
}
