import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, requireUuid } from '@houqin/platform-errors';
import { scopeToCampuses } from '@houqin/platform-database';
import { batchLoad, decodeCursor, encodeCursor, Page, RequestContext } from '@houqin/platform-graphql';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { DirectoryPageArgs, filterActive } from './directory-args';
import { DirectoryKind, DirectoryRow } from './directory-kind';
import { isUuid } from './directory-rules';

/**
 * Directory reads, always within the caller's campuses (CampusScope as a WHERE clause): a campus admin of
 * East never loads a West row, and to them it simply does not exist. Batches references and child lists
 * so N parents cost one statement, not N.
 */
@Injectable()
export class DirectoryReader {
  constructor(private readonly dataSource: DataSource) {}

  /** A query over the rows of one kind the caller may see. */
  query<Row extends DirectoryRow>(identity: Identity, kind: DirectoryKind<Row>, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Row> {
    const query = manager.createQueryBuilder(kind.row, kind.alias);
    return scopeToCampuses(query, identity, `${kind.alias}.${kind.campusProperty}`);
  }

  async findVisible<Row extends DirectoryRow>(identity: Identity, kind: DirectoryKind<Row>, field: string, id: string, manager?: EntityManager): Promise<Row> {
    const rowId = requireUuid(field, id);
    const row = await this.query(identity, kind, manager).andWhere(`${kind.alias}.id = :rowId`, { rowId }).getOne();
    if (!row) throw notFound(kind.entity, rowId);
    return row;
  }

  /** Like findVisible, for optional references: null stays null. */
  async findOptional<Row extends DirectoryRow>(
    identity: Identity,
    kind: DirectoryKind<Row>,
    field: string,
    id: string | null | undefined,
    manager?: EntityManager,
  ): Promise<Row | null> {
    return id === null || id === undefined ? null : this.findVisible(identity, kind, field, id, manager);
  }

  async findManyVisible<Row extends DirectoryRow>(identity: Identity, kind: DirectoryKind<Row>, ids: string[]): Promise<Map<string, Row>> {
    // References come from other subgraphs and clients: an id that is not a uuid is simply not found.
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    if (!valid.length) return new Map();
    const rows = await this.query(identity, kind).andWhere(`${kind.alias}.id = ANY(:ids)`, { ids: valid }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** One row for a reference or field resolver; every load of the kind in the same tick shares one query. */
  async load<Row extends DirectoryRow>(context: RequestContext, kind: DirectoryKind<Row>, id: string | null): Promise<Row | null> {
    const identity = context.identity;
    if (!identity || !id) return null;
    const row = await batchLoad<string, Row>(context, kind.entity, id.toLowerCase(), (ids) => this.findManyVisible(identity, kind, ids));
    return row ?? null;
  }

  /**
   * One page of children for a parent (Campus.buildings, Team.members). All parents resolved in the same tick
   * share two statements: the rows (ranked per parent, keyset on id like paginate()) and the counts.
   */
  async loadPage<Row extends DirectoryRow, T>(
    context: RequestContext,
    kind: DirectoryKind<Row>,
    parent: keyof Row & string,
    parentId: string,
    args: DirectoryPageArgs,
    map: (row: Row) => T,
  ): Promise<Page<T>> {
    const identity = context.identity;
    const empty: Page<T> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    if (!identity) return empty;
    const batchName = `${kind.entity}.${parent}:${args.first ?? ''}:${args.after ?? ''}:${args.active ?? ''}`;
    const page = await batchLoad<string, Page<Row>>(context, batchName, parentId, (ids) => this.pagesByParent(identity, kind, parent, ids, args));
    if (!page) return empty;
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
  }

  private async pagesByParent<Row extends DirectoryRow>(
    identity: Identity,
    kind: DirectoryKind<Row>,
    parent: keyof Row & string,
    parentIds: string[],
    args: DirectoryPageArgs,
  ): Promise<Map<string, Page<Row>>> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new DomainError('INVALID_INPUT', { detail: 'first must be between 1 and 100' });
    const a = kind.alias;
    const ranked = filterActive(this.query(identity, kind), args.active)
      .select(`${a}.id`, 'id')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${a}.${parent} ORDER BY ${a}.id)`, 'position')
      .andWhere(`${a}.${parent} = ANY(:parentIds)`, { parentIds });
    if (args.after) ranked.andWhere(`${a}.id > :after`, { after: decodeCursor(args.after) });
    const rows = await this.dataSource.manager
      .createQueryBuilder(kind.row, a)
      .where(`${a}.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.position <= :limit)`)
      .setParameters({ ...ranked.getParameters(), limit: first + 1 })
      .orderBy(`${a}.id`, 'ASC')
      .getMany();
    const counts: { parent: string; total: number }[] = await filterActive(this.query(identity, kind), args.active)
      .select(`${a}.${parent}`, 'parent')
      .addSelect('COUNT(*)::int', 'total')
      .andWhere(`${a}.${parent} = ANY(:parentIds)`, { parentIds })
      .groupBy(`${a}.${parent}`)
      .getRawMany();
    const pages = new Map<string, Page<Row>>();
    for (const { parent: parentId, total } of counts) pages.set(parentId, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: total });
    for (const row of rows) {
      const page = pages.get(row[parent] as string);
      if (!page) continue;
      if (page.edges.length === first) page.pageInfo.hasNextPage = true;
      else page.edges.push({ cursor: encodeCursor(row.id), node: row });
    }
    for (const page of pages.values()) page.pageInfo.endCursor = page.edges.length ? page.edges[page.edges.length - 1].cursor : null;
    return pages;
  }
}
