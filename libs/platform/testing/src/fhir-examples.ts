import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths';

/**
 * The official FHIR R4 (4.0.1) example resources, as IBM's FHIR server packs them for its own tests (Apache-2.0):
 * Maven `com.ibm.fhir:fhir-examples`, folder `json/spec/` of the jar.
 */
export const FHIR_EXAMPLES_ARTIFACT = 'com.ibm.fhir:fhir-examples:4.11.1';

/**
 * Unpacks the examples' `json/spec/` from Maven Central into .cache once (Maven's dependency plugin, as the Kafka jars
 * are resolved); returns the folder. Marked complete last, so an interrupted unpack is done again rather than used.
 */
export function ensureFhirExamples(cacheDir = join(ROOT, '.cache', 'fhir-examples')): string {
  const home = resolve(cacheDir, FHIR_EXAMPLES_ARTIFACT.split(':')[2]);
  const spec = join(home, 'json', 'spec');
  const complete = join(home, '.complete');
  if (existsSync(complete)) return spec;
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  execFileSync(
    'mvn',
    ['-B', '-q', 'dependency:unpack', `-Dartifact=${FHIR_EXAMPLES_ARTIFACT}`, `-DoutputDirectory=${home}`, '-Dmdep.unpack.includes=json/spec/**'],
    // Run in the cache: without a pom the plugin keeps its markers under a literal ${project.basedir}/ of the working directory.
    { cwd: home, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (!existsSync(spec)) throw new Error(`Maven did not unpack json/spec/ of ${FHIR_EXAMPLES_ARTIFACT} into ${home}`);
  writeFileSync(complete, new Date().toISOString());
  return spec;
}

/** Every official example of one resource type (`Encounter-*.json` and the like), by file name. */
export function fhirExamplesOf(resourceType: string): { file: string; resource: Record<string, unknown> }[] {
  const spec = ensureFhirExamples();
  return readdirSync(spec)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, resource: JSON.parse(readFileSync(join(spec, file), 'utf8')) as Record<string, unknown> }))
    .filter(({ resource }) => resource.resourceType === resourceType);
}
