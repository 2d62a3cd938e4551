import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { DomainError, forbidden } from '@houqin/platform-errors';
import { DataSource, EntityManager, In } from 'typeorm';
import { intakeQuestionsFor } from '../intake/intake.repository';
import { toIntakeQuestion } from '../intake/intake.model';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { followUpHash, portalSessionOf } from './portal-identity';
import { PortalReportStatus, PortalTrade, RepairPortal } from './portal.model';
import { PortalReportRow, RepairLabelRow } from './portal.entity';
import { PORTAL_TRADES, tradeOfAsset } from './portal-trades';
import { RepairLabels } from './repair-labels';

const S = WorkOrderStatus;
const OPEN = [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS];
export const MAX_FOLLOW_UP_CODES = 20;

/** What a portal session reads: its label's place, and the reports whose follow-up codes the reporter holds. */
@Injectable()
export class RepairPortalQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly labels: RepairLabels,
  ) {}

  async portal(identity: Identity): Promise<RepairPortal> {
    const manager = this.dataSource.manager;
    const session = portalSessionOf(identity);
    const place = await this.labels.placeOf(manager, await manager.findOneBy(RepairLabelRow, { id: session.labelId }));
    if (place.campus.id !== session.campusId) throw forbidden();
    const open = await manager
      .createQueryBuilder(WorkOrderRow, 'wo')
      .where('wo.status IN (:...open)', { open: OPEN })
      .andWhere(place.asset ? '(wo.locationId = :locationId OR wo.assetId = :assetId)' : 'wo.locationId = :locationId', {
        locationId: place.location.id,
        assetId: place.asset?.id,
      })
      .orderBy('wo.submittedAt', 'DESC')
      .limit(10)
      .getMany();
    return {
      campusName: place.campus.name,
      placeName: place.placeName,
      assetName: place.asset?.name ?? null,
      assetNo: place.asset?.assetNo ?? null,
      suggestedCategory: place.asset ? tradeOfAsset(place.asset.category) : null,
      trades: await this.trades(manager, session.campusId),
      openReports: open.map((wo) => ({ number: wo.number, category: wo.category, title: wo.title, status: wo.status, submittedAt: wo.submittedAt })),
    };
  }

  /** 报修类别: the trades to raise a request under on a campus, each with the campus's intake questions. */
  async tradesOnCampus(identity: Identity, campusId: string): Promise<PortalTrade[]> {
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    return this.trades(this.dataSource.manager, campusId);
  }

  private trades(manager: EntityManager, campusId: string): Promise<PortalTrade[]> {
    return Promise.all(
      PORTAL_TRADES.map(async (trade) => ({
        category: trade.category,
        nameZh: trade.zh,
        nameEn: trade.en,
        questions: (await intakeQuestionsFor(manager, campusId, trade.category)).map(toIntakeQuestion),
      })),
    );
  }

  /**
   * 进度查询: the reports behind the follow-up codes the reporter's phone kept, on the session's campus only.
   * Unknown codes are left out rather than refused, so a page holding an old code still shows the rest.
   */
  async followUp(identity: Identity, codes: readonly string[]): Promise<PortalReportStatus[]> {
    const session = portalSessionOf(identity);
    if (codes.length > MAX_FOLLOW_UP_CODES) throw new DomainError('FOLLOW_UP_CODES_TOO_MANY', { max: MAX_FOLLOW_UP_CODES });
    const byHash = new Map(codes.map((code) => [followUpHash(String(code)), String(code)]));
    if (!byHash.size) return [];
    const manager = this.dataSource.manager;
    const reports = await manager.find(PortalReportRow, {
      where: { followUpHash: In([...byHash.keys()]), campusId: session.campusId },
      order: { submittedAt: 'DESC' },
    });
    return this.statuses(manager, reports, byHash);
  }

  async statuses(manager: EntityManager, reports: PortalReportRow[], codeByHash: ReadonlyMap<string, string>): Promise<PortalReportStatus[]> {
    const orders = new Map((reports.length ? await manager.findBy(WorkOrderRow, { id: In(reports.map((r) => r.workOrderId)) }) : []).map((wo) => [wo.id, wo]));
    const places = new Map<string, string>();
    const result: PortalReportStatus[] = [];
    for (const report of reports) {
      const order = orders.get(report.workOrderId) as WorkOrderRow;
      if (!places.has(order.locationId)) places.set(order.locationId, await this.placeName(manager, order.locationId));
      result.push({
        followUpCode: codeByHash.get(report.followUpHash) as string,
        number: order.number,
        category: order.category,
        title: order.title,
        status: order.status,
        placeName: places.get(order.locationId) as string,
        duplicate: report.duplicate,
        submittedAt: report.submittedAt,
        acceptedAt: order.acceptedAt,
        completedAt: order.completedAt,
      });
    }
    return result;
  }

  private async placeName(manager: EntityManager, locationId: string): Promise<string> {
    const location = await this.labels.location(manager, locationId);
    return location ? (await this.labels.describe(manager, location)).placeName : '';
  }
}
