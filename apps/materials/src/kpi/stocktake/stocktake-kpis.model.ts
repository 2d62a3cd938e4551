import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StocktakeAccuracy } from '../../stocktake/stocktake.model';

@ObjectType({ description: '账物相符率 (stocktake accuracy) of one campus-month, over the stocktakes approved in it.' })
export class StocktakeKpis extends StocktakeAccuracy {
  @Field(() => Int, { description: 'Stocktakes approved in the month.' }) stocktakes!: number;
}
