import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { ref } from '@houqin/platform-entity-refs';
import { PORTAL_CONFIG, PortalConfig } from './portal-config';
import { RepairLabelRow } from './portal.entity';
import { RepairLabel } from './portal.model';
import { RepairLabelCode } from './repair-label-code';

/** A label as the console sees it: its signed code, the address the QR opens, the QR itself. */
@Injectable()
export class RepairLabelView {
  private readonly codes: RepairLabelCode;

  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {
    this.codes = new RepairLabelCode(config.qrLabelSecret);
  }

  urlOf(row: RepairLabelRow): string {
    return `${this.config.baseUrl}/portal/r/${this.codes.encode(row.id)}`;
  }

  async view(row: RepairLabelRow): Promise<RepairLabel> {
    const url = this.urlOf(row);
    return {
      id: row.id,
      code: this.codes.encode(row.id),
      url,
      campus: { id: row.campusId },
      location: ref(row.locationId),
      assetId: row.assetId,
      issuedAt: row.issuedAt,
      withdrawnAt: row.withdrawnAt,
      withdrawnReason: row.withdrawnReason,
      qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    };
  }
}
