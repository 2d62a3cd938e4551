import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, ref, StaffRef, TeamRef } from '@houqin/platform-entity-refs';
import { chinaToday } from '@houqin/platform-calendar';
import { DutyKind } from './duty-roster';
import { DutyShiftRow, TechnicianCertificateRow } from './crew.entity';
import { LICENCE_LABELS_ZH, LicenceKind } from './licence-requirements';

registerEnumType(LicenceKind, {
  name: 'LicenceKind',
  description: '操作证种类: the licences work is done under (持证上岗).',
  valuesMap: Object.fromEntries(Object.entries(LICENCE_LABELS_ZH).map(([kind, zh]) => [kind, { description: zh }])),
});
registerEnumType(DutyKind, {
  name: 'DutyKind',
  description: '排班类型',
  valuesMap: { SHIFT: { description: '在岗班次: working on site.' }, ON_CALL: { description: '值班 / 备班 (24h on call): can be called in.' } },
});

@ObjectType({ description: "操作证: a technician's operating licence (特种作业操作证, 特种设备作业人员证)." })
export class TechnicianCertificate {
  @Field(() => ID) id!: string;
  @Field(() => StaffRef) staff!: StaffRef;
  @Field(() => CampusRef, { description: "The staff member's campus when it was recorded." }) campus!: CampusRef;
  @Field(() => LicenceKind) kind!: LicenceKind;
  @Field(() => String) certificateNo!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) issuedOn!: string;
  @Field(() => String, { description: 'Last valid day, YYYY-MM-DD.' }) validUntil!: string;
  @Field(() => String, { description: '发证机关' }) issuingAuthority!: string;
  @Field(() => Boolean, { description: 'Valid today (China date).' }) valid!: boolean;
  @Field(() => Date) recordedAt!: Date;
}

@ObjectType({ description: "排班: one shift of a campus's duty roster; it ends at `endsAt` (exclusive)." })
export class DutyShift {
  @Field(() => ID) id!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => StaffRef) staff!: StaffRef;
  @Field(() => TeamRef, { nullable: true, description: "The staff member's team when the shift was scheduled." }) team!: TeamRef | null;
  @Field(() => DutyKind) kind!: DutyKind;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A technician suggested for a work order, with what their place in the list rests on.' })
export class SuggestedTechnician {
  @Field(() => Int, { description: '1 = the best choice.' }) rank!: number;
  @Field(() => StaffRef) technician!: StaffRef;
  @Field(() => TeamRef) team!: TeamRef;
  @Field(() => Boolean, { description: "Holds every licence the order's category needs (持证上岗)." }) qualified!: boolean;
  @Field(() => [LicenceKind], { description: 'Licences the category needs that they hold no valid certificate for.' }) missingLicences!: LicenceKind[];
  @Field(() => DutyKind, { nullable: true, description: 'On duty right now; null = off duty.' }) onDuty!: DutyKind | null;
  @Field(() => Int, { description: 'Orders dispatched to them, not yet completed.' }) openOrders!: number;
}

export const toTechnicianCertificate = (row: TechnicianCertificateRow, now: Date = new Date()): TechnicianCertificate => {
  const today = chinaToday(now);
  return {
    id: row.id,
    staff: { id: row.staffId },
    campus: { id: row.campusId },
    kind: row.kind,
    certificateNo: row.certificateNo,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    issuingAuthority: row.issuingAuthority,
    valid: row.issuedOn <= today && today <= row.validUntil,
    recordedAt: row.recordedAt,
  };
};

export const toDutyShift = (row: DutyShiftRow): DutyShift => ({
  id: row.id,
  campus: { id: row.campusId },
  staff: { id: row.staffId },
  team: ref(row.teamId),
  kind: row.kind,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  createdAt: row.createdAt,
});
