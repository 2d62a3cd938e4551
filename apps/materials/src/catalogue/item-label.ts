import { ItemRow } from './item.entity';

/** How errors, history and documents name an item: "name (code)", or its id when it is not among `items`. */
export const itemLabel = (items: ReadonlyMap<string, ItemRow>) => (itemId: string) => {
  const item = items.get(itemId);
  return item ? `${item.name} (${item.code})` : itemId;
};
