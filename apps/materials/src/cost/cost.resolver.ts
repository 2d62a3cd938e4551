import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { optionalUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { CHARGE_READERS } from '../materials.roles';
import { DepartmentMaterialsCost } from './cost.model';
import { MaterialsCostLedger } from './materials-cost-ledger';

/** Costs to finance: what each department's stock cost in a month, by category, from the ledger. */
@Resolver()
export class CostResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: MaterialsCostLedger,
  ) {}

  @Query(() => [DepartmentMaterialsCost], { description: '科室物资成本: stock charged to departments in a month (Beijing time), by category, net of returns.' })
  @Roles(...CHARGE_READERS)
  async departmentMaterialsCosts(
    @CurrentIdentity() identity: Identity,
    @Args('month', { type: () => String, description: 'YYYY-MM' }) month: string,
    @Args('campusId', { type: () => ID, nullable: true }) campusId?: string | null,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId?: string | null,
  ): Promise<DepartmentMaterialsCost[]> {
    const campusIds = campusId ? [requireCampusInScope(identity, campusId)] : CampusScope.of(identity).filter();
    const rows = await this.ledger.byDepartment(this.dataSource.manager, month, { campusIds, departmentId: optionalUuid('departmentId', departmentId) });
    return rows.map(({ departmentId: id, ...row }) => ({ ...row, department: { id } }));
  }
}
