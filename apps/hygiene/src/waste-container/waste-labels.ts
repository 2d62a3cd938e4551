import { Inject, Injectable } from '@nestjs/common';
import { SignedIdCode } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { HYGIENE_SETTINGS, HygieneSettings } from '../hygiene-settings';

/** The QR codes printed on waste containers: the container's id, signed, so a collector cannot scan a made-up bin. */
@Injectable()
export class WasteLabels {
  private readonly codes: SignedIdCode;

  constructor(@Inject(HYGIENE_SETTINGS) settings: HygieneSettings) {
    this.codes = new SignedIdCode(settings.labelSecret, 'houqin.waste-container.v1');
  }

  codeOf(containerId: string): string {
    return this.codes.encode(containerId);
  }

  /** The container a scanned code names; WASTE_LABEL_INVALID for a code this hospital group did not print. */
  containerId(code: string): string {
    const id = this.codes.decode(code);
    if (!id) throw new DomainError('WASTE_LABEL_INVALID');
    return id;
  }
}
