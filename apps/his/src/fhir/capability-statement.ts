import type { CapabilityStatement } from '@medplum/fhirtypes';
import { ISOLATION_PRECAUTION_EXTENSION } from './fhir-encounter';

/**
 * What the endpoint does, and nothing more: Encounter create and update, transaction Bundles of them, and rest-hook
 * notifications; no read or search (houqin keeps no FHIR resources, only what logistics needs from them).
 */
export function capabilityStatement(): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-12-07',
    kind: 'instance',
    software: { name: 'houqin his' },
    implementation: { description: '后勤平台 HIS 接口：住院就诊的入院、转床、出院（FHIR R4）/ houqin HIS feed: inpatient admissions, transfers, discharges' },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation: 'docs/his-interface.md, section FHIR R4',
        security: {
          service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'OAuth' }] }],
          description: "Bearer token of the hospital's identity provider with role GROUP_ADMIN or his.INTEGRATOR",
        },
        resource: [
          {
            type: 'Encounter',
            interaction: [{ code: 'create' }, { code: 'update' }],
            versioning: 'no-version',
            updateCreate: true,
            documentation: `Inpatient encounters (class IMP, ACUTE, NONAC); others are acknowledged and ignored. Isolation precautions: extension ${ISOLATION_PRECAUTION_EXTENSION}.`,
          },
        ],
        interaction: [{ code: 'transaction', documentation: 'Bundle of type transaction whose entries POST Encounter or PUT Encounter/[id]; all or nothing' }],
        operation: [
          {
            name: 'notify',
            definition: 'http://hl7.org/fhir/uv/subscriptions-backport/OperationDefinition/backport-subscription-status',
            documentation:
              'POST [base]/notify: a rest-hook notification, either the Encounter itself (R4 rest-hook with payload) or an R4 Subscriptions Backport history Bundle (SubscriptionStatus Parameters first, full-resource entries)',
          },
        ],
      },
    ],
  };
}
