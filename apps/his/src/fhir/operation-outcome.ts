import { ErrorCode, ErrorParams, Locale, localise, LocalisedMessages } from '@houqin/platform-errors';
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

/** The catalogue's code of an issue travels in details.coding, so a HIS can act on it whatever the language. */
export const HOUQIN_ERROR_SYSTEM = 'urn:houqin:error-code';

/** One problem (or note) of an answer; its text is chosen when answering, in the caller's language. */
export interface FhirIssue {
  severity: OperationOutcomeIssue['severity'];
  code: OperationOutcomeIssue['code'];
  /** An error catalogue code (his.errors.ts), or a note's text in both languages. */
  message: { code: ErrorCode; params?: ErrorParams } | LocalisedMessages;
  /** What the validator said, as it said it (English): for the HIS's developers. */
  diagnostics?: string;
  /** The FHIRPath of the element at fault. */
  expression?: string[];
}

/** Notes of a successful answer. */
export const NOTES = {
  ACCEPTED: { 'zh-CN': '已接收并应用', en: 'Accepted and applied' },
  IGNORED: { 'zh-CN': '已接收：非住院就诊，后勤不处理', en: 'Accepted and ignored: not an inpatient encounter' },
  REPEAT: { 'zh-CN': '与已接收的提交相同，未再次应用', en: 'The same as a submission already received: not applied again' },
  NO_CONTENT: { 'zh-CN': '通知中没有可应用的资源', en: 'The notification carries no resource to apply' },
} satisfies Record<string, LocalisedMessages>;

export const note = (message: LocalisedMessages, severity: FhirIssue['severity'] = 'information'): FhirIssue => ({ severity, code: 'informational', message });

/** A refused request: its HTTP status and why. */
export class FhirRefusal extends Error {
  constructor(
    readonly status: number,
    readonly issues: FhirIssue[],
  ) {
    super(`FHIR request refused (${status})`);
  }
}

const textsOf = (issue: FhirIssue): LocalisedMessages => ('code' in issue.message ? localise(issue.message.code, issue.message.params) : issue.message);

/** Both languages, zh-CN first, for the message log (errorText), which group IT reads whatever the caller asked. */
export const bilingual = (issue: FhirIssue): string => {
  const texts = textsOf(issue);
  return `${texts['zh-CN']} (${texts.en})`;
};

/** The issues as an R4 OperationOutcome, their texts in `locale`. */
export function operationOutcome(issues: readonly FhirIssue[], locale: Locale): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      details: {
        ...('code' in issue.message ? { coding: [{ system: HOUQIN_ERROR_SYSTEM, code: issue.message.code }] } : {}),
        text: textsOf(issue)[locale],
      },
      ...(issue.diagnostics ? { diagnostics: issue.diagnostics } : {}),
      ...(issue.expression?.length ? { expression: issue.expression } : {}),
    })),
  };
}

/** The validator's issues in our terms: its text becomes the diagnostics, the element stays named. */
export function validationIssues(issues: readonly OperationOutcomeIssue[]): FhirIssue[] {
  return issues.map((issue) => {
    const detail = [issue.details?.text, issue.diagnostics].filter(Boolean).join(': ');
    return {
      severity: issue.severity,
      code: issue.code,
      message: { code: 'FHIR_INVALID', params: { detail: `${issue.expression?.join(', ') ?? ''} ${issue.details?.text ?? ''}`.trim() } },
      diagnostics: detail || undefined,
      expression: issue.expression,
    };
  });
}

/** Names an issue of a Bundle entry's resource from the Bundle (Encounter.status → Bundle.entry[2].resource.status). */
export function inEntry(issue: FhirIssue, index: number): FhirIssue {
  return issue.expression
    ? { ...issue, expression: issue.expression.map((path) => path.replace(/^[A-Z][A-Za-z]*/, `Bundle.entry[${index}].resource`)) }
    : issue;
}
