import { chinaToday, addDays } from '@houqin/platform-calendar';
import { onceReplicated, SeedContext } from '@houqin/platform-local-infra';
import { ZoneKind } from '../zone/zone-kind';

type Edges<T> = { edges: { node: T }[] };
type Place = { id: string; name: string; kind: string };

/**
 * Cleaning zones for every campus (one per ward, an ICU as high risk; the public areas together), the demo's cleaners
 * on the roster with their wards' zones, and their 院感培训: East's 刘桂芳 is trained, 杨小燕 not yet, so auto-assignment
 * shows the rule on the HIS feed's isolation discharges (the his seed's ADT traffic runs after this one).
 */
export async function seedCleaning({ send }: SeedContext): Promise<string> {
  const existing = await send<{ zones: { totalCount: number } }>(`{ zones(first: 1) { totalCount } }`);
  if (existing.zones.totalCount > 0) return 'cleaning already seeded';
  const { campuses } = await send<{ campuses: Edges<{ id: string; name: string }> }>(`{ campuses(first: 50) { edges { node { id name } } } }`);
  const today = chinaToday(new Date());
  let zones = 0;
  let cleaners = 0;
  for (const { node: campus } of campuses.edges) {
    const places = async (kind: string) =>
      (await send<{ locations: Edges<Place> }>(`query($c: ID!, $k: LocationKind) { locations(campusId: $c, kind: $k, active: true, first: 100) { edges { node { id name kind } } } }`, {
        c: campus.id,
        k: kind,
      })).locations.edges.map((edge) => edge.node);
    const zoneIds: string[] = [];
    const createZone = async (name: string, kind: ZoneKind, locationIds: string[]) => {
      const input = { campusId: campus.id, name, kind, locationIds };
      const { createZone: zone } = await onceReplicated(() => send<{ createZone: { id: string } }>(`mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`, { input }));
      zoneIds.push(zone.id);
      zones++;
    };
    for (const ward of await places('WARD')) await createZone(ward.name, /监护|ICU/.test(ward.name) ? ZoneKind.ICU : ZoneKind.WARD, [ward.id]);
    const areas = await places('AREA');
    if (areas.length) await createZone(`${campus.name}公共区域`, ZoneKind.PUBLIC_AREA, areas.map((area) => area.id));

    const { staffMembers } = await send<{ staffMembers: Edges<{ id: string; name: string; jobTitle: string | null }> }>(
      `query($c: ID) { staffMembers(campusId: $c, active: true, first: 100) { edges { node { id name jobTitle } } } }`,
      { c: campus.id },
    );
    for (const { node: person } of staffMembers.edges.filter((edge) => edge.node.jobTitle === '保洁员')) {
      await onceReplicated(() => send(`mutation($input: RegisterCleanerInput!) { registerCleaner(input: $input) { id } }`, { input: { staffId: person.id, zoneIds } }));
      cleaners++;
      // One East cleaner waits for her training course: high-risk cleans go to her trained colleague.
      if (person.name === '杨小燕') continue;
      await send(`mutation($input: RecordCleanerTrainingInput!) { recordCleanerTraining(input: $input) { id } }`, {
        input: { cleanerId: person.id, trainedOn: addDays(today, -60), validUntil: addDays(today, 305), certificateNo: `YG-${today.slice(0, 4)}-${String(cleaners).padStart(3, '0')}` },
      });
    }
  }
  return `${zones} zones, ${cleaners} cleaners`;
}
