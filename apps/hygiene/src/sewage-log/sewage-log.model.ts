import { Directive, Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { SewageLogRow, SewageStationRow } from './sewage-log.entity';
import { Disinfectant, DISINFECTANT_ZH, SEWAGE_PARAMETERS, SewageParameter, SewageStandard } from './sewage-standard';

registerEnumType(SewageStandard, {
  name: 'SewageStandard',
  description: 'GB 18466-2005 表2 的执行标准',
  valuesMap: describedValues({ DISCHARGE: '排放标准: to surface water', PRETREATMENT: '预处理标准: to a sewer ending in a municipal treatment plant' }),
});
registerEnumType(SewageParameter, {
  name: 'SewageParameter',
  description: '污水监测指标',
  valuesMap: describedValues(
    Object.fromEntries(Object.entries(SEWAGE_PARAMETERS).map(([p, v]) => [p, `${v.zh} ${v.unit}`.trim()])) as Record<SewageParameter, string>,
  ),
});
registerEnumType(Disinfectant, { name: 'Disinfectant', description: '消毒方式', valuesMap: describedValues(DISINFECTANT_ZH) });

@ObjectType({ description: 'A limit of one reading: null for no bound on that side.' })
export class SewageLimitValue {
  @Field(() => SewageParameter) parameter!: SewageParameter;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
}

@ObjectType({ description: 'A reading out of its limit, with the limit at the time.' })
export class SewageExceedanceValue extends SewageLimitValue {
  @Field(() => Float) value!: number;
}

@ObjectType({ description: "A campus's sewage station (污水处理站): its standard, hours and limits." })
export class SewageStation {
  @Field(() => ID) campusId!: string;
  @Field(() => SewageStandard) standard!: SewageStandard;
  @Field(() => Float) expectedRunHours!: number;
  @Field(() => [SewageLimitValue]) limits!: SewageLimitValue[];
  @Field(() => String, { description: 'The first day a log is owed for.' }) logsFrom!: string;
  @Field(() => Date) updatedAt!: Date;
}

export function toSewageStation(row: SewageStationRow): SewageStation {
  return Object.assign(new SewageStation(), {
    campusId: row.campusId,
    standard: row.standard,
    expectedRunHours: row.expectedRunHours,
    limits: row.limits,
    logsFrom: row.logsFrom,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({ description: 'A day’s readings.' })
export class SewageReadings {
  @Field(() => Float, { nullable: true }) ph!: number | null;
  @Field(() => Float, { nullable: true }) cod!: number | null;
  @Field(() => Float, { nullable: true }) bod5!: number | null;
  @Field(() => Float, { nullable: true }) ss!: number | null;
  @Field(() => Float, { nullable: true }) ammoniaNitrogen!: number | null;
  @Field(() => Float, { nullable: true }) fecalColiform!: number | null;
  @Field(() => Float, { nullable: true }) residualChlorine!: number | null;
}

@ObjectType({ description: "A sewage station's daily log (运行日志): hours, dosing, readings and what was out of limits." })
@Directive('@key(fields: "id")')
export class SewageLog {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) logDate!: string;
  @Field(() => Float) runHours!: number;
  @Field(() => Boolean, { description: 'Ran less than the station’s expected hours.' }) shortRun!: boolean;
  @Field(() => Disinfectant) disinfectant!: Disinfectant;
  @Field(() => Float) dosageKg!: number;
  @Field(() => [String]) dosingTimes!: string[];
  @Field(() => SewageReadings) readings!: SewageReadings;
  @Field(() => [SewageExceedanceValue]) exceedances!: SewageExceedanceValue[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) createdAt!: Date;
}

export const SewageLogConnection = Connection(SewageLog, 'SewageLog');

export function toSewageLog(row: SewageLogRow): SewageLog {
  const r = row.readings;
  return Object.assign(new SewageLog(), {
    id: row.id,
    campusId: row.campusId,
    logDate: row.logDate,
    runHours: row.runHours,
    shortRun: row.shortRun,
    disinfectant: row.disinfectant,
    dosageKg: row.dosageKg,
    dosingTimes: row.dosingTimes,
    readings: {
      ph: r.PH ?? null,
      cod: r.COD ?? null,
      bod5: r.BOD5 ?? null,
      ss: r.SS ?? null,
      ammoniaNitrogen: r.AMMONIA_NITROGEN ?? null,
      fecalColiform: r.FECAL_COLIFORM ?? null,
      residualChlorine: r.RESIDUAL_CHLORINE ?? null,
    },
    exceedances: row.exceedances,
    note: row.note,
    createdAt: row.createdAt,
  });
}
