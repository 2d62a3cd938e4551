import { EventContract } from './event-contract';
import * as org from './org/org-events';
import * as maintenance from './maintenance/work-order-events';
import * as assets from './maintenance/asset-events';
import * as crew from './maintenance/crew-events';
import * as inspection from './maintenance/inspection-events';
import * as preventive from './maintenance/preventive-events';
import * as vendor from './maintenance/vendor-events';
import * as costs from './maintenance/cost-events';
import * as intake from './maintenance/intake-events';
import * as repairLabels from './maintenance/repair-label-events';
import * as materials from './materials/stock-events';
import * as materialsLedger from './materials/ledger-events';
import * as materialsRequisitions from './materials/requisition-events';
import * as materialsStocktakes from './materials/stocktake-events';
import * as materialsExpiry from './materials/expiry-events';
import * as materialsCosts from './materials/cost-events';
import * as materialsSuppliers from './materials/supplier-events';

/** Every published contract; docs/events.md is generated from this list and checked against it in tests. */
export const EVENT_CATALOGUE: readonly EventContract[] = [
  ...Object.values(org),
  ...Object.values(maintenance),
  ...Object.values(assets),
  ...Object.values(crew),
  ...Object.values(inspection),
  ...Object.values(preventive),
  ...Object.values(vendor),
  ...Object.values(costs),
  ...Object.values(intake),
  ...Object.values(repairLabels),
  ...Object.values(materials),
  ...Object.values(materialsLedger),
  ...Object.values(materialsRequisitions),
  ...Object.values(materialsStocktakes),
  ...Object.values(materialsExpiry),
  ...Object.values(materialsCosts),
  ...Object.values(materialsSuppliers),
];

export function topicsOf(contracts: readonly EventContract[]): string[] {
  return [...new Set(contracts.map((c) => c.topic))].sort();
}

/** Topics kept log-compacted (full-state events keyed by id): created so, and switched to it if they exist. */
export const COMPACTED_TOPICS: ReadonlySet<string> = new Set(EVENT_CATALOGUE.filter((c) => c.compacted).map((c) => c.topic));
