import { runSeed, SeedContext } from '@houqin/platform-local-infra';
import manifest from '../../service.json';
import { Hl7Message } from '../hl7/hl7-message';
import { MllpClient } from '../hl7/mllp-client';

/** The demo's ADT traffic, as the HIS would send it: fixed control ids, so a second `npm start` changes nothing. */
/** East's 5病区 (HIS ward E05, cardiology 0301) as org's demo directory codes it: room 501 beds 1 and 2, room 502 bed 1. */
const DEMO_TRAFFIC: [trigger: string, controlId: string, visit: string, place: string, extra?: string][] = [
  ['A01', 'DEMO-0001', 'ZY2026120001', 'E05^501^1'],
  ['A01', 'DEMO-0002', 'ZY2026120002', 'E05^502^1'],
  ['A02', 'DEMO-0003', 'ZY2026120002', 'E05^501^2'],
  ['A03', 'DEMO-0004', 'ZY2026120001', 'E05^501^1', 'OBX|1|CWE|ISOLATION||CONTACT^接触隔离||||||F'],
  ['A03', 'DEMO-0005', 'ZY2026120002', 'E05^501^2'],
  ['A13', 'DEMO-0006', 'ZY2026120002', 'E05^501^2'],
];

/**
 * `npm start` runs this after org's seed: the demo's admissions, a transfer, an isolation discharge and a cancelled
 * discharge, sent over MLLP to the his service's listener exactly as a HIS sends them, each acknowledged before the next.
 * Fixed control ids make a second start change nothing (each is answered as the first time).
 */
runSeed('his', async ({ send }) => {
  const client = await MllpClient.connect(Number(manifest.localEnv.HIS_MLLP_PORT));
  let retried = 0;
  try {
    for (const [trigger, controlId, visit, place, extra] of DEMO_TRAFFIC) {
      const message = [
        `MSH|^~\\&|HIS|东院区|HOUQIN|HOUQIN|20261207080000||ADT^${trigger}^ADT_A01|${controlId}|P|2.5|||AL|NE||UNICODE UTF-8`,
        `EVN|${trigger}|20261207080000`,
        `PV1|1|I|${place}|||||||0301|||||||||${visit}`,
        ...(extra ? [extra] : []),
        '',
      ].join('\r');
      const ack = Hl7Message.parse((await client.send(message)).toString('utf8'));
      if (ack.get('MSA-1') === 'AA') continue;
      // On a first start org's wards may not have reached the his service's replica yet: the message then waits in
      // the review queue (AE 103), and the seed retries it as group IT would, until the directory is there.
      if (ack.get('MSA-1') !== 'AE' || ack.get('ERR-3.1') !== '103') throw new Error(`${controlId} was answered ${ack.get('MSA-1')}: ${ack.get('MSA-3')}`);
      await retryUntilAccepted(send, controlId);
      retried++;
    }
  } finally {
    client.close();
  }
  return `${DEMO_TRAFFIC.length} ADT messages over MLLP${retried ? ` (${retried} retried from the review queue once org's wards had replicated)` : ''}`;
});

async function retryUntilAccepted(send: SeedContext['send'], controlId: string): Promise<void> {
  const queue = await send<{ hisMessages: { edges: { node: { id: string; controlId: string } }[] } }>(
    `{ hisMessages(outcome: REJECTED, first: 100) { edges { node { id controlId } } } }`,
  );
  const queued = queue.hisMessages.edges.find((e) => e.node.controlId === controlId)?.node;
  if (!queued) throw new Error(`${controlId} is not in the review queue`);
  for (let attempt = 0; attempt < 60; attempt++) {
    const { retryHisMessage } = await send<{ retryHisMessage: { outcome: string } }>(`mutation($id: ID!) { retryHisMessage(id: $id) { outcome } }`, { id: queued.id });
    if (retryHisMessage.outcome === 'ACCEPTED') return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${controlId} still waits in the review queue: are org's demo wards given their HIS codes?`);
}
