import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Campus } from '../campus/campus.model';
import { Trade } from './trade';
import { TeamRow } from './team.entity';

registerEnumType(Trade, { name: 'Trade', description: '工种' });

@ObjectType({ description: '班组: a crew work is dispatched to (水电班, 电梯维保...).' })
@Directive('@key(fields: "id")')
export class Team {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Trade) trade!: Trade;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Campus) campus!: Campus;
  campusId!: string;
  leadId!: string | null;
}

export const TeamConnection = Connection(Team, 'Team');

export function toTeam(row: TeamRow): Team {
  return Object.assign(new Team(), { id: row.id, name: row.name, trade: row.trade, active: row.active, campusId: row.campusId, leadId: row.leadId });
}
