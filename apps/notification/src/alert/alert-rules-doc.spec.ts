import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALERT_RULES } from './alert-rules';

describe('docs/notifications.md', () => {
  it('lists every alert rule with its event, and no rule that does not exist', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'notifications.md'), 'utf8');
    const rows = [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([a-z.-]+\.v\d+)`/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect([...new Set(rows)].sort()).toEqual([...new Set(ALERT_RULES.map((r) => `${r.alert} ${r.event}`))].sort());
  });
});
