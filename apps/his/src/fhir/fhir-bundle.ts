import type { Bundle, Parameters, Resource } from '@medplum/fhirtypes';
import { isError, validateR4 } from './fhir-r4';
import { Locale } from '@houqin/platform-errors';
import type { FhirAnswer } from './fhir-reception';
import { FhirRefusal, operationOutcome, validationIssues } from './operation-outcome';

/** The status line of a transaction-response entry. */
const STATUS_LINES: Record<number, string> = { 200: '200 OK', 201: '201 Created' };

/** The transaction-response Bundle of an applied transaction: each entry's status and outcome, in order. */
export function transactionResponse(answers: readonly FhirAnswer[], locale: Locale): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: answers.map((answer) => ({
      response: { status: STATUS_LINES[answer.status] ?? String(answer.status), outcome: operationOutcome(answer.issues, locale) },
    })),
  };
}

/** An Encounter to receive, and whether it is a create (201) or an update (200). */
export interface FhirSubmission {
  resource: Resource;
  created: boolean;
}

const unsupported = (detail: string, expression: string): FhirRefusal =>
  new FhirRefusal(400, [{ severity: 'error', code: 'not-supported', message: { code: 'FHIR_NOT_SUPPORTED', params: { detail } }, expression: [expression] }]);

/** Refuses what is not valid R4 as a whole (400, each element named). */
export function requireValid(resource: unknown): void {
  const problems = validateR4(resource).filter(isError);
  if (problems.length) throw new FhirRefusal(400, validationIssues(problems));
}

/** An update's resource must carry the id of its URL (R4 update: 400 otherwise). */
export function requireUpdateOf(resource: unknown, id: string): void {
  const given = (resource as Resource | null)?.id;
  if (given !== id)
    throw new FhirRefusal(400, [
      {
        severity: 'error',
        code: 'invariant',
        message: { code: 'FHIR_ELEMENT_INVALID', params: { element: 'Encounter.id', detail: `${given ?? 'none'} ≠ ${id} (the URL's id)` } },
        expression: ['Encounter.id'],
      },
    ]);
}

/**
 * A transaction Bundle's Encounters, in order: only `transaction` Bundles whose entries create (POST Encounter) or update
 * (PUT Encounter/{id}) an Encounter. Anything else is refused whole, before anything is applied.
 */
export function transactionSubmissions(bundle: unknown): FhirSubmission[] {
  requireValid(bundle);
  const { type, entry = [] } = bundle as Bundle;
  if ((bundle as Resource).resourceType !== 'Bundle' || type !== 'transaction')
    throw unsupported(`Bundle.type ${type ?? ''}: only transaction Bundles of Encounters`, 'Bundle.type');
  return entry.map((e, i) => {
    const method = e.request?.method;
    const url = e.request?.url ?? '';
    if (e.resource?.resourceType !== 'Encounter')
      throw unsupported(`${e.resource?.resourceType ?? 'no resource'}: only Encounter`, `Bundle.entry[${i}].resource`);
    if (method === 'POST' && url === 'Encounter') return { resource: e.resource, created: true };
    if (method === 'PUT' && url === `Encounter/${e.resource.id}`) return { resource: e.resource, created: false };
    throw unsupported(`${method} ${url}: only POST Encounter and PUT Encounter/[id] of the entry's resource`, `Bundle.entry[${i}].request`);
  });
}

/** What a rest-hook notification carries: the resource itself (R4, payload = full resource), or a notification Bundle. */
export interface FhirNotification {
  /** Each Encounter with its entry's index in the Bundle (null: the body itself). */
  resources: { resource: Resource; entry: number | null }[];
  /** Entries of a notification Bundle that hold no resource (id-only content): nothing houqin can apply. */
  bare: string[];
}

/**
 * Reads a rest-hook notification. Two forms: R4's rest-hook with a payload, whose body is the Encounter itself; and the
 * R4 Subscriptions Backport's `history` Bundle, whose first entry is the SubscriptionStatus (a Parameters resource)
 * and the rest the notified resources (full-resource content). A handshake or heartbeat has no further entries; an empty
 * body is R4's notification without payload. Either way nothing but Encounters is taken.
 */
export function notificationResources(body: unknown): FhirNotification {
  if (body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0)) return { resources: [], bare: [] };
  requireValid(body);
  const resource = body as Resource;
  if (resource.resourceType === 'Encounter') return { resources: [{ resource, entry: null }], bare: [] };
  const bundle = body as Bundle;
  if (resource.resourceType !== 'Bundle' || bundle.type !== 'history' || bundle.entry?.[0]?.resource?.resourceType !== 'Parameters')
    throw unsupported(`${resource.resourceType}: an Encounter, or a history Bundle whose first entry is a SubscriptionStatus`, 'resourceType');
  const status = bundle.entry[0].resource as Parameters;
  if (!status.parameter?.some((p) => p.name === 'type')) throw unsupported('a SubscriptionStatus without its type', 'Bundle.entry[0].resource.parameter');
  return {
    resources: bundle.entry.flatMap((e, entry) => (entry > 0 && e.resource?.resourceType === 'Encounter' ? [{ resource: e.resource, entry }] : [])),
    bare: bundle.entry.filter((e) => !e.resource).map((e) => e.fullUrl ?? ''),
  };
}
