import { z } from 'zod';
import { assetCategory } from './maintenance-vocabulary';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'maintenance.asset.v1';

const isoDate = z.iso.date();

/** What every asset event says about the asset (设备台账), so consumers need no call back. */
const assetFacts = z.object({
  assetId: uuid,
  assetNo: z.string().describe('Asset code, unique per campus, e.g. E-ELV-03.'),
  campusId: uuid,
  locationId: uuid,
  category: assetCategory,
  occurredAt: isoDateTime,
});

/** A change someone made (the scheduled alerts have no actor). */
const assetChange = assetFacts.extend({ actor: actorSchema });

/** The register entry's descriptive state after a registration or an update. */
const assetState = {
  departmentId: uuid,
  parentAssetId: uuid.nullable(),
  name: z.string(),
  criticality: z.enum(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']),
  specialEquipment: z.boolean().describe('特种设备 (elevator, boiler, pressure vessel, steriliser): needs registration and a valid inspection certificate.'),
  registrationNo: z.string().nullable().describe('特种设备使用登记证号.'),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  serialNo: z.string().nullable(),
  commissionedOn: isoDate,
  warrantyEndsOn: isoDate.nullable(),
};

const assetEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `maintenance.asset.${verb}.v1`, topic: TOPIC, producer: 'maintenance', description, schema });

export const AssetRegisteredV1 = assetEvent('registered', 'An asset was entered in the asset register (设备台账), in service.', assetChange.extend(assetState));
export const AssetUpdatedV1 = assetEvent(
  'updated',
  "An asset's descriptive fields or place in the asset hierarchy changed (full state after).",
  assetChange.extend(assetState),
);
export const AssetStatusChangedV1 = assetEvent(
  'status-changed',
  'An asset was taken out of service (停用), returned to service or retired (报废), with a reason.',
  assetChange.extend({
    fromStatus: z.enum(['IN_SERVICE', 'OUT_OF_SERVICE', 'RETIRED']),
    toStatus: z.enum(['IN_SERVICE', 'OUT_OF_SERVICE', 'RETIRED']),
    reason: z.string().nullable(),
  }),
);
export const InspectionCertificateRecordedV1 = assetEvent(
  'certificate-recorded',
  'An inspection certificate (检验合格证) of special equipment was recorded.',
  assetChange.extend({
    certificateId: uuid,
    certificateNo: z.string(),
    inspectedOn: isoDate,
    validUntil: isoDate,
    inspectionBody: z.string(),
    current: z.boolean().describe("True when it is now the asset's current (newest) certificate."),
  }),
);
export const SpecialEquipmentCertificateExpiringV1 = assetEvent(
  'certificate-expiring',
  "Special equipment's current inspection certificate expires within 30 or within 7 days (once per certificate and threshold).",
  assetFacts.extend({
    threshold: z.enum(['DAYS_30', 'DAYS_7']),
    certificateId: uuid,
    certificateNo: z.string(),
    validUntil: isoDate,
    daysLeft: z.number().int().nonnegative(),
  }),
);
export const SpecialEquipmentCertificateExpiredV1 = assetEvent(
  'certificate-expired',
  'Special equipment in use has no valid inspection certificate: the current one expired, or none was ever recorded (once per certificate).',
  assetFacts.extend({
    certificateId: uuid.nullable().describe('Null when the asset has no certificate at all.'),
    certificateNo: z.string().nullable(),
    validUntil: isoDate.nullable(),
  }),
);
