import {
  BuildingChangedV1,
  CampusChangedV1,
  DepartmentChangedV1,
  EventContract,
  EventData,
  FloorChangedV1,
  LocationChangedV1,
  StaffChangedV1,
  TeamChangedV1,
} from '@houqin/contracts';
import { eventually, SubgraphName } from '@houqin/platform-local-infra';
import { randomUUID } from 'node:crypto';
import type { TestPlatform } from './test-platform';
import { PublishedEvent, publishEvents } from './publish-events';

/**
 * Org directory records for subgraph tests that run without the org service: the fixture publishes the
 * same `org.*.changed` events org would, to the test's real Kafka, and waits until the service under test
 * has them in its replica. End-to-end tests use the org service itself instead.
 */
export class OrgFixture {
  private readonly pending: PublishedEvent[] = [];
  private readonly at = new Date().toISOString();

  private add<C extends EventContract>(contract: C, data: EventData<C> & { id: string }): string {
    this.pending.push({ contract, key: data.id, data: contract.schema.parse(data) });
    return data.id;
  }

  campus(name = '东院区', id = randomUUID()): string {
    return this.add(CampusChangedV1, { id, code: `C${id.slice(0, 4)}`, name, nameEn: null, address: null, active: true, updatedAt: this.at });
  }

  department(campusId: string, name = '心内科', id = randomUUID(), active = true, hisCode: string | null = null): string {
    return this.add(DepartmentChangedV1, {
      id,
      campusId,
      name,
      nameEn: null,
      costCentreCode: `CC${id.slice(0, 6)}`,
      hisCode,
      active,
      updatedAt: this.at,
    });
  }

  building(campusId: string, name = '住院楼', id = randomUUID()): string {
    return this.add(BuildingChangedV1, { id, campusId, code: `B-${id.slice(0, 4)}`, name, updatedAt: this.at });
  }

  floor(campusId: string, buildingId: string, level: number, id = randomUUID()): string {
    return this.add(FloorChangedV1, { id, buildingId, campusId, level, name: level < 0 ? `B${-level}` : `${level}F`, updatedAt: this.at });
  }

  location(
    campusId: string,
    options: {
      name?: string;
      departmentId?: string | null;
      parentId?: string | null;
      kind?: 'WARD' | 'ROOM' | 'BED' | 'AREA';
      id?: string;
      active?: boolean;
      buildingId?: string;
      floorId?: string | null;
      hisCode?: string | null;
    } = {},
  ): string {
    const id = options.id ?? randomUUID();
    return this.add(LocationChangedV1, {
      id,
      campusId,
      buildingId: options.buildingId ?? randomUUID(),
      floorId: options.floorId ?? null,
      parentId: options.parentId ?? null,
      departmentId: options.departmentId ?? null,
      kind: options.kind ?? 'WARD',
      code: `L-${id.slice(0, 6)}`,
      name: options.name ?? '5病区',
      hisCode: options.hisCode ?? null,
      active: options.active ?? true,
      updatedAt: this.at,
    });
  }

  team(campusId: string, name = '水电班', trade = 'PLUMBING', id = randomUUID(), leadId: string | null = null): string {
    return this.add(TeamChangedV1, { id, campusId, name, trade, leadId, active: true, updatedAt: this.at });
  }

  /** A crew's lead (班组长) named after both exist, as org announces it: the team again, in full. */
  teamLead(teamId: string, campusId: string, leadId: string, name = '水电班', trade = 'PLUMBING'): void {
    this.add(TeamChangedV1, { id: teamId, campusId, name, trade, leadId, active: true, updatedAt: new Date().toISOString() });
  }

  staff(campusId: string, options: { name?: string; teamId?: string | null; departmentId?: string | null; id?: string } = {}): string {
    const id = options.id ?? randomUUID();
    return this.add(StaffChangedV1, {
      id,
      campusId,
      departmentId: options.departmentId ?? null,
      teamId: options.teamId ?? null,
      employeeNo: `E${id.slice(0, 5)}`,
      name: options.name ?? '张建国',
      jobTitle: null,
      active: true,
      updatedAt: this.at,
    });
  }

  /** Publishes everything added so far and waits until the replica of each of `services` holds all of it. */
  async publishTo(platform: TestPlatform, ...services: SubgraphName[]): Promise<void> {
    const batch = this.pending.splice(0);
    await publishEvents(platform, 'org', batch, this.at);
    const ids = [...new Set(batch.map((p) => p.key))];
    for (const service of services) await this.replicated(platform, service, ids);
  }

  private async replicated(platform: TestPlatform, service: SubgraphName, ids: string[]): Promise<void> {
    await eventually(
      async () => {
        const [{ n }] = await platform.query<{ n: number }>(
          service,
          `SELECT count(*)::int AS n FROM (SELECT id FROM org_campus_replica UNION ALL SELECT id FROM org_department_replica
             UNION ALL SELECT id FROM org_location_replica UNION ALL SELECT id FROM org_team_replica UNION ALL SELECT id FROM org_staff_replica
             UNION ALL SELECT id FROM org_building_replica UNION ALL SELECT id FROM org_floor_replica) r
           WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        return n === ids.length ? true : undefined;
      },
      60_000,
      `${service} org replica`,
    );
  }
}
