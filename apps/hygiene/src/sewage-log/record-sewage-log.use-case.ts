import { Injectable } from '@nestjs/common';
import { SewageDischargeExceededV1, SewageLogRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { isUniqueViolation, requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, optionalText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { requireLoggedDate } from '../common/logbook-date';
import { describeExceedances, requireReading, SewageLimitCheck, SewageReadings } from './sewage-limit-check';
import { SewageLogRow, SewageStationRow } from './sewage-log.entity';
import { RecordSewageLogInput } from './sewage-log.inputs';
import { SewageParameter } from './sewage-standard';

const NOTE_MAX = 500;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type ValidLog = Pick<SewageLogRow, 'campusId' | 'logDate' | 'runHours' | 'disinfectant' | 'dosageKg' | 'dosingTimes' | 'readings' | 'note'>;

/** A station's day, checked against the campus's limits: the log, its audit entry, its event and, when a reading is out, the alert's. */
@Injectable()
export class RecordSewageLog {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  static validate(identity: Identity, input: RecordSewageLogInput, now: Date): ValidLog {
    const range = (field: string, value: number, max: number) => {
      if (!(Number.isFinite(value) && value >= 0 && value <= max))
        throw new DomainError('MEASUREMENT_OUT_OF_RANGE', { field, min: 0, max, value: String(value) });
      return value;
    };
    const badTime = input.dosingTimes.find((t) => !TIME.test(t));
    if (badTime !== undefined) throw new DomainError('INVALID_INPUT', { detail: `dosingTimes must be HH:MM, not ${badTime.slice(0, 16)}` });
    const r = input.readings;
    const readings: SewageReadings = {
      PH: requireReading(SewageParameter.PH, r.ph),
      COD: requireReading(SewageParameter.COD, r.cod),
      BOD5: requireReading(SewageParameter.BOD5, r.bod5),
      SS: requireReading(SewageParameter.SS, r.ss),
      AMMONIA_NITROGEN: requireReading(SewageParameter.AMMONIA_NITROGEN, r.ammoniaNitrogen),
      FECAL_COLIFORM: requireReading(SewageParameter.FECAL_COLIFORM, r.fecalColiform),
      RESIDUAL_CHLORINE: requireReading(SewageParameter.RESIDUAL_CHLORINE, r.residualChlorine),
    };
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      logDate: requireLoggedDate('logDate', input.logDate, now),
      runHours: range('runHours', input.runHours, 24),
      disinfectant: input.disinfectant,
      dosageKg: range('dosageKg', input.dosageKg, 10_000),
      dosingTimes: [...new Set(input.dosingTimes)].sort(),
      readings: Object.fromEntries(Object.entries(readings).filter(([, v]) => v !== null)),
      note: optionalText('note', input.note, NOTE_MAX),
    };
  }

  async execute(identity: Identity, input: RecordSewageLogInput): Promise<SewageLogRow> {
    const valid = RecordSewageLog.validate(identity, input, new Date());
    try {
      return await this.unitOfWork.run((manager) => this.record(manager, identity, valid));
    } catch (error) {
      // Two operators logging the same day at once: the second meets the unique key.
      if (isUniqueViolation(error, 'sewage_log_campus_date_uq')) throw new DomainError('SEWAGE_LOG_DATE_TAKEN', { date: valid.logDate });
      throw error;
    }
  }

  private async record(manager: EntityManager, identity: Identity, valid: ValidLog): Promise<SewageLogRow> {
    const station = await manager.findOneBy(SewageStationRow, { campusId: valid.campusId });
    if (!station) throw new DomainError('SEWAGE_STATION_NOT_SET_UP');
    if (await manager.existsBy(SewageLogRow, { campusId: valid.campusId, logDate: valid.logDate }))
      throw new DomainError('SEWAGE_LOG_DATE_TAKEN', { date: valid.logDate });
    const check = new SewageLimitCheck(station.limits, station.expectedRunHours);
    const now = new Date();
    const row: SewageLogRow = {
      id: uuidv7(),
      ...valid,
      shortRun: check.isShortRun(valid.runHours),
      exceedances: check.exceedances(valid.readings, valid.disinfectant),
      createdAt: now,
      createdBy: identity.subject,
    };
    await manager.insert(SewageLogRow, row);
    const facts = { sewageLogId: row.id, campusId: row.campusId, logDate: row.logDate, occurredAt: now.toISOString() };
    const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
    const events = [
      changeEvent(
        SewageLogRecordedV1,
        { ...facts, runHours: row.runHours, shortRun: row.shortRun, exceedances: row.exceedances.map((e) => e.parameter), actor },
        row.campusId,
      ),
    ];
    if (row.exceedances.length) {
      const exceeded = { ...facts, standard: station.standard, readings: describeExceedances(row.exceedances), count: row.exceedances.length };
      events.push(changeEvent(SewageDischargeExceededV1, exceeded, row.campusId));
    }
    await this.changes.record(
      manager,
      identity,
      { audit: { action: 'sewage_log.record', entityType: 'SewageLog', entityId: row.id, campusId: row.campusId, before: null, after: row }, events },
      now,
    );
    return row;
  }
}
