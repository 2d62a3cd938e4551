import { DomainError } from '@houqin/platform-errors';

/** One line of a campus's routing table: work of a category, anywhere on the campus or in one building or location, goes to a team. */
export interface RoutingRule {
  category: string;
  buildingId: string | null;
  locationId: string | null;
  teamId: string;
}

/** Where a request is: the location and its ancestors (a bed, its ward, ...), nearest first, and the building. */
export interface RequestPlace {
  locationIds: readonly string[];
  buildingId: string;
}

export const MAX_ROUTING_RULES = 500;

/**
 * 派工规则: the most specific rule wins — a rule for the location (or the ward the bed is in) before one for
 * the building, before the campus-wide rule for the category. No rule: the dispatcher chooses.
 */
export class RoutingTable {
  constructor(private readonly rules: readonly RoutingRule[]) {}

  /** Rejects a table in which two lines cover the same category and place (which would win is arbitrary). */
  static check(rules: readonly RoutingRule[]): RoutingTable {
    if (rules.length > MAX_ROUTING_RULES) throw new DomainError('INVALID_INPUT', { detail: `at most ${MAX_ROUTING_RULES} routing rules per campus` });
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (rule.buildingId && rule.locationId) {
        throw new DomainError('INVALID_INPUT', { detail: `rules[${index}]: name a building or a location, not both` });
      }
      const key = `${rule.category}|${rule.buildingId ?? ''}|${rule.locationId ?? ''}`;
      if (seen.has(key)) throw new DomainError('INVALID_INPUT', { detail: `rules[${index}]: ${rule.category} for this place appears twice` });
      seen.add(key);
    });
    return new RoutingTable(rules);
  }

  teamFor(category: string, place: RequestPlace): string | null {
    const forCategory = this.rules.filter((rule) => rule.category === category);
    for (const locationId of place.locationIds) {
      const rule = forCategory.find((r) => r.locationId === locationId);
      if (rule) return rule.teamId;
    }
    return forCategory.find((r) => r.buildingId === place.buildingId)?.teamId ?? forCategory.find((r) => !r.buildingId && !r.locationId)?.teamId ?? null;
  }
}
