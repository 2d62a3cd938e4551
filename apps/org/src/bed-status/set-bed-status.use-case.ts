import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { DirectoryReader } from '../common/directory-reader';
import { assertCanManageCampus } from '../common/directory-permissions';
import { LocationKind } from '../location/location-hierarchy';
import { LOCATION } from '../location/location.entity';
import { BED_STATUS_ZH, BedStatus, NEW_BED, staffMayChange, StaffBedStatus } from './bed-status';
import { BedBoard } from './bed-board';
import { BedStatusRow } from './bed-status.entity';
import { SetBedStatusInput } from './bed-status.inputs';
import { WardBed } from './bed-status.repository';

export const REASON_MAX = 200;

/** Staff close a bed, reopen it, or mark it soiled; occupancy is the HIS's alone. Audited with the reason. */
@Injectable()
export class SetBedStatus {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reader: DirectoryReader,
    private readonly board: BedBoard,
  ) {}

  static validate(input: SetBedStatusInput): { bedId: string; status: StaffBedStatus; reason: string } {
    // GraphQL admits only StaffBedStatus's values.
    const status = input.status as unknown as StaffBedStatus;
    return { bedId: requireUuid('bedId', input.bedId), status, reason: requireText('reason', input.reason, REASON_MAX) };
  }

  /** The bed and its status afterwards (unchanged when it already had the status asked for). */
  execute(identity: Identity, input: SetBedStatusInput): Promise<WardBed> {
    const valid = SetBedStatus.validate(input);
    return this.unitOfWork.run(async (manager) => {
      const bed = await this.reader.findVisible(identity, LOCATION, 'bedId', valid.bedId, manager);
      if (bed.kind !== LocationKind.BED) throw new DomainError('BED_STATUS_NOT_A_BED', { code: bed.code });
      assertCanManageCampus(identity, bed.campusId);
      const current = await manager.findOneBy(BedStatusRow, { bedId: bed.id });
      const from = (current?.status as BedStatus | undefined) ?? BedStatus.UNOCCUPIED;
      if (from !== valid.status && !staffMayChange(from, valid.status)) throw new DomainError('BED_STATUS_CHANGE_REFUSED', { from, to: valid.status, fromZh: BED_STATUS_ZH[from], toZh: BED_STATUS_ZH[valid.status] });
      await this.board.apply(manager, bed.id, { kind: 'SET_BY_STAFF', status: valid.status, at: new Date() }, { identity, reason: valid.reason });
      return { bed, status: (await manager.findOneBy(BedStatusRow, { bedId: bed.id })) ?? NEW_BED };
    });
  }
}
