import { DomainError } from '@houqin/platform-errors';
import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';

/** Rejects operations nested deeper than `max` field levels (fragments included, introspection too). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const fragment = fragments.get(sel.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet, new Set()) > max) {
          const error = new DomainError('QUERY_TOO_COMPLEX', { max });
          context.reportError(
            new GraphQLError(error.messages.en, { nodes: [node], extensions: { code: error.code, messages: error.messages, params: error.params } }),
          );
        }
      },
    };
  };
}

/**
 * The largest request body the gateway and the subgraphs accept: a 5 MB photo travels base64-encoded
 * (about 6.7 MB) inside a GraphQL mutation; anything larger is refused before it is parsed.
 */
export const MAX_REQUEST_BODY = '8mb';
