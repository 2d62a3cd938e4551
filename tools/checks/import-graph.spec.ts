import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findCoreFolderImports, findImportCycles } from './import-graph';

/** The checks must be able to fail: a tiny service with one cycle and a core folder that reaches into a sibling. */
describe('import graph checks', () => {
  let src: string;

  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    }
  };

  beforeEach(() => {
    src = mkdtempSync(join(tmpdir(), 'import-graph-'));
  });
  afterEach(() => rmSync(src, { recursive: true, force: true }));

  it('finds a cycle, also one made of type-only imports, and not a mere shared dependency', () => {
    write({
      'order/order.entity.ts': "import { OrderStatus } from './order-lifecycle';\nexport class OrderRow { status!: OrderStatus; }\n",
      'order/order-lifecycle.ts': "import type { OrderRow } from './order.entity';\nexport enum OrderStatus { OPEN = 'OPEN' }\nexport type R = OrderRow;\n",
      'order/a.ts': "import { x } from '../common/shared';\nexport const a = x;\n",
      'order/b.ts': "import { x } from '../common/shared';\nimport { a } from './a';\nexport const b = x + a;\n",
      'common/shared.ts': 'export const x = 1;\n',
    });
    expect(findImportCycles(src)).toEqual([['order/order-lifecycle.ts', 'order/order.entity.ts']]);
  });

  it('finds a core folder importing a sibling feature, allows common/ and its declared reference data', () => {
    write({
      'order/order.module.ts':
        "import { PartsModule } from '../parts';\nimport { x } from '../common/shared';\nimport { Item } from '../item/item';\nexport const m = [PartsModule, x, Item];\n",
      'parts/index.ts': "import { OrderRow } from '../order/order.entity';\nexport const PartsModule = OrderRow;\n",
      'order/order.entity.ts': 'export class OrderRow {}\n',
      'item/item.ts': 'export class Item {}\n',
      'common/shared.ts': 'export const x = 1;\n',
    });
    expect(findCoreFolderImports(src, { folder: 'order', mayImport: ['item'] })).toEqual(['order/order.module.ts -> parts/index.ts']);
    expect(findImportCycles(src)).toEqual([]);
  });
});
