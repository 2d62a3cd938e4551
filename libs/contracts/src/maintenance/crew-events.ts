import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'maintenance.crew.v1';

const licenceKind = z
  .enum(['ELECTRICIAN', 'HIGH_VOLTAGE_ELECTRICIAN', 'ELEVATOR', 'BOILER', 'PRESSURE_VESSEL', 'WELDING', 'REFRIGERATION', 'MEDICAL_GAS'])
  .describe('特种作业操作证 / 特种设备作业人员证 kind.');
const dutyKind = z.enum(['SHIFT', 'ON_CALL']).describe('SHIFT = 在岗班次, ON_CALL = 24h 值班 / 备班.');

/** One shift of the duty roster (排班) as the roster events carry it. */
const dutyShift = z.object({
  shiftId: uuid,
  staffId: uuid,
  teamId: uuid.nullable().describe("The staff member's team when the shift was scheduled."),
  kind: dutyKind,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
});

const change = { occurredAt: isoDateTime, actor: actorSchema };

const crewEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `maintenance.crew.${verb}.v1`, topic: TOPIC, producer: 'maintenance', description, schema });

export const TechnicianCertificateRecordedV1 = crewEvent(
  'technician-certificate-recorded',
  "A technician's operating licence (特种作业操作证 etc., 持证上岗) was recorded. Key: the staff id.",
  z.object({
    certificateId: uuid,
    staffId: uuid,
    campusId: uuid,
    kind: licenceKind,
    certificateNo: z.string(),
    issuedOn: z.iso.date(),
    validUntil: z.iso.date().describe('Last valid day (China date).'),
    issuingAuthority: z.string(),
    ...change,
  }),
);
export const DutyShiftsScheduledV1 = crewEvent(
  'duty-shifts-scheduled',
  "Shifts were added to a campus's duty roster (排班 / 24h 值班), all in one go. Key: the campus id.",
  z.object({ campusId: uuid, shifts: z.array(dutyShift).min(1), ...change }),
);
export const DutyShiftCancelledV1 = crewEvent(
  'duty-shift-cancelled',
  "A shift was taken off a campus's duty roster, with a reason. Key: the campus id.",
  dutyShift.extend({ campusId: uuid, reason: z.string(), ...change }),
);
