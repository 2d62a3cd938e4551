import { formatError } from './errors';

const messages = { 'zh-CN': '只有发送失败（已放弃）的记录才能重发，此记录状态为 PENDING', en: 'Only a dead delivery can be resent; this one is PENDING' };

describe('formatError', () => {
  const unexpected: unknown[] = [];
  const format = formatError((error) => unexpected.push(error));

  it('passes on a subgraph’s typed, translated error, whatever service owns its code', () => {
    const formatted = format(
      { message: messages.en, extensions: { code: 'NOTIFICATION_DELIVERY_NOT_DEAD', messages, params: { status: 'PENDING' } } },
      new Error(messages.en),
    );
    expect(formatted.extensions).toEqual({ code: 'NOTIFICATION_DELIVERY_NOT_DEAD', messages, params: { status: 'PENDING' } });
  });

  it('reports GraphQL’s own validation errors as INVALID_INPUT, even when they carry messages', () => {
    const formatted = format({ message: 'Query is nested too deeply', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messages } }, new Error('x'));
    expect(formatted.extensions?.code).toBe('INVALID_INPUT');
  });

  it('hides anything else behind INTERNAL, and reports it', () => {
    const formatted = format({ message: 'relation "x" does not exist', extensions: { code: 'SOMETHING' } }, new Error('boom'));
    expect(formatted).toMatchObject({ message: 'Internal error, please try again later', extensions: { code: 'INTERNAL' } });
    expect(unexpected).toHaveLength(1);
  });

  it('names a passing failure the caller may retry, without reporting it as unexpected', () => {
    const transient = formatError(
      (error) => unexpected.push(error),
      (error) => ((error as Error).message === 'Query read timeout' ? 'SERVICE_UNAVAILABLE' : null),
    );
    const before = unexpected.length;
    const formatted = transient({ message: 'Query read timeout', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('Query read timeout'));
    expect(formatted).toMatchObject({
      message: 'The service is temporarily unavailable; please try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(unexpected).toHaveLength(before);
  });
});
