import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { LinenExchangeRow, LinenParLevelRow } from './linen-exchange.entity';
import { LINEN_EXCHANGE_LIFECYCLE, LinenExchangeAction } from './linen-exchange-lifecycle';
import { LinenExchangeStatus } from './linen-exchange-status';
import { LINEN_KIND_ZH, LinenKind } from './linen-kind';
import { outstanding } from './linen-lines';

registerEnumType(LinenKind, { name: 'LinenKind', description: '被服种类', valuesMap: describedValues(LINEN_KIND_ZH) });
registerEnumType(LinenExchangeStatus, {
  name: 'LinenExchangeStatus',
  description: '被服收发状态',
  valuesMap: describedValues(LINEN_EXCHANGE_LIFECYCLE.stateLabelsZh()),
});
registerEnumType(LinenExchangeAction, { name: 'LinenExchangeAction', valuesMap: describedValues({ RETURN: '登记送回', CLOSE: '结清' }) });

@ObjectType({ description: 'One kind of linen on a collection.' })
export class LinenExchangeLine {
  @Field(() => LinenKind) kind!: LinenKind;
  @Field(() => Int, { description: 'Dirty pieces collected.' }) collected!: number;
  @Field(() => Int, { description: 'Clean pieces returned so far.' }) returned!: number;
  @Field(() => Int, { description: 'Pieces written off when the collection was settled.' }) lost!: number;
  @Field(() => Int, { description: 'Collected − returned − lost: still at the laundry.' }) outstanding!: number;
}

@ObjectType({ description: "A collection of a department's dirty linen by the laundry and the clean linen returned against it (被服收发)." })
@Directive('@key(fields: "id")')
export class LinenExchange {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => ID) contractorId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time.' }) collectedOn!: string;
  @Field(() => LinenExchangeStatus) status!: LinenExchangeStatus;
  @Field(() => [LinenExchangeLine]) lines!: LinenExchangeLine[];
  @Field(() => [LinenExchangeAction], { description: 'What may be done now.' }) allowedActions!: LinenExchangeAction[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

export const LinenExchangeConnection = Connection(LinenExchange, 'LinenExchange');

export function toLinenExchange(row: LinenExchangeRow): LinenExchange {
  return Object.assign(new LinenExchange(), {
    id: row.id,
    campusId: row.campusId,
    departmentId: row.departmentId,
    contractorId: row.contractorId,
    collectedOn: row.collectedOn,
    status: row.status,
    lines: row.lines.map((line) => ({ ...line, outstanding: outstanding(line) })),
    allowedActions: LINEN_EXCHANGE_LIFECYCLE.allowedActions(row.status),
    createdAt: row.createdAt,
    closedAt: row.closedAt,
  });
}

@ObjectType({ description: 'How many pieces of a kind a department should hold clean and in use (被服基数).' })
export class LinenParLevel {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => LinenKind) kind!: LinenKind;
  @Field(() => Int) quantity!: number;
  @Field(() => Date) updatedAt!: Date;
}

export const LinenParLevelConnection = Connection(LinenParLevel, 'LinenParLevel');

export function toLinenParLevel(row: LinenParLevelRow): LinenParLevel {
  return Object.assign(new LinenParLevel(), {
    id: row.id,
    campusId: row.campusId,
    departmentId: row.departmentId,
    kind: row.kind,
    quantity: row.quantity,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({ description: "A department's linen of one kind over the collections of a month: what went, came back, was lost (丢失率)." })
export class LinenLossFigures {
  @Field(() => ID) campusId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => LinenKind) kind!: LinenKind;
  @Field(() => Int) collected!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int, { description: 'Still at the laundry (collections not yet settled).' }) outstanding!: number;
  @Field(() => Int) lost!: number;
  @Field(() => Float, { nullable: true, description: 'lost ÷ collected.' }) lossRate!: number | null;
}
