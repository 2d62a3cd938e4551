import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { WasteTransferRow } from './waste-transfer.entity';

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'A transfer of medical waste to the licensed disposal company (医疗废物转移) under one manifest, reconciled.' })
@Directive('@key(fields: "id")')
export class WasteTransfer {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: '转移联单号' }) manifestNo!: string;
  @Field(() => String) disposalCompany!: string;
  @Field(() => Date) transferredAt!: Date;
  @Field(() => Int, { description: 'The loads it took (wasteCollections(transferId) lists them).' }) collectionCount!: number;
  @Field(() => Int, { description: "The wards' weighings, summed." }) wardWeightGrams!: number;
  @Field(() => Int, { description: "The company's weighbridge." }) companyWeightGrams!: number;
  @Field(() => Int, { description: 'Company less wards.' }) differenceGrams!: number;
  @Field(() => Float, { description: '|difference| over the wards’ total, percent.' }) deviationPercent!: number;
  @Field(() => Float, { description: 'The tolerance it was reconciled with, percent.' }) tolerancePercent!: number;
  @Field(() => Boolean, { description: 'Outside the tolerance (称重差异).' }) discrepancy!: boolean;
  @Field(() => Date) createdAt!: Date;
}

export const WasteTransferConnection = Connection(WasteTransfer, 'WasteTransfer');

export function toWasteTransfer(row: WasteTransferRow): WasteTransfer {
  return Object.assign(new WasteTransfer(), {
    id: row.id,
    campusId: row.campusId,
    manifestNo: row.manifestNo,
    disposalCompany: row.disposalCompany,
    transferredAt: row.transferredAt,
    collectionCount: row.collectionCount,
    wardWeightGrams: row.wardWeightGrams,
    companyWeightGrams: row.companyWeightGrams,
    differenceGrams: row.differenceGrams,
    deviationPercent: row.deviationBasisPoints / 100,
    tolerancePercent: row.toleranceBasisPoints / 100,
    discrepancy: row.discrepancy,
    createdAt: row.createdAt,
  });
}
