import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, optionalText, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { randomBytes } from 'node:crypto';
import { MoreThan } from 'typeorm';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { checkRepairRequest, WorkOrderIntake } from '../work-order/work-order-intake';
import { WorkOrderSource } from '../work-order/work-order-source';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { followUpHash, portalSessionOf } from './portal-identity';
import { isPortalTrade } from './portal-trades';
import { PortalReportRow, RepairLabelRow } from './portal.entity';
import { SubmitPortalReportInput } from './portal.inputs';
import { RepairLabels } from './repair-labels';

/** More reports than this from one label within an hour is a prank or a script, not a ward. */
export const PORTAL_REPORTS_PER_LABEL_PER_HOUR = 10;
/** Mobile (11 digits), landline with area code, or an internal extension (3 to 8 digits). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,8})$/;

export interface PortalReceipt {
  followUpCode: string;
  order: WorkOrderRow;
  report: PortalReportRow;
}

/**
 * 扫码报修: a report from a scanned label goes through the same intake as the console (questions, duplicates,
 * routing, SLA), at the label's place. The reporter gets a follow-up code to watch the order from the same
 * link; a contact phone is optional but saves the crew a second call. The contact stays on the portal report
 * (shown to the campus's staff on the order), out of the order's text and out of events.
 */
@Injectable()
export class SubmitPortalReport {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: WorkOrderIntake,
    private readonly labels: RepairLabels,
  ) {}

  execute(identity: Identity, input: SubmitPortalReportInput): Promise<PortalReceipt> {
    const session = portalSessionOf(identity);
    const category = String(input.category ?? '').toUpperCase();
    if (!isPortalTrade(category)) throw new DomainError('INVALID_INPUT', { detail: `category: not one of the portal's trades: ${category.slice(0, 32)}` });
    const description = requireText('description', input.description, 500);
    const contactName = optionalText('contactName', input.contactName, 40);
    const contactPhone = optionalText('contactPhone', input.contactPhone, 20)?.replace(/\s+/g, '') ?? null;
    if (contactPhone && !PHONE.test(contactPhone)) throw new DomainError('INVALID_INPUT', { detail: 'contactPhone: a mobile, landline or extension number' });
    return this.unitOfWork.run(async (manager) => {
      // Locking the label serialises its reports, so the hourly limit holds under a burst.
      const label = await manager.findOne(RepairLabelRow, { where: { id: session.labelId }, lock: { mode: 'pessimistic_write' } });
      const place = await this.labels.placeOf(manager, label);
      if (place.campus.id !== session.campusId) throw forbidden();
      const recent = await manager.count(PortalReportRow, { where: { labelId: session.labelId, submittedAt: MoreThan(new Date(Date.now() - 3600_000)) } });
      if (recent >= PORTAL_REPORTS_PER_LABEL_PER_HOUR) throw new DomainError('PORTAL_LABEL_BUSY', { max: PORTAL_REPORTS_PER_LABEL_PER_HOUR });
      const request = checkRepairRequest(
        {
          locationId: place.location.id,
          assetId: place.asset?.id ?? null,
          category,
          priority: input.urgent ? WorkOrderPriority.HIGH : WorkOrderPriority.NORMAL,
          title: description.split('\n')[0].slice(0, 60),
          description,
          answers: input.answers ?? [],
        },
        WorkOrderSource.QR_PORTAL,
        session.labelId,
      );
      const order = await this.intake.open(manager, identity, request);
      const followUpCode = randomBytes(16).toString('base64url');
      const report: PortalReportRow = {
        id: uuidv7(),
        labelId: session.labelId,
        sessionId: session.sessionId,
        campusId: session.campusId,
        workOrderId: order.id,
        duplicate: order.requesterSubject !== identity.subject,
        followUpHash: followUpHash(followUpCode),
        contactName,
        contactPhone,
        submittedAt: new Date(),
      };
      await manager.insert(PortalReportRow, report);
      return { followUpCode, order, report };
    });
  }
}
