import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { DomainError, pickLocale } from '@houqin/platform-errors';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLCompositeType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

/**
 * What one operation may ask for (docs/architecture.md, Security). The gateway checks an operation once, on
 * the document Apollo has already parsed and validated, before the query planner runs: an operation over a
 * limit never reaches a subgraph. Tokens are limited earlier, by the parser itself (`parseOptions.maxTokens`).
 */
export interface QueryLimits {
  /** Aliased fields in the operation, fragments expanded (graphql-armor's default: 15). */
  maxAliases: number;
  /** Directive uses in the operation, fragments expanded (graphql-armor: 50). */
  maxDirectives: number;
  /** Lexical tokens in the document (graphql-armor: 1000); enforced by `parse`, see `parseOptionsFor`. */
  maxTokens: number;
  /** Field levels; a connection's `edges` and an edge's `node` are wrappers and do not count (graphql-armor: 6). */
  maxDepth: number;
  /** The cost budget, see `measureQuery`. */
  maxCost: number;
  /** The page size a connection returns when `first`/`last` is absent (pagination.ts: 20). */
  defaultPageSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxAliases: 15, maxDirectives: 50, maxTokens: 1000, maxDepth: 6, maxCost: 5000, defaultPageSize: 20 };

export interface QueryMeasure {
  aliases: number;
  directives: number;
  depth: number;
  cost: number;
}

const ZERO: QueryMeasure = { aliases: 0, directives: 0, depth: 0, cost: 0 };

/** A connection's `edges` and an edge's `node`: wrapper levels, neither counted in depth nor multiplied twice. */
const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');
const isEdge = (type: GraphQLCompositeType) => type.name.endsWith('Edge');

function pageSizeOf(value: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    if (typeof given === 'number') return given;
    if (given === undefined) {
      const fallback = defaults.get(value.name.value);
      if (fallback?.kind === Kind.INT) return Number(fallback.value);
    }
  }
  return undefined;
}

/**
 * Measures one operation from its document and variables, never by running it. Each field costs 1
 * (`__typename` nothing); a field with a `first` or `last` argument multiplies the cost of everything below it
 * by that page size (the default page size when absent or null), so `first: 100` under `first: 100` costs
 * 10 000 per field. A list without them is not multiplied: a connection's `edges` (counted by its connection),
 * and the child lists of one record (a document's lines, its history), which the services cap. Aliases and directives are counted per use, fragments
 * expanded where they are spread; depth skips `edges`/`node` wrapper levels. Introspection (`__schema`,
 * `__type`) is not measured: Apollo refuses it unless introspection is on, which is for development only.
 */
export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  defaultPageSize = DEFAULT_QUERY_LIMITS.defaultPageSize,
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const variableDefaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) if (def.defaultValue) variableDefaults.set(def.variable.name.value, def.defaultValue);
  // A fragment measures the same wherever it is spread: measured once, so fragment fan-out costs no time here.
  const measured = new Map<string, QueryMeasure>();
  const inProgress = new Set<string>();

  const add = (a: QueryMeasure, b: QueryMeasure): QueryMeasure => ({
    aliases: a.aliases + b.aliases,
    directives: a.directives + b.directives,
    depth: Math.max(a.depth, b.depth),
    cost: a.cost + b.cost,
  });

  const measureFragment = (name: string): QueryMeasure => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return ZERO; // validation has already refused both
    inProgress.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const inner = isCompositeType(type) ? measureSet(fragment.selectionSet, type) : ZERO;
    inProgress.delete(name);
    const result = { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) };
    measured.set(name, result);
    return result;
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLCompositeType): QueryMeasure => {
    let total = ZERO;
    for (const selection of set.selections) {
      const directives = selection.directives?.length ?? 0;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const inner = measureFragment(selection.name.value);
        total = add(total, { ...inner, directives: inner.directives + directives });
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const inner = isCompositeType(type) ? measureSet(selection.selectionSet, type) : ZERO;
        total = add(total, { ...inner, directives: inner.directives + directives });
        continue;
      }
      const name = selection.name.value;
      const own: QueryMeasure = { aliases: selection.alias ? 1 : 0, directives, depth: 1, cost: name === '__typename' ? 0 : 1 };
      if (name === '__schema' || name === '__type' || name === '__typename') {
        total = add(total, { ...own, depth: name === '__typename' ? 1 : 0 });
        continue;
      }
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      const type = field && getNamedType(field.type);
      if (!field || !selection.selectionSet || !isCompositeType(type)) {
        total = add(total, own);
        continue;
      }
      const inner = measureSet(selection.selectionSet, type);
      let multiplier = 1;
      const pageArgument = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
      if (pageArgument || field.args.some((a) => a.name === 'first' || a.name === 'last')) {
        multiplier = (pageArgument && pageSizeOf(pageArgument.value, variables, variableDefaults)) ?? defaultPageSize;
      }
      const wrapper = (name === 'edges' && isConnection(parent)) || (name === 'node' && isEdge(parent));
      total = add(total, {
        aliases: own.aliases + inner.aliases,
        directives: own.directives + inner.directives,
        depth: (wrapper ? 0 : 1) + inner.depth,
        cost: own.cost + Math.max(0, multiplier) * inner.cost,
      });
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return ZERO;
  const directives = (operation.directives?.length ?? 0) + (operation.variableDefinitions ?? []).reduce((n, d) => n + (d.directives?.length ?? 0), 0);
  const result = measureSet(operation.selectionSet, root);
  return { ...result, directives: result.directives + directives };
}

/** The first limit `measure` is over, as the error to answer with (HTTP 400), or null. */
export function queryLimitError(measure: QueryMeasure, limits: QueryLimits): DomainError | null {
  if (measure.depth > limits.maxDepth) return new DomainError('QUERY_TOO_COMPLEX', { max: limits.maxDepth });
  if (measure.aliases > limits.maxAliases) return new DomainError('QUERY_TOO_MANY_ALIASES', { count: measure.aliases, max: limits.maxAliases });
  if (measure.directives > limits.maxDirectives) return new DomainError('QUERY_TOO_MANY_DIRECTIVES', { count: measure.directives, max: limits.maxDirectives });
  if (measure.cost > limits.maxCost) return new DomainError('QUERY_TOO_COSTLY', { cost: measure.cost, max: limits.maxCost });
  return null;
}

/** Apollo's `parseOptions`: the parser stops at the token limit, before building a document. */
export function parseOptionsFor(limits: QueryLimits) {
  return { maxTokens: limits.maxTokens };
}

/** graphql-js's message when `maxTokens` stops the parser ("more that" is graphql 16's spelling). */
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/** The token limit's parse error as QUERY_TOO_LONG, for formatError; null for any other message. */
export function tokenLimitError(message: string): DomainError | null {
  const match = TOKEN_LIMIT.exec(message);
  return match ? new DomainError('QUERY_TOO_LONG', { max: Number(match[1]) }) : null;
}

/** What a measure depends on besides its document: which variables were given, and the numbers among them (page sizes). */
function variablesKey(variables: Record<string, unknown>): string {
  let key = '';
  for (const name in variables) key += `${name}:${typeof variables[name] === 'number' ? variables[name] : '-'};`;
  return key;
}

/** Verdicts kept per operation: a client's paging through a list sends a handful of page sizes, not thousands. */
const VERDICTS_PER_OPERATION = 64;

/**
 * Checks each operation against the limits once it is resolved and before it executes (for the gateway:
 * before the query planner calls any subgraph). Apollo hands the same parsed document to every request with the
 * same query text, so an operation's verdict is kept per document and page-size variables: one walk per
 * distinct query, not per request.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const verdicts = new WeakMap<OperationDefinitionNode, Map<string, DomainError | null>>();
  const verdictOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
    const known = verdicts.get(operation) ?? new Map<string, DomainError | null>();
    verdicts.set(operation, known);
    const key = variablesKey(variables);
    if (known.has(key)) return known.get(key) ?? null;
    const error = queryLimitError(measureQuery(schema, document, operation, variables, limits.defaultPageSize), limits);
    if (known.size >= VERDICTS_PER_OPERATION) known.clear();
    known.set(key, error);
    return error;
  };
  const listener = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<BaseContext>) {
      if (!operation) return;
      const error = verdictOf(schema, document, operation, request.variables ?? {});
      if (!error) return;
      throw new GraphQLError(error.messages[pickLocale(request.http?.headers.get('accept-language'))], {
        extensions: { code: error.code, messages: error.messages, params: error.params, http: { status: 400 } },
      });
    },
  };
  return { requestDidStart: async () => listener };
}
