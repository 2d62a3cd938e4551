import '../his.errors';
import { capabilityStatement } from './capability-statement';
import { notificationResources, transactionResponse, transactionSubmissions } from './fhir-bundle';
import { fhirDigest } from './fhir-intake';
import { isError, validateR4 } from './fhir-r4';
import { HisMessageOutcome } from '../his-message/his-message.entity';
import { bilingual, FhirRefusal, inEntry, note, NOTES, operationOutcome, validationIssues } from './operation-outcome';

const encounter = { resourceType: 'Encounter', id: 'e1', status: 'in-progress', class: { code: 'IMP' } };
const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof FhirRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('OperationOutcome', () => {
  it('turns validator issues into our issues with the element named, the text in the caller’s language', () => {
    const issues = validateR4({ ...encounter, period: { start: 'yesterday' }, colour: 'blue' }).filter(isError);
    const outcome = operationOutcome(validationIssues(issues), 'zh-CN');
    expect(outcome.issue.map((i) => i.expression)).toEqual([['Encounter.period.start'], ['Encounter.colour']]);
    expect(outcome.issue[0]).toMatchObject({
      severity: 'error',
      code: 'structure',
      details: { coding: [{ system: 'urn:houqin:error-code', code: 'FHIR_INVALID' }], text: expect.stringContaining('不符合 FHIR R4') },
      diagnostics: 'Invalid dateTime format',
    });
    expect(operationOutcome(validationIssues(issues), 'en').issue[0].details?.text).toContain('Not valid FHIR R4: Encounter.period.start');
    // Our OperationOutcomes are themselves valid R4.
    expect(validateR4(outcome).filter(isError)).toEqual([]);
  });

  it('keeps both languages for the log, and names an entry’s elements from its Bundle', () => {
    const issue = {
      severity: 'error' as const,
      code: 'not-found' as const,
      message: { code: 'HL7_PLACE_UNKNOWN' as const, params: { code: 'E09', field: 'Encounter.location[0]' } },
      expression: ['Encounter.location[0]'],
    };
    expect(bilingual(issue)).toMatch(/^组织架构中没有 HIS 编码为 E09 .*\(No location in the directory has HIS code E09/);
    expect(inEntry(issue, 2).expression).toEqual(['Bundle.entry[2].resource.location[0]']);
    expect(operationOutcome([note(NOTES.ACCEPTED)], 'en').issue).toEqual([
      { severity: 'information', code: 'informational', details: { text: 'Accepted and applied' } },
    ]);
  });

  it('answers a transaction with a valid transaction-response Bundle', () => {
    const bundle = transactionResponse([{ status: 201, outcome: HisMessageOutcome.ACCEPTED, issues: [note(NOTES.ACCEPTED)] }], 'zh-CN');
    expect(bundle.entry?.[0].response?.status).toBe('201 Created');
    expect(validateR4(bundle).filter(isError)).toEqual([]);
  });

  it('states a CapabilityStatement that is valid R4 and lists exactly Encounter create and update, transaction and notify', () => {
    const statement = capabilityStatement();
    expect(validateR4(statement).filter(isError)).toEqual([]);
    expect(statement.rest?.[0].resource?.map((r) => [r.type, r.interaction?.map((i) => i.code)])).toEqual([['Encounter', ['create', 'update']]]);
    expect(statement.rest?.[0].interaction?.map((i) => i.code)).toEqual(['transaction']);
  });
});

describe('Bundles and notifications', () => {
  const transaction = (entries: unknown[]) => ({ resourceType: 'Bundle', type: 'transaction', entry: entries });

  it('takes a transaction of Encounter creates and updates, and refuses anything else whole', () => {
    const submissions = transactionSubmissions(
      transaction([
        { resource: encounter, request: { method: 'POST', url: 'Encounter' } },
        { resource: encounter, request: { method: 'PUT', url: 'Encounter/e1' } },
      ]),
    );
    expect(submissions.map((s) => s.created)).toEqual([true, false]);
    expect(refusalOf(() => transactionSubmissions({ ...transaction([]), type: 'batch' })).issues[0].expression).toEqual(['Bundle.type']);
    const wrongUrl = refusalOf(() => transactionSubmissions(transaction([{ resource: encounter, request: { method: 'PUT', url: 'Encounter/other' } }])));
    expect([wrongUrl.status, wrongUrl.issues[0].expression]).toEqual([400, ['Bundle.entry[0].request']]);
    const patient = refusalOf(() =>
      transactionSubmissions(transaction([{ resource: { resourceType: 'Patient' }, request: { method: 'POST', url: 'Patient' } }])),
    );
    expect(patient.issues[0].expression).toEqual(['Bundle.entry[0].resource']);
  });

  it('reads a notification as the resource itself or a Backport history Bundle, and a bare ping as nothing', () => {
    expect(notificationResources(encounter).resources).toEqual([{ resource: encounter, entry: null }]);
    const status = { resourceType: 'Parameters', parameter: [{ name: 'type', valueCode: 'event-notification' }] };
    const history = {
      resourceType: 'Bundle',
      type: 'history',
      entry: [
        {
          fullUrl: 'urn:uuid:6d5c7d6a-2b0e-4d5e-9f3c-1a2b3c4d5e6f',
          resource: status,
          request: { method: 'GET', url: 'Subscription/s1/$status' },
          response: { status: '200' },
        },
        { fullUrl: 'https://his.example/fhir/Encounter/e1', resource: encounter, request: { method: 'PUT', url: 'Encounter/e1' }, response: { status: '200' } },
        { fullUrl: 'https://his.example/fhir/Encounter/e2', request: { method: 'PUT', url: 'Encounter/e2' }, response: { status: '200' } },
      ],
    };
    expect(notificationResources(history)).toEqual({ resources: [{ resource: encounter, entry: 1 }], bare: ['https://his.example/fhir/Encounter/e2'] });
    expect(notificationResources(undefined)).toEqual({ resources: [], bare: [] });
    expect(refusalOf(() => notificationResources({ ...history, type: 'collection' })).status).toBe(400);
  });

  it('gives a resource one digest however its keys are ordered, and another for another version', () => {
    expect(fhirDigest({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(fhirDigest({ a: [{ x: 1, y: 2 }], b: 1 }));
    expect(fhirDigest({ ...encounter, meta: { versionId: '2' } })).not.toBe(fhirDigest({ ...encounter, meta: { versionId: '1' } }));
  });
});
