import { WasteCollectionRow } from './waste-collection.entity';

/** The load as every one of its events describes it (`collectionFacts` in the contracts). */
export const wasteCollectionFacts = (row: WasteCollectionRow) => ({
  wasteCollectionId: row.id,
  campusId: row.campusId,
  departmentId: row.departmentId,
  wasteContainerId: row.containerId,
  category: row.category,
  weightGrams: row.weightGrams,
  collectedAt: row.collectedAt.toISOString(),
});
