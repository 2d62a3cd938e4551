import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DepartmentRef } from '@houqin/platform-entity-refs';
import { Item } from '../catalogue/item.model';

@ObjectType('StockReturnLot', { description: 'How much of a line went back into one lot, credited at the unit cost it was drawn at.' })
export class StockReturnLot {
  @Field(() => ID) lotId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) unitCostFen!: number;
}

@ObjectType('StockReturnLine')
export class StockReturnLine {
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Credit for the line in fen (分).' }) costFen!: number;
  @Field(() => [StockReturnLot], { description: 'Latest draw of the issue first.' }) lots!: StockReturnLot[];
}

@ObjectType('StockReturn', { description: '退库单: issued stock brought back into its lots; the department is credited its cost.' })
export class StockReturn {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) stockIssueId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => DepartmentRef) department!: DepartmentRef;
  @Field(() => Date) returnedAt!: Date;
  @Field(() => Int, { description: 'What the department is credited, in fen (分), in the month of the return.' }) totalCostFen!: number;
  @Field(() => String) reason!: string;
  @Field(() => [StockReturnLine]) lines!: StockReturnLine[];
}
