import { Noun, ReferenceMismatch, requireSameCampus } from '../common/directory-rules';

export enum LocationKind {
  /** 病区: a nursing unit, owned by a department. */
  WARD = 'WARD',
  /** 房间: a ward room, office, plant room... */
  ROOM = 'ROOM',
  /** 床位 */
  BED = 'BED',
  /** 区域: a hall, corridor, plant area or outdoor zone. */
  AREA = 'AREA',
}

const K = LocationKind;

export const LOCATION_KIND_NOUNS: Record<LocationKind, Noun> = {
  [K.WARD]: { zh: '病区', en: 'ward' },
  [K.ROOM]: { zh: '房间', en: 'room' },
  [K.BED]: { zh: '床位', en: 'bed' },
  [K.AREA]: { zh: '区域', en: 'area' },
};

/**
 * Area > ward > room > bed: a location's parent is always of a higher kind, so the tree cannot loop, and a
 * bed always hangs under the ward or room it belongs to (the HIS reports beds per ward).
 */
const PARENTS: Record<LocationKind, { kinds: LocationKind[]; required: boolean }> = {
  [K.AREA]: { kinds: [], required: false },
  [K.WARD]: { kinds: [K.AREA], required: false },
  [K.ROOM]: { kinds: [K.WARD, K.AREA], required: false },
  [K.BED]: { kinds: [K.WARD, K.ROOM], required: true },
};

export interface PlacedLocation {
  id: string;
  kind: LocationKind;
  campusId: string;
  buildingId: string;
}

/** Where a location is, with the rows its references point at (null when not given). */
export interface LocationPlacement {
  id: string;
  kind: LocationKind;
  campusId: string;
  building: { id: string; campusId: string };
  floor: { buildingId: string } | null;
  parent: PlacedLocation | null;
  department: { campusId: string } | null;
}

export class LocationHierarchy {
  static allowedParents(kind: LocationKind): readonly LocationKind[] {
    return PARENTS[kind].kinds;
  }

  /** Throws REFERENCE_MISMATCH, in words a campus admin understands, when the placement is impossible. */
  static check(p: LocationPlacement): void {
    requireSameCampus(p.campusId, p.building, { zh: '楼栋', en: 'building' });
    if (p.floor && p.floor.buildingId !== p.building.id) throw new ReferenceMismatch('楼层不属于该楼栋', 'The floor is not in this building');
    requireSameCampus(p.campusId, p.department, { zh: '科室', en: 'department' });
    LocationHierarchy.checkParent(p);
  }

  private static checkParent(p: LocationPlacement): void {
    const child = LOCATION_KIND_NOUNS[p.kind];
    const rule = PARENTS[p.kind];
    if (!p.parent) {
      if (rule.required)
        throw new ReferenceMismatch(
          `${child.zh}必须属于某个${parentWords(p.kind, 'zh')}`,
          `${article(child.en, true)} ${child.en} must belong to ${article(parentWords(p.kind, 'en'))} ${parentWords(p.kind, 'en')}`,
        );
      return;
    }
    if (p.parent.id === p.id) throw new ReferenceMismatch('位置不能以自身为上级', 'A location cannot be its own parent');
    requireSameCampus(p.campusId, p.parent, { zh: '上级位置', en: 'parent location' });
    if (p.parent.buildingId !== p.building.id) throw new ReferenceMismatch('上级位置不在同一楼栋', 'The parent location is in another building');
    if (!rule.kinds.includes(p.parent.kind)) {
      const parent = LOCATION_KIND_NOUNS[p.parent.kind];
      if (!rule.kinds.length) throw new ReferenceMismatch(`${child.zh}不能有上级位置`, `${article(child.en, true)} ${child.en} has no parent location`);
      throw new ReferenceMismatch(
        `${child.zh}的上级只能是${parentWords(p.kind, 'zh')}，不能是${parent.zh}`,
        `${article(child.en, true)} ${child.en}'s parent must be ${article(parentWords(p.kind, 'en'))} ${parentWords(p.kind, 'en')}, not ${article(parent.en)} ${parent.en}`,
      );
    }
  }
}

const parentWords = (kind: LocationKind, language: keyof Noun) =>
  PARENTS[kind].kinds.map((k) => LOCATION_KIND_NOUNS[k][language]).join(language === 'zh' ? '或' : ' or ');
const article = (word: string, capital = false) => (/^[aeiou]/.test(word) ? (capital ? 'An' : 'an') : capital ? 'A' : 'a');
