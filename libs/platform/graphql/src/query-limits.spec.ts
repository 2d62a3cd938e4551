import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { DEFAULT_QUERY_LIMITS, measureQuery, queryLimitError, tokenLimitError } from './query-limits';

const schema = buildSchema(`
  type Building { name: String }
  type Location { name: String, building: Building, children: [Location!]! }
  type WorkOrder { id: ID, title: String, location: Location, history(first: Int, after: String): WorkOrderConnection! }
  type WorkOrderEdge { cursor: String!, node: WorkOrder! }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type WorkOrderConnection { edges: [WorkOrderEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
  type Query { workOrders(first: Int, last: Int, after: String): WorkOrderConnection!, workOrder(id: ID!): WorkOrder, locations: [Location!]! }
  directive @mark on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
`);

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return measureQuery(schema, document, operation, variables, 20);
};

describe('query cost and limits', () => {
  it('multiplies what is below a connection by its page size, nested pages multiply', () => {
    // workOrders 1 + 100 × (edges 1 + node 1 + id 1 + title 1) + totalCount ×100
    expect(measure('{ workOrders(first: 100) { edges { node { id title } } totalCount } }').cost).toBe(1 + 100 * 5);
    const nested = measure('{ workOrders(first: 100) { edges { node { history(first: 100) { edges { node { id } } } } } } }');
    expect(nested.cost).toBe(1 + 100 * (1 + 1 + 1 + 100 * 3));
    expect(queryLimitError(nested, DEFAULT_QUERY_LIMITS)?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('takes page sizes from variables, their defaults, or the default page size', () => {
    const query = 'query($n: Int) { workOrders(first: $n) { edges { node { id } } } }';
    expect(measure(query, { n: 50 }).cost).toBe(1 + 50 * 3);
    expect(measure(query).cost).toBe(1 + 20 * 3);
    expect(measure('query($n: Int = 7) { workOrders(last: $n) { edges { node { id } } } }').cost).toBe(1 + 7 * 3);
    expect(measure('{ workOrders { edges { node { id } } } }').cost).toBe(1 + 20 * 3);
    // A plain list (a record's children) is not multiplied; a connection below it is.
    expect(measure('{ locations { name children { name } } }').cost).toBe(4);
    expect(measure('{ locations { children { name } } workOrder(id: "1") { history(first: 100) { totalCount } } }').cost).toBe(3 + 2 + 100);
  });

  it('counts depth without the edges/node wrappers, fragments expanded', () => {
    const consoleQuery = '{ workOrders(first: 20) { edges { node { id title location { name building { name } } } } } }';
    expect(measure(consoleQuery).depth).toBe(4);
    expect(queryLimitError(measure(consoleQuery), DEFAULT_QUERY_LIMITS)).toBeNull();
    const deep = '{ locations { children { children { children { children { children { name } } } } } } }';
    expect(measure(deep).depth).toBe(7);
    expect(queryLimitError(measure(deep), DEFAULT_QUERY_LIMITS)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', params: { max: 6 } });
    expect(measure('{ locations { ...L } } fragment L on Location { children { name } }').depth).toBe(3);
  });

  it('counts aliases and directives per use, fragments expanded where spread', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: workOrder(id: "1") { id }`).join(' ')} }`;
    expect(measure(aliases(15)).aliases).toBe(15);
    expect(queryLimitError(measure(aliases(15)), DEFAULT_QUERY_LIMITS)).toBeNull();
    expect(queryLimitError(measure(aliases(16)), DEFAULT_QUERY_LIMITS)).toMatchObject({ code: 'QUERY_TOO_MANY_ALIASES', params: { count: 16, max: 15 } });
    const spread = measure('{ workOrder(id: "1") { ...F ...F @mark } } fragment F on WorkOrder { a: id b: title @mark }');
    expect(spread).toMatchObject({ aliases: 4, directives: 3 });
    const directives = (n: number) => `{ workOrder(id: "1") { id ${'@mark '.repeat(n)} } }`;
    expect(queryLimitError(measure(directives(50)), DEFAULT_QUERY_LIMITS)).toBeNull();
    expect(queryLimitError(measure(directives(51)), DEFAULT_QUERY_LIMITS)).toMatchObject({ code: 'QUERY_TOO_MANY_DIRECTIVES' });
  });

  it('measures a fragment fan-out without expanding it', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on WorkOrder { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = Date.now();
    const result = measure(`{ workOrder(id: "1") { ...F0 } } ${levels} fragment F30 on WorkOrder { id }`);
    expect(Date.now() - started).toBeLessThan(100);
    expect(result.cost).toBe(1 + 2 ** 30);
  });

  it('recognises the parser token limit', () => {
    expect(tokenLimitError('Syntax Error: Document contains more that 1000 tokens. Parsing aborted.')).toMatchObject({
      code: 'QUERY_TOO_LONG',
      params: { max: 1000 },
    });
    expect(tokenLimitError('Syntax Error: Unexpected Name')).toBeNull();
  });
});
