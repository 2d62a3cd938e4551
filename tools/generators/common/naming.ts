/** Names the generators derive from one kebab-case word or phrase (`supply-request`). */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/;

const plural = (word: string) => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function serviceNames(service: string) {
  return { service, Service: pascal(service), serviceCamel: camel(service), SERVICE: service.replace(/-/g, '_').toUpperCase() };
}

export function featureNames(feature: string) {
  const features = plural(feature);
  return {
    feature,
    Feature: pascal(feature),
    featureCamel: camel(feature),
    featureSnake: feature.replace(/-/g, '_'),
    FEATURE: feature.replace(/-/g, '_').toUpperCase(),
    table: feature.replace(/-/g, '_'),
    Features: pascal(features),
    featuresCamel: camel(features),
    featureWords: feature.replace(/-/g, ' '),
    featureWordsPlural: features.replace(/-/g, ' '),
  };
}

/** Refuses a name that is not kebab-case, before anything is written. */
export function requireKebabCase(kind: string, value: unknown): string {
  if (typeof value !== 'string' || !KEBAB_CASE.test(value)) {
    throw new Error(`the ${kind} name must be kebab-case (lower-case words joined by "-", e.g. "supply-request"), not "${String(value)}"`);
  }
  return value;
}
