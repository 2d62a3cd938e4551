/** An enum's values with a description each (e.g. its zh-CN name), for `registerEnumType(..., { valuesMap })`. */
export const describedValues = <E extends string>(labels: Record<E, string>) =>
  Object.fromEntries(Object.entries<string>(labels).map(([value, label]) => [value, { description: label }])) as Record<E, { description: string }>;
