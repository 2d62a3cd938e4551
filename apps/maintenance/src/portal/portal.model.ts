import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CampusRef, LocationRef } from '@houqin/platform-entity-refs';
import { IntakeQuestion } from '../intake/intake.model';
import { WorkOrderStatus } from '../work-order/work-order-status';

@ObjectType({ description: '报修码: the QR label of a place or an asset.' })
export class RepairLabel {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'What the QR code carries after the portal address (signed; cannot be made up).' }) code!: string;
  @Field(() => String, { description: 'The address the QR code opens.' }) url!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => LocationRef, { nullable: true, description: "The place, for a place's label." }) location!: LocationRef | null;
  @Field(() => ID, { nullable: true, description: "The asset, for an asset's label (it follows the asset when it moves)." }) assetId!: string | null;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawnReason!: string | null;
  @Field(() => String, { description: 'The QR code as an SVG image, for the console to show or print one label.' }) qrSvg!: string;
}

@ObjectType({ description: 'An A4 sheet of repair labels to print (PDF).' })
export class RepairLabelSheet {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) pdfBase64!: string;
  @Field(() => Int) pages!: number;
  @Field(() => [RepairLabel]) labels!: RepairLabel[];
}

@ObjectType({ description: 'A trade the reporter can pick, with its questions.' })
export class PortalTrade {
  @Field(() => String) category!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => [IntakeQuestion]) questions!: IntakeQuestion[];
}

@ObjectType({ description: 'An order already open at this place: reporters see it before reporting the same fault again.' })
export class PortalOpenReport {
  @Field(() => String) number!: string;
  @Field(() => String) category!: string;
  @Field(() => String) title!: string;
  @Field(() => WorkOrderStatus) status!: WorkOrderStatus;
  @Field(() => Date) submittedAt!: Date;
}

@ObjectType({ description: 'The scan page: where the label is, what can be reported, what is already being fixed.' })
export class RepairPortal {
  @Field(() => String) campusName!: string;
  @Field(() => String, { description: 'Building · floor · ward · room.' }) placeName!: string;
  @Field(() => String, { nullable: true }) assetName!: string | null;
  @Field(() => String, { nullable: true }) assetNo!: string | null;
  @Field(() => String, { nullable: true, description: "The trade preselected (an elevator's label: ELEVATOR)." }) suggestedCategory!: string | null;
  @Field(() => [PortalTrade]) trades!: PortalTrade[];
  @Field(() => [PortalOpenReport]) openReports!: PortalOpenReport[];
}

@ObjectType({ description: 'Where a report sent from a label stands (进度查询).' })
export class PortalReportStatus {
  @Field(() => String) followUpCode!: string;
  @Field(() => String) number!: string;
  @Field(() => String) category!: string;
  @Field(() => String) title!: string;
  @Field(() => WorkOrderStatus) status!: WorkOrderStatus;
  @Field(() => String) placeName!: string;
  @Field(() => Boolean, { description: 'Linked to an order already open for the same fault instead of opening one.' }) duplicate!: boolean;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a technician accepted it.' }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
}

@ObjectType({ description: 'What the reporter keeps: the follow-up code (shown once) and the order it opened or joined.' })
export class PortalReceipt {
  @Field(() => String) followUpCode!: string;
  @Field(() => ID, { description: 'For attaching photos (attachPhoto).' }) workOrderId!: string;
  @Field(() => PortalReportStatus) report!: PortalReportStatus;
}

@ObjectType({ description: 'Who reported from a QR label and how to reach them (only if they left a contact).' })
export class PortalContact {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Date) reportedAt!: Date;
  @Field(() => Boolean) duplicate!: boolean;
}
