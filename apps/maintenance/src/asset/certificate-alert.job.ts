import { SpecialEquipmentCertificateExpiredV1, SpecialEquipmentCertificateExpiringV1 } from '@houqin/contracts';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { AssetCategory, SPECIAL_EQUIPMENT_CATEGORIES } from './asset-category';
import { AssetStatus } from './asset-status';
import { AlertThreshold, CertificateExpiry } from './certificate-expiry';

interface Candidate {
  assetId: string;
  assetNo: string;
  campusId: string;
  locationId: string;
  category: AssetCategory;
  certificateId: string | null;
  certificateNo: string | null;
  validUntil: string | null;
}

interface Decision {
  candidate: Candidate;
  certificateKey: string;
  threshold: AlertThreshold;
  announced: boolean;
}

/** The certificate key of equipment without any certificate: one "expired" alert until one is recorded. */
const NO_CERTIFICATE = 'none';

const keyOf = (assetId: string, certificateKey: string, threshold: string) => `${assetId}|${certificateKey}|${threshold}`;

/**
 * Tells the safety officer about special equipment whose inspection certificate runs out: 30 days ahead, 7
 * days ahead and once expired (or never recorded), each once per (asset, certificate, threshold). The
 * certificate_alert rows are written in the run's transaction with the outbox rows, so a crash or a restart
 * neither loses nor repeats an alert; a new certificate has a new id and so starts its own alerts.
 */
@Scheduled()
export class CertificateAlertJob implements ScheduledJob {
  readonly name = 'maintenance.certificate-alerts';
  readonly intervalMs = 15 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const expiry = new CertificateExpiry(now);
    const candidates: Candidate[] = await manager.query(
      `SELECT a.id AS "assetId", a.asset_no AS "assetNo", a.campus_id AS "campusId", a.location_id AS "locationId", a.category,
              c.id AS "certificateId", c.certificate_no AS "certificateNo", to_char(a.certificate_valid_until, 'YYYY-MM-DD') AS "validUntil"
         FROM asset a LEFT JOIN inspection_certificate c ON c.id = a.current_certificate_id
        WHERE a.category = ANY($1) AND a.status <> $2 AND (a.certificate_valid_until IS NULL OR a.certificate_valid_until <= $3::date)`,
      [SPECIAL_EQUIPMENT_CATEGORIES, AssetStatus.RETIRED, expiry.alertHorizon],
    );
    const decisions = candidates.flatMap((candidate) =>
      expiry.thresholdsPassed(candidate.validUntil).map((threshold, index, passed): Decision => ({
        candidate,
        certificateKey: candidate.certificateId ?? NO_CERTIFICATE,
        threshold,
        announced: index === passed.length - 1,
      })),
    );
    if (!decisions.length) return 0;

    const inserted: { assetId: string; certificateKey: string; threshold: string }[] = await manager.query(
      `INSERT INTO certificate_alert (asset_id, certificate_key, threshold, announced, recorded_at)
       SELECT d.asset_id, d.certificate_key, d.threshold, d.announced, $5
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[]) AS d(asset_id, certificate_key, threshold, announced)
       ON CONFLICT DO NOTHING
       RETURNING asset_id AS "assetId", certificate_key AS "certificateKey", threshold`,
      [
        decisions.map((d) => d.candidate.assetId),
        decisions.map((d) => d.certificateKey),
        decisions.map((d) => d.threshold),
        decisions.map((d) => d.announced),
        now.toISOString(),
      ],
    );
    const fresh = new Set(inserted.map((row) => keyOf(row.assetId, row.certificateKey, row.threshold)));
    const toAnnounce = decisions.filter((d) => d.announced && fresh.has(keyOf(d.candidate.assetId, d.certificateKey, d.threshold)));
    for (const decision of toAnnounce) await this.announce(manager, decision, expiry, now);
    return toAnnounce.length;
  }

  private async announce(manager: EntityManager, { candidate, threshold }: Decision, expiry: CertificateExpiry, now: Date): Promise<void> {
    const facts = {
      assetId: candidate.assetId,
      assetNo: candidate.assetNo,
      campusId: candidate.campusId,
      locationId: candidate.locationId,
      category: candidate.category,
      occurredAt: now.toISOString(),
    };
    if (threshold === AlertThreshold.EXPIRED) {
      const certificate = { certificateId: candidate.certificateId, certificateNo: candidate.certificateNo, validUntil: candidate.validUntil };
      await this.changes.publish(manager, [changeEvent(SpecialEquipmentCertificateExpiredV1, { ...facts, ...certificate }, candidate.assetId)], now);
      return;
    }
    // An expiring certificate exists: candidates without one pass straight to EXPIRED.
    const validUntil = candidate.validUntil as string;
    const expiring = {
      ...facts,
      threshold,
      certificateId: candidate.certificateId as string,
      certificateNo: candidate.certificateNo as string,
      validUntil,
      daysLeft: expiry.daysLeft(validUntil),
    };
    await this.changes.publish(manager, [changeEvent(SpecialEquipmentCertificateExpiringV1, expiring, candidate.assetId)], now);
  }
}
