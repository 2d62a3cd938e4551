import { Inject, Injectable } from '@nestjs/common';
import { PortalTokenSigner } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DataSource } from 'typeorm';
import { PORTAL_CONFIG, PortalConfig } from './portal-config';
import { RepairLabelCode } from './repair-label-code';
import { RepairLabels } from './repair-labels';
import { RepairLabelRow } from './portal.entity';

/**
 * 扫码: a genuine, active label's code becomes a half-hour portal session for its campus and place. The code is
 * the only credential here, so forged codes (QR_CODE_INVALID) and withdrawn labels (QR_LABEL_WITHDRAWN) stop
 * at this door; the gateway limits how often one address may knock.
 */
@Injectable()
export class OpenPortalSession {
  private readonly codes: RepairLabelCode;
  private readonly signer: PortalTokenSigner;

  constructor(
    private readonly dataSource: DataSource,
    private readonly labels: RepairLabels,
    @Inject(PORTAL_CONFIG) config: PortalConfig,
  ) {
    this.codes = new RepairLabelCode(config.qrLabelSecret);
    this.signer = new PortalTokenSigner(config.portalPrivateJwk);
  }

  async execute(code: string): Promise<{ token: string; expiresAt: Date }> {
    const labelId = this.codes.decode(code);
    const manager = this.dataSource.manager;
    const place = await this.labels.placeOf(manager, await manager.findOneBy(RepairLabelRow, { id: labelId }));
    return this.signer.sign({ sessionId: uuidv7(), campusId: place.campus.id, labelId });
  }
}
