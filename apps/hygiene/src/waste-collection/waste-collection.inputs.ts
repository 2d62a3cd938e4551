import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { WasteCollectionStatus } from './waste-collection-status';

@InputType()
export class RecordWasteCollectionInput {
  @Field(() => String, { description: "The container label's QR code, as scanned." }) labelCode!: string;
  @Field(() => Int, { description: 'The load weighed at the ward, in grams.' }) weightGrams!: number;
  @Field(() => Date, { nullable: true, description: 'When it was weighed, if entered late from a paper sheet (补录, at most 72 h back); else now.' })
  collectedAt?: Date | null;
}

/** A step taken for several loads at once: the ward signs its whole cart, the collector stores a cart. */
@InputType()
export class WasteCollectionsStepInput {
  @Field(() => [ID]) collectionIds!: string[];
  @Field(() => Date, { nullable: true, description: 'When it happened, if entered late from a paper sheet; else now.' }) at?: Date | null;
}

@ArgsType()
export class WasteCollectionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this ward.' }) departmentId?: string | null;
  @Field(() => WasteCollectionStatus, { nullable: true }) status?: WasteCollectionStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only the loads of this transfer.' }) transferId?: string | null;
}
