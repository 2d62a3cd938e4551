import { deprecate } from 'node:util';
import { Client } from 'pg';
import { isKafkajsThrottleTimerWarning } from '@houqin/platform-events';

/**
 * tools/jest/deprecation-guard.js, which tools/scripts/test.ts preloads: a deprecation from our own code throws where
 * it happens, so the test around it fails; other warnings still only warn. The pg case is real: two queries at once
 * on one connection, as Promise.all over a transaction's EntityManager would send them.
 */
describe('the deprecation guard', () => {
  it('throws where our code emits a DeprecationWarning', () => {
    expect(() => process.emitWarning('an old way', 'DeprecationWarning')).toThrow(/DeprecationWarning from our code.*an old way/);
    expect(() => process.emitWarning('an old way', { type: 'DeprecationWarning', code: 'HQ0001' })).toThrow(/an old way/);
  });

  it('throws where our code calls a util.deprecate-d function', () => {
    const old = deprecate(() => 'value', 'old() is deprecated');
    expect(() => old()).toThrow(/DeprecationWarning from our code.*old\(\) is deprecated[\s\S]*deprecation-guard\.int-spec\.ts/);
  });

  it("fails pg's overlapping queries on one connection", async () => {
    const client = new Client({ connectionString: `${process.env.HOUQIN_TEST_PG_URL}/postgres` });
    await client.connect();
    try {
      // The first runs, the second waits in pg's queue, the third finds it waiting: that is the deprecated call.
      const running = [client.query('SELECT pg_sleep(0.2)'), client.query('SELECT 2')];
      expect(() => client.query('SELECT 3')).toThrow(/already executing a query/);
      await Promise.all(running);
      // One after the other is fine.
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });

  it('leaves other warnings alone', () => {
    expect(() => process.emitWarning('just so you know', 'NoticeWarning')).not.toThrow();
  });

  it("drops only kafkajs's request-queue TimeoutNegativeWarning", () => {
    const kafkajs = 'at RequestQueue.scheduleCheckPendingRequests (/x/node_modules/kafkajs/src/network/requestQueue/index.js:317:37)';
    expect(isKafkajsThrottleTimerWarning('-1 is a negative number.', 'TimeoutNegativeWarning', kafkajs)).toBe(true);
    expect(isKafkajsThrottleTimerWarning('-1 is a negative number.', 'TimeoutNegativeWarning', 'at ours (/x/apps/a.ts:1:1)')).toBe(false);
    expect(isKafkajsThrottleTimerWarning('old', 'DeprecationWarning', kafkajs)).toBe(false);
  });
});
