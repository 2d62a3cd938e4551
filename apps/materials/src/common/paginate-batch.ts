import { Page, PageArgs, paginate } from '@houqin/platform-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * `paginate` with a mapper that sees the whole page at once, so related rows (items, lines) load in one
 * statement per page instead of one per node.
 */
export async function paginateBatch<Row extends ObjectLiteral & { id: string }, T>(
  query: SelectQueryBuilder<Row>,
  args: PageArgs,
  mapPage: (rows: Row[]) => Promise<T[]>,
): Promise<Page<T>> {
  const page = await paginate(query, args, (row) => row);
  const nodes = await mapPage(page.edges.map((edge) => edge.node));
  return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })) };
}
