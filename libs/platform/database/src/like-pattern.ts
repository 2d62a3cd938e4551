/** `%text%` for ILIKE, with the user's own `%`, `_` and `\\` matched literally (a search for "5_1" is not a wildcard). */
export const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
