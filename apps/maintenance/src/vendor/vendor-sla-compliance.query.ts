import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalUuid } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { reportCampuses, requirePeriod } from '../common/report-scope';
import { VendorRow } from './vendor.entity';
import { VendorSlaComplianceArgs } from './vendor.inputs';

export interface VendorSlaFigures {
  vendor: VendorRow;
  calls: number;
  onSiteOnTime: number;
  onSiteLate: number;
  notOnSitePastDue: number;
  averageMinutesToArrive: number | null;
  totalCostFen: number;
}

/**
 * 外请 SLA compliance per vendor over the calls made in [from, to), in one SQL aggregate. The on-site figures
 * follow `vendorSlaOutcome` (vendor-sla.ts): on time or late by the arrival; past due without an arrival while
 * still awaited or cancelled after the due time. Calls not yet due, or withdrawn in time, are in no figure.
 */
@Injectable()
export class VendorSlaComplianceQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: VendorSlaComplianceArgs, now: Date = new Date()): Promise<VendorSlaFigures[]> {
    const vendorId = optionalUuid('vendorId', args.vendorId);
    requirePeriod(args.from, args.to);
    const scope = reportCampuses(identity, args.campusId);
    const rows: Array<VendorRow & Record<'calls' | 'on_time' | 'late' | 'past_due' | 'average_minutes' | 'total_cost_fen', string | null>> =
      await this.dataSource.query(
        `SELECT v.id, v.name, v.unified_social_credit_code AS "unifiedSocialCreditCode", v.contact_name AS "contactName",
                v.contact_phone AS "contactPhone", v.active, v.created_at AS "createdAt", v.updated_at AS "updatedAt",
                count(*) AS calls,
                count(*) FILTER (WHERE c.arrived_at <= c.on_site_due_at) AS on_time,
                count(*) FILTER (WHERE c.arrived_at > c.on_site_due_at) AS late,
                count(*) FILTER (WHERE c.arrived_at IS NULL AND COALESCE(c.cancelled_at, $3) > c.on_site_due_at) AS past_due,
                round(avg(extract(epoch FROM c.arrived_at - c.called_at) / 60), 1) AS average_minutes,
                COALESCE(sum(c.cost_fen), 0) AS total_cost_fen
           FROM vendor_call c JOIN vendor v ON v.id = c.vendor_id
          WHERE c.called_at >= $1 AND c.called_at < $2
            AND ($4::uuid[] IS NULL OR c.campus_id = ANY($4))
            AND ($5::uuid IS NULL OR c.vendor_id = $5)
          GROUP BY v.id
          ORDER BY v.name`,
        [args.from.toISOString(), args.to.toISOString(), now.toISOString(), scope, vendorId],
      );
    return rows.map(({ calls, on_time, late, past_due, average_minutes, total_cost_fen, ...vendor }) => ({
      vendor,
      calls: Number(calls),
      onSiteOnTime: Number(on_time),
      onSiteLate: Number(late),
      notOnSitePastDue: Number(past_due),
      averageMinutesToArrive: average_minutes === null ? null : Number(average_minutes),
      totalCostFen: Number(total_cost_fen),
    }));
  }
}
