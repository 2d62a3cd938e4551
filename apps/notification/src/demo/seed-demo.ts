import { onceReplicated, runSeed } from '@houqin/platform-local-infra';

/**
 * `npm start` runs this after org's seed (and those listed in service.json's `demoSeedAfter`), through the
 * gateway as the group admin: demo data passes the same validation, audit and events as real data.
 */
runSeed('notification', async ({ send }) => {
  const existing = await send<{ inboxes: { totalCount: number } }>(`{ inboxes(first: 1) { totalCount } }`);
  if (existing.inboxes.totalCount > 0) return 'already seeded';
  const { campuses } = await send<{ campuses: { edges: { node: { id: string; name: string } }[] } }>(`{ campuses(first: 50) { edges { node { id name } } } }`);
  for (const { node } of campuses.edges) {
    const input = { campusId: node.id, name: `${node.name}示例` };
    await onceReplicated(() => send(`mutation($input: CreateInboxInput!) { createInbox(input: $input) { id } }`, { input }));
  }
  return `${campuses.edges.length} inboxes`;
});
