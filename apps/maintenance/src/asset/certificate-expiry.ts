import { addDays, chinaToday, daysBetween } from '@houqin/platform-calendar';

/** Where special equipment stands with its inspection certificate (检验合格证), for the console's traffic light. */
export enum CertificateStatus {
  VALID = 'VALID',
  EXPIRING_30 = 'EXPIRING_30',
  EXPIRING_7 = 'EXPIRING_7',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}

/** The points at which the safety officer is told, mildest first. */
export enum AlertThreshold {
  DAYS_30 = 'DAYS_30',
  DAYS_7 = 'DAYS_7',
  EXPIRED = 'EXPIRED',
}

const WARNING_DAYS = 30;
const URGENT_DAYS = 7;

/**
 * Classifies a certificate by its last valid day against today (China Standard Time). A certificate is valid
 * through its `validUntil` date; 30 days ahead is enough to book the inspection body, 7 days is urgent.
 */
export class CertificateExpiry {
  readonly today: string;

  constructor(now: Date) {
    this.today = chinaToday(now);
  }

  /** The latest `validUntil` that already calls for an alert: the job's candidates are at or before it. */
  get alertHorizon(): string {
    return addDays(this.today, WARNING_DAYS);
  }

  /** Whole days the certificate stays valid after today: 0 on its last day, negative once expired. */
  daysLeft(validUntil: string): number {
    return daysBetween(this.today, validUntil);
  }

  status(validUntil: string | null): CertificateStatus {
    if (validUntil === null) return CertificateStatus.MISSING;
    const days = this.daysLeft(validUntil);
    if (days < 0) return CertificateStatus.EXPIRED;
    if (days <= URGENT_DAYS) return CertificateStatus.EXPIRING_7;
    if (days <= WARNING_DAYS) return CertificateStatus.EXPIRING_30;
    return CertificateStatus.VALID;
  }

  /**
   * Every threshold the certificate has passed, mildest first. Only the last is announced; the milder ones
   * are recorded as passed too, so equipment first seen 5 days from expiry gets no stale 30-day alert. No
   * certificate at all counts as expired: the equipment must not be in use.
   */
  thresholdsPassed(validUntil: string | null): AlertThreshold[] {
    switch (this.status(validUntil)) {
      case CertificateStatus.VALID:
        return [];
      case CertificateStatus.EXPIRING_30:
        return [AlertThreshold.DAYS_30];
      case CertificateStatus.EXPIRING_7:
        return [AlertThreshold.DAYS_30, AlertThreshold.DAYS_7];
      case CertificateStatus.EXPIRED:
      case CertificateStatus.MISSING:
        return [AlertThreshold.DAYS_30, AlertThreshold.DAYS_7, AlertThreshold.EXPIRED];
    }
  }
}
