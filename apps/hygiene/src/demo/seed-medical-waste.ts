import { onceReplicated, SeedContext } from '@houqin/platform-local-infra';

type Edges<T> = { edges: { node: T }[] };
type Load = { category: string; kind: string; grams: number };

const HOUR = 3_600_000;
/** 王丽, nurse of 东院 5病区 (org's demo directory): she signs her ward's waste over as the demo login `east-nurse`. */
const WARD_NURSE = 'E3057';

/**
 * 医疗废物 on 东院: 5病区's labelled bags and sharps boxes, three days of collections entered from the paper
 * sheets (补录, within the 72 h the service allows), signed over by the ward's nurse and stored; two transfers to
 * the provincial solid-waste company, the second with a weight discrepancy; one load still in the store near the
 * 48 h limit and today's loads, one of them waiting for the ward's signature. Idempotent: nothing when labels exist.
 */
export async function seedMedicalWaste({ send, as }: SeedContext): Promise<string> {
  const existing = await send<{ wasteContainers: { totalCount: number } }>(`{ wasteContainers(first: 1) { totalCount } }`);
  if (existing.wasteContainers.totalCount > 0) return 'medical waste already seeded';
  const { campuses } = await send<{ campuses: Edges<{ id: string; name: string }> }>(`{ campuses(first: 50) { edges { node { id name } } } }`);
  const east = campuses.edges.map((e) => e.node).find((campus) => campus.name.includes('东'));
  if (!east) return 'medical waste: no 东院 campus';
  const { staffMembers } = await send<{ staffMembers: Edges<{ employeeNo: string; department: { id: string } | null }> }>(
    `query($c: ID!) { staffMembers(campusId: $c, first: 100) { edges { node { employeeNo department { id } } } } }`,
    { c: east.id },
  );
  const ward = staffMembers.edges.find((e) => e.node.employeeNo === WARD_NURSE)?.node.department?.id;
  if (!ward) return `medical waste: ${WARD_NURSE} has no ward`;

  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR).toISOString();
  const issue = async (kind: string, category: string, count: number) =>
    (
      await onceReplicated(() =>
        send<{ issueWasteContainers: { labelCode: string }[] }>(
          `mutation($input: IssueWasteContainersInput!) { issueWasteContainers(input: $input) { labelCode } }`,
          { input: { campusId: east.id, departmentId: ward, category, kind, count } },
        ),
      )
    ).issueWasteContainers.map((c) => c.labelCode);
  const labels: Record<string, string[]> = {
    INFECTIOUS: await issue('BAG', 'INFECTIOUS', 12),
    SHARPS: await issue('SHARPS_BOX', 'SHARPS', 4),
    PHARMACEUTICAL: await issue('BAG', 'PHARMACEUTICAL', 2),
  };

  /** Collects the loads `hours` ago; signs and stores them shortly after unless `sign` is false. */
  const collect = async (hours: number, loads: Load[], sign = true): Promise<string[]> => {
    const ids: string[] = [];
    for (const load of loads) {
      const labelCode = labels[load.category].shift() as string;
      const { recordWasteCollection } = await send<{ recordWasteCollection: { id: string } }>(
        `mutation($input: RecordWasteCollectionInput!) { recordWasteCollection(input: $input) { id } }`,
        { input: { labelCode, weightGrams: load.grams, collectedAt: ago(hours) } },
      );
      ids.push(recordWasteCollection.id);
    }
    if (!sign) return ids;
    await onceReplicated(() =>
      as('east-nurse')(`mutation($input: WasteCollectionsStepInput!) { confirmWasteHandover(input: $input) { id } }`, {
        input: { collectionIds: ids, at: ago(hours - 0.1) },
      }),
    );
    await send(`mutation($input: WasteCollectionsStepInput!) { storeWasteCollections(input: $input) { id } }`, {
      input: { collectionIds: ids, at: ago(hours - 0.5) },
    });
    return ids;
  };
  const transfer = (hours: number, manifestNo: string, companyWeightGrams: number) =>
    send(`mutation($input: TransferWasteInput!) { transferWaste(input: $input) { id discrepancy } }`, {
      input: { campusId: east.id, manifestNo, disposalCompany: '省固废公司', companyWeightGrams, transferredAt: ago(hours) },
    });
  const bag = (grams: number): Load => ({ category: 'INFECTIOUS', kind: 'BAG', grams });
  const sharps = (grams: number): Load => ({ category: 'SHARPS', kind: 'SHARPS_BOX', grams });

  const day = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
  await collect(68, [bag(3_250), bag(2_870), sharps(1_420), { category: 'PHARMACEUTICAL', kind: 'BAG', grams: 960 }]);
  await transfer(47, `3301-${day}-0001`, 8_600); // 8.5 kg signed over: within 5 %
  await collect(44, [bag(3_100), bag(2_640), bag(3_380), sharps(1_250)]);
  await transfer(23, `3301-${day}-0002`, 11_400); // 10.37 kg signed over: 9.9 % more arrived, flagged
  await collect(46, [bag(2_950)]); // still in the store near the 48 h limit
  await collect(2, [bag(3_020), sharps(1_380)]);
  await collect(1, [bag(2_780)], false); // waiting for 5病区's signature
  return 'medical waste: 18 labels, 12 loads, 2 transfers (1 flagged)';
}
