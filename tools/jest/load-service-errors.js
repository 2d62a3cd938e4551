// Each test file's modules start empty: load every service's error codes (apps/*/src/*.errors.ts) into the
// catalogue, as a running service does through its definition, so domain classes tested alone can throw them.
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const apps = join(__dirname, '..', '..', 'apps');
for (const app of readdirSync(apps)) {
  const file = join(apps, app, 'src', `${app}.errors.ts`);
  if (existsSync(file)) require(file);
}
