import { Type } from '@nestjs/common';
import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { DomainError, isUuid } from '@houqin/platform-errors';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A connection's page size when `first` is absent, and the largest one it returns. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string;
}

/** Shared by every subgraph's connections, hence @shareable. */
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or a getter that counts when read: GraphQL reads it only when a query selects `totalCount`. */
  readonly totalCount: number | Promise<number>;
}

/** A cursor connection type for T: `edges { cursor node }`, `pageInfo`, `totalCount`. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Page<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
}

/** Cursors are the base64url of the row's (time-ordered) id; opaque to clients. */
export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) throw new DomainError('INVALID_INPUT', { detail: 'after: not a cursor' });
  return id;
}

/**
 * Keyset pagination on the (time-ordered, UUIDv7) id: stable under inserts, no OFFSET scans. The query
 * builder carries the caller's filters (campus scope included); `map` turns rows into the public type.
 * `newestFirst` reads from the latest row back (a work history, a timeline). `totalCount` is counted only when the
 * query selects it.
 */
export async function paginate<Row extends ObjectLiteral & { id: string }, T>(
  query: SelectQueryBuilder<Row>,
  args: PageArgs,
  map: (row: Row) => T,
  options: { newestFirst?: boolean } = {},
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new DomainError('INVALID_INPUT', { detail: 'first must be between 1 and 100' });
  const alias = query.alias;
  // Counted only when asked for (a pager's total): a poll for what is new should not scan everything it filters.
  const counting = query.clone();
  if (args.after) query.andWhere(`${alias}.id ${options.newestFirst ? '<' : '>'} :after`, { after: decodeCursor(args.after) });
  const rows = await query
    .orderBy(`${alias}.id`, options.newestFirst ? 'DESC' : 'ASC')
    .take(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  return {
    edges: page.map((row) => ({ cursor: encodeCursor(row.id), node: map(row) })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
    get totalCount() {
      return counting.getCount();
    },
  };
}

/**
 * `paginate` with a mapper that sees the whole page at once, so related rows (items, lines) load in one
 * statement per page instead of one per node.
 */
export async function paginateBatch<Row extends ObjectLiteral & { id: string }, T>(
  query: SelectQueryBuilder<Row>,
  args: PageArgs,
  mapPage: (rows: Row[]) => Promise<T[]>,
  options: { newestFirst?: boolean } = {},
): Promise<Page<T>> {
  const page = await paginate(query, args, (row) => row, options);
  const nodes = await mapPage(page.edges.map((edge) => edge.node));
  // Not spread: that would read (and so run) the count.
  return {
    edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}
