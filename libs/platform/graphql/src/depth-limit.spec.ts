import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from './depth-limit';

const schema = buildSchema(`type Node { id: ID, child: Node } type Query { node: Node }`);
const errorsFor = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]);

describe('depth limit', () => {
  it('accepts queries up to the limit and rejects deeper ones, fragments included', () => {
    expect(errorsFor('{ node { child { id } } }', 3)).toHaveLength(0);
    const tooDeep = errorsFor('{ node { child { child { id } } } }', 3);
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(errorsFor('query { node { ...F } } fragment F on Node { child { child { id } } }', 3)).toHaveLength(1);
  });
});
