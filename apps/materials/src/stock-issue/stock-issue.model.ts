import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Item } from '../catalogue/item.model';
import { DepartmentRef } from '@houqin/platform-entity-refs';
import { StockReturn } from '../stock-return/stock-return.model';

/** The maintenance subgraph's work order; this subgraph adds the stock issued for it and its parts cost. */
@ObjectType('WorkOrder')
@Directive('@key(fields: "id")')
export class WorkOrderRef {
  @Field(() => ID) id!: string;
}

@ObjectType('StockIssueLotDraw', { description: 'How much of a line came from one lot, at that lot’s unit cost.' })
export class StockIssueLotDraw {
  @Field(() => ID) lotId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) unitCostFen!: number;
}

@ObjectType('StockIssueLine')
export class StockIssueLine {
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Cost of the line in fen (分), FIFO by lot.' }) costFen!: number;
  @Field(() => [StockIssueLotDraw]) lots!: StockIssueLotDraw[];
}

@ObjectType('StockIssue', { description: '出库单: stock issued to a department, which is charged its cost.' })
export class StockIssue {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => ID, { nullable: true }) workOrderId!: string | null;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => Int, { description: 'What the department is charged, in fen (分).' }) totalCostFen!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [StockIssueLine]) lines!: StockIssueLine[];
}

export const StockIssueConnection = Connection(StockIssue, 'StockIssue');

@ObjectType('StockShortage', { description: '缺货: an issue that stock could not meet; nothing of it was issued.' })
export class StockShortage {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID, { nullable: true, description: 'Null when the campus had no warehouse.' }) warehouseId!: string | null;
  @Field(() => ID) departmentId!: string;
  @Field(() => ID, { nullable: true }) workOrderId!: string | null;
  @Field(() => ID) itemId!: string;
  @Field(() => Item, { nullable: true, description: 'Null when the item is not in the catalogue.' }) item!: Item | null;
  @Field(() => Int) requested!: number;
  @Field(() => Int) available!: number;
  @Field(() => Date) recordedAt!: Date;
}

export const StockShortageConnection = Connection(StockShortage, 'StockShortage');

@ObjectType('DepartmentCharges', { description: "A department's stock charges for one month (Beijing time), for 计财科." })
export class DepartmentCharges {
  @Field(() => ID) departmentId!: string;
  @Field(() => DepartmentRef) department!: DepartmentRef;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'Issued less returned in the month, in fen (分); negative when returns of earlier issues outweigh.' }) totalCostFen!: number;
  @Field(() => Int, { description: 'Cost of the stock issued in the month, in fen (分).' }) issuedCostFen!: number;
  @Field(() => Int, { description: 'Credit for the stock returned (退库) in the month, in fen (分).' }) returnedCostFen!: number;
  @Field(() => [StockIssue]) issues!: StockIssue[];
  @Field(() => [StockReturn]) returns!: StockReturn[];
}
