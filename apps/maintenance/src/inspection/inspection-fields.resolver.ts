import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { notFound } from '@houqin/platform-errors';
import { batchLoad, CurrentIdentity, groupBy, RequestContext } from '@houqin/platform-graphql';
import { AssetRow } from '../asset/asset.entity';
import { Asset, toAsset } from '../asset/asset.model';
import { AssetRepository } from '../asset/asset.repository';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { toWorkOrder, WorkOrder } from '../work-order/work-order.model';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { InspectionCheckpointRow, InspectionRouteRow } from './inspection.entity';
import {
  InspectionCheckpoint,
  InspectionReading,
  InspectionRound,
  InspectionRoute,
  RoundCheckpoint,
  toInspectionCheckpoint,
  toInspectionReading,
  toInspectionRoute,
} from './inspection.model';
import { InspectionRepository } from './inspection.repository';

/*
 * The related records of routes, rounds and readings, each loaded once per request for a whole list
 * (batchLoad), so a page of rounds costs one query per field, not one per round.
 */

const loadCheckpoints = (context: RequestContext, repository: InspectionRepository, routeId: string) =>
  batchLoad<string, InspectionCheckpointRow[]>(context, 'inspectionCheckpoints', routeId, async (ids) =>
    groupBy(await repository.checkpoints(ids), (row) => row.routeId),
  );

@Resolver(() => InspectionRoute)
export class InspectionRouteFieldsResolver {
  constructor(private readonly repository: InspectionRepository) {}

  @ResolveField(() => [InspectionCheckpoint])
  async checkpoints(@Parent() route: InspectionRoute, @Context() context: RequestContext): Promise<InspectionCheckpoint[]> {
    return ((await loadCheckpoints(context, this.repository, route.id)) ?? []).map(toInspectionCheckpoint);
  }
}

@Resolver(() => InspectionCheckpoint)
export class InspectionCheckpointFieldsResolver {
  constructor(private readonly assets: AssetRepository) {}

  @ResolveField(() => Asset, { nullable: true })
  async asset(@Parent() checkpoint: InspectionCheckpoint, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<Asset | null> {
    if (!checkpoint.assetId) return null;
    const row = await batchLoad<string, AssetRow>(context, 'checkpointAsset', checkpoint.assetId, (ids) => this.assets.findManyVisible(identity, ids));
    return row ? toAsset(row) : null;
  }
}

@Resolver(() => InspectionRound)
export class InspectionRoundFieldsResolver {
  constructor(private readonly repository: InspectionRepository) {}

  @ResolveField(() => InspectionRoute)
  async route(@Parent() round: InspectionRound, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<InspectionRoute> {
    const row = await batchLoad<string, InspectionRouteRow>(context, 'inspectionRoute', round.routeId, (ids) =>
      this.repository.findManyVisibleRoutes(identity, ids),
    );
    if (!row) throw notFound('InspectionRoute', round.routeId);
    return toInspectionRoute(row);
  }

  @ResolveField(() => [RoundCheckpoint])
  async checkpoints(@Parent() round: InspectionRound, @Context() context: RequestContext): Promise<RoundCheckpoint[]> {
    const [checkpoints, readings] = await Promise.all([
      loadCheckpoints(context, this.repository, round.routeId),
      batchLoad(context, 'inspectionReadings', round.id, async (ids: string[]) => groupBy(await this.repository.readings(ids), (row) => row.roundId)),
    ]);
    const byCheckpoint = new Map((readings ?? []).map((row) => [row.checkpointId, row]));
    return (checkpoints ?? []).map((row) => {
      const reading = byCheckpoint.get(row.id);
      return { checkpoint: toInspectionCheckpoint(row), reading: reading ? toInspectionReading(reading) : null };
    });
  }
}

@Resolver(() => InspectionReading)
export class InspectionReadingFieldsResolver {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  @ResolveField(() => WorkOrder, { nullable: true })
  async correctiveWorkOrder(
    @Parent() reading: InspectionReading,
    @CurrentIdentity() identity: Identity,
    @Context() context: RequestContext,
  ): Promise<WorkOrder | null> {
    if (!reading.correctiveWorkOrderId) return null;
    const row = await batchLoad<string, WorkOrderRow>(context, 'correctiveWorkOrder', reading.correctiveWorkOrderId, (ids) =>
      this.workOrders.findManyVisible(identity, ids),
    );
    return row ? toWorkOrder(row) : null;
  }
}
