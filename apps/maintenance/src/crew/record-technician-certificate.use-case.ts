import { Injectable } from '@nestjs/common';
import { TechnicianCertificateRecordedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { rejectDuplicate, uuidv7 } from '@houqin/platform-database';
import { forbidden, inactive, notFound, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { requireCertificatePeriod } from '../asset/asset-dates';
import { chinaToday } from '@houqin/platform-calendar';
import { actorOf } from './crew-facts';
import { TechnicianCertificateRow } from './crew.entity';
import { RecordTechnicianCertificateInput } from './crew.inputs';

/**
 * 录入操作证: a technician's licence, on the staff member's campus (which the caller must act for). An
 * expired certificate is refused: it qualifies nobody for anything.
 */
@Injectable()
export class RecordTechnicianCertificate {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: RecordTechnicianCertificateInput): Promise<TechnicianCertificateRow> {
    const now = new Date();
    const today = chinaToday(now);
    const staffId = requireUuid('staffId', input.staffId);
    const certificateNo = requireText('certificateNo', input.certificateNo, 64);
    const issuingAuthority = requireText('issuingAuthority', input.issuingAuthority, 100);
    const { issuedOn, validUntil } = requireCertificatePeriod({ field: 'issuedOn', value: input.issuedOn }, input.validUntil, today);

    return rejectDuplicate('technician_certificate_staff_kind_no_uq', 'TechnicianCertificate', certificateNo, () =>
      this.unitOfWork.run(async (manager) => {
        const [staff] = await this.directory.staff(manager, [staffId]);
        if (!staff) throw notFound('Staff', staffId);
        if (!CampusScope.of(identity).allows(staff.campusId)) throw forbidden();
        if (!staff.active) throw inactive('Staff', staff.name);
        const row: TechnicianCertificateRow = {
          id: uuidv7(),
          staffId,
          campusId: staff.campusId,
          kind: input.kind,
          certificateNo,
          issuedOn,
          validUntil,
          issuingAuthority,
          recordedAt: now,
          recordedBy: identity.subject,
        };
        await manager.insert(TechnicianCertificateRow, row);
        await this.changes.record(
          manager,
          identity,
          {
            audit: {
              action: 'technician_certificate.record',
              entityType: 'TechnicianCertificate',
              entityId: row.id,
              campusId: row.campusId,
              before: null,
              after: row,
            },
            events: [
              changeEvent(
                TechnicianCertificateRecordedV1,
                {
                  certificateId: row.id,
                  staffId,
                  campusId: row.campusId,
                  kind: row.kind,
                  certificateNo,
                  issuedOn,
                  validUntil,
                  issuingAuthority,
                  occurredAt: now.toISOString(),
                  actor: actorOf(identity),
                },
                staffId,
              ),
            ],
          },
          now,
        );
        return row;
      }),
    );
  }
}
