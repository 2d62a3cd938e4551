import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { Disinfectant, SewageParameter, SewageStandard } from './sewage-standard';

@InputType({ description: 'A campus’s own limit of one reading, in place of the standard’s.' })
export class SewageLimitInput {
  @Field(() => SewageParameter) parameter!: SewageParameter;
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
}

@InputType()
export class SetSewageStationInput {
  @Field(() => ID) campusId!: string;
  @Field(() => SewageStandard) standard!: SewageStandard;
  @Field(() => Float, { nullable: true, description: 'Hours a day the station should run; 8 when not given.' }) expectedRunHours?: number | null;
  @Field(() => [SewageLimitInput], { defaultValue: [], description: 'Limits of the campus’s own (a local standard, its permit); the rest are the standard’s.' })
  limits!: SewageLimitInput[];
}

@InputType({ description: 'A day’s readings; a reading not taken that day is left out.' })
export class SewageReadingsInput {
  @Field(() => Float, { nullable: true }) ph?: number | null;
  @Field(() => Float, { nullable: true, description: 'mg/L' }) cod?: number | null;
  @Field(() => Float, { nullable: true, description: 'mg/L' }) bod5?: number | null;
  @Field(() => Float, { nullable: true, description: 'mg/L' }) ss?: number | null;
  @Field(() => Float, { nullable: true, description: 'mg/L' }) ammoniaNitrogen?: number | null;
  @Field(() => Float, { nullable: true, description: 'MPN/L' }) fecalColiform?: number | null;
  @Field(() => Float, { nullable: true, description: 'mg/L, at the contact tank’s outlet' }) residualChlorine?: number | null;
}

@InputType()
export class RecordSewageLogInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'The Beijing date of the day logged, YYYY-MM-DD; not in the future.' }) logDate!: string;
  @Field(() => Float) runHours!: number;
  @Field(() => Disinfectant) disinfectant!: Disinfectant;
  @Field(() => Float, { description: 'Disinfectant dosed that day, kg.' }) dosageKg!: number;
  @Field(() => [String], { description: 'Times of dosing, HH:MM Beijing time.' }) dosingTimes!: string[];
  @Field(() => SewageReadingsInput) readings!: SewageReadingsInput;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class SewageLogsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only days with a reading out of limits.' }) exceededOnly?: boolean | null;
}
