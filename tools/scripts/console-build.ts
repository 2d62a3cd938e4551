/**
 * `npm run console:build`: builds the web console into dist/console (Vite, gzip copies, the operations' manifest)
 * when its sources changed; what a production image copies and points CONSOLE_DIR at (docs/console.md).
 */
import { ensureConsoleBuild } from '@houqin/platform-local-infra';
import { ROOT } from './schemas';

console.log(ensureConsoleBuild({ root: ROOT, log: (line) => console.log(line) }));
