import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The end of every `docs:*` script: fail when the code is out of step with what the page may describe, then write the
 * page, or with `--check` (the static checks) fail when the committed page differs from what the code gives.
 */
export function writeGeneratedDoc(page: string, render: () => string, options: { problems: string[]; problemsTitle: string; script: string; source: string }): void {
  if (options.problems.length) {
    console.error(`${options.problemsTitle}:\n${options.problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  const path = join(__dirname, '..', '..', page);
  const content = render();
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== content) {
      console.error(`${page} differs from ${options.source}: run \`npm run ${options.script}\` and commit.`);
      process.exit(1);
    }
    console.log(`${page} up to date`);
  } else {
    writeFileSync(path, content);
    console.log(current === content ? `${page} up to date` : `${page} updated`);
  }
}
