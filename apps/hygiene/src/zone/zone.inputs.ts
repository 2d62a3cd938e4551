import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { RiskLevel, ZoneKind } from './zone-kind';

@InputType()
export class CreateZoneInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'Unique on the campus.' }) name!: string;
  @Field(() => ZoneKind) kind!: ZoneKind;
  @Field(() => RiskLevel, { nullable: true, description: "Defaults to the kind's level; may be higher, never lower." }) riskLevel?: RiskLevel | null;
  @Field(() => [ID], { description: 'The wards, rooms and areas it covers (each in one zone only).' }) locationIds!: string[];
}

@ArgsType()
export class ZonesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
}
