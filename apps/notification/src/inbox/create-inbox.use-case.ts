import { Injectable } from '@nestjs/common';
import { InboxCreatedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, requireText } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { InboxRow } from './inbox.entity';
import { CreateInboxInput } from './inbox.inputs';

export const NAME_MAX = 100;

/** Create a inbox on one of the caller's campuses: row, audit entry and event in one transaction. */
@Injectable()
export class CreateInbox {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  /** What the input must be, checked before anything is read or written. */
  static validate(identity: Identity, input: CreateInboxInput): Pick<InboxRow, 'campusId' | 'name'> {
    return { campusId: requireCampusInScope(identity, input.campusId), name: requireText('name', input.name, NAME_MAX) };
  }

  execute(identity: Identity, input: CreateInboxInput): Promise<InboxRow> {
    const valid = CreateInbox.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      if (await manager.existsBy(InboxRow, valid)) throw new DomainError('INBOX_NAME_TAKEN', { name: valid.name });
      const now = new Date();
      const row: InboxRow = { id: uuidv7(), ...valid, createdAt: now, createdBy: identity.subject };
      await manager.insert(InboxRow, row);
      await recordAudit(
        manager,
        identity,
        { action: 'inbox.create', entityType: 'Inbox', entityId: row.id, campusId: row.campusId, before: null, after: row },
        now,
      );
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      const data = { inboxId: row.id, campusId: row.campusId, name: row.name, occurredAt: now.toISOString(), actor };
      await this.outbox.append(manager, InboxCreatedV1, data, { key: row.id });
      return row;
    });
  }
}
