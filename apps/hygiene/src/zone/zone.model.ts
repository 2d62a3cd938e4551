import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { CLEANING_STANDARDS } from './cleaning-standard';
import { RiskLevel, ZoneKind } from './zone-kind';
import { ZoneRow } from './zone.entity';

registerEnumType(ZoneKind, {
  name: 'ZoneKind',
  description: '手术部 OPERATING_THEATRE, 重症监护 ICU, 隔离病区 ISOLATION_WARD, 普通病区 WARD, 急诊 EMERGENCY, 门诊 OUTPATIENT, 检验科 LABORATORY, 公共区域 PUBLIC_AREA, 行政办公 OFFICE',
});

@ObjectType({ description: '保洁标准: how the zone is cleaned routinely, by its risk level (WS/T 512-2016).' })
export class ZoneCleaningStandard {
  @Field(() => Int) roundsPerDay!: number;
  @Field(() => String) methodZh!: string;
  @Field(() => String) method!: string;
  @Field(() => String) disinfectantZh!: string;
  @Field(() => String) disinfectant!: string;
  @Field(() => Int, { description: '有效氯 mg/L; 0 for cleaning only.' }) chlorineMgPerL!: number;
  @Field(() => Boolean) weeklyDeepClean!: boolean;
}

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: '保洁区域: an area of one campus cleaned to one standard, by its infection-risk level.' })
@Directive('@key(fields: "id")')
export class Zone {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) name!: string;
  @Field(() => ZoneKind) kind!: ZoneKind;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => [ID], { description: 'The org locations (wards, rooms, areas) it covers.' }) locationIds!: string[];
  @Field(() => ZoneCleaningStandard) standard!: ZoneCleaningStandard;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Date) createdAt!: Date;
}

export const ZoneConnection = Connection(Zone, 'Zone');

export function toZone(row: ZoneRow): Zone {
  const riskLevel = row.riskLevel as RiskLevel;
  const standard = CLEANING_STANDARDS[riskLevel];
  return Object.assign(new Zone(), {
    id: row.id,
    campusId: row.campusId,
    name: row.name,
    kind: row.kind as ZoneKind,
    riskLevel,
    locationIds: row.locationIds,
    standard: {
      roundsPerDay: standard.roundsPerDay,
      methodZh: standard.method.zh,
      method: standard.method.en,
      disinfectantZh: standard.disinfectant.zh,
      disinfectant: standard.disinfectant.en,
      chlorineMgPerL: standard.chlorineMgPerL,
      weeklyDeepClean: standard.weeklyDeepClean,
    },
    active: row.active,
    createdAt: row.createdAt,
  });
}
