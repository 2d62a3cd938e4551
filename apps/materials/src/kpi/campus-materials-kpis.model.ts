import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CampusRef } from '@houqin/platform-entity-refs';
import { KpiRequest } from './kpi-request';

/**
 * 物资指标: one campus in one month. Each family of figures (inventory, and the families added beside it) is a field
 * resolved for every campus-month of the answer at once, so asking for N campuses costs one statement per family.
 */
@ObjectType({ description: '物资指标: materials KPIs of one campus in one calendar month (Beijing time), one field per family of figures.' })
export class CampusMaterialsKpis {
  @Field(() => ID) campusId!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => String, { nullable: true, description: "The campus's name in the org directory (as this service last heard it)." })
  campusName!: string | null;
  @Field(() => String, { description: 'YYYY-MM, a Beijing-time calendar month.' }) month!: string;
  /** The question this row answers, shared by every row of it; families compute against it (not a GraphQL field). */
  request!: KpiRequest;
}
