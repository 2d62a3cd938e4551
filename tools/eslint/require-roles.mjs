/**
 * Every GraphQL query, mutation and reference resolver must declare who may call it with @Roles(...).
 * The RolesGuard already denies undecorated operations at run time; this rule makes the omission a lint
 * error instead of a 403 found in production.
 */
const OPERATIONS = new Set(['Query', 'Mutation']);

const decoratorName = (decorator) => {
  const expression = decorator.expression;
  if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') return expression.callee.name;
  if (expression.type === 'Identifier') return expression.name;
  return null;
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'GraphQL operations must declare @Roles(...)' },
    messages: { missing: '@{{operation}} "{{name}}" has no @Roles(...): every operation must say who may call it.' },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const names = (node.decorators ?? []).map(decoratorName);
        const operation = names.find((n) => OPERATIONS.has(n));
        if (operation && !names.includes('Roles')) {
          context.report({ node, messageId: 'missing', data: { operation, name: node.key.name ?? '?' } });
        }
      },
    };
  },
};
