import { Tree } from '@nx/devkit';
import * as ts from 'typescript';

/**
 * Small, exact edits of the TypeScript files a generator registers things in (a module's imports, a definition's
 * entities and migrations, a service's error table). They find the spot in the syntax tree, never by line number,
 * so hand-written files (maintenance's definition, say) are edited as safely as generated ones.
 */
export class SourceFile {
  private text: string;

  constructor(
    private readonly tree: Tree,
    readonly path: string,
  ) {
    const text = tree.read(path, 'utf8');
    if (text === null) throw new Error(`${path} does not exist`);
    this.text = text;
  }

  private parse(): ts.SourceFile {
    return ts.createSourceFile(this.path, this.text, ts.ScriptTarget.Latest, true);
  }

  private insertAt(position: number, insertion: string): void {
    this.text = this.text.slice(0, position) + insertion + this.text.slice(position);
  }

  /** `import { name } from 'from';` after the last import. */
  addImport(name: string, from: string): this {
    const imports = this.parse().statements.filter(ts.isImportDeclaration);
    const last = imports[imports.length - 1];
    this.insertAt(last ? last.end : 0, `${last ? '\n' : ''}import { ${name} } from '${from}';${last ? '' : '\n'}`);
    return this;
  }

  /** Appends `element` to the array literal of the first property called `property` (e.g. `entities`, `imports`). */
  appendToArray(property: string, element: string): this {
    const array = this.find((node): node is ts.PropertyAssignment => ts.isPropertyAssignment(node) && node.name.getText() === property)?.initializer;
    if (!array || !ts.isArrayLiteralExpression(array)) throw new Error(`${this.path}: no array property "${property}" to register ${element} in`);
    const last = array.elements[array.elements.length - 1];
    if (last) this.insertAt(last.end, `, ${element}`);
    else this.insertAt(array.getStart() + 1, element);
    return this;
  }

  /** Adds `member` (e.g. `CODE: { ... }`) to the object literal passed as the last argument of a call to `callee`. */
  appendToObjectArgument(callee: string, member: string): this {
    const call = this.find((node): node is ts.CallExpression => ts.isCallExpression(node) && node.expression.getText() === callee);
    const object = call?.arguments[call.arguments.length - 1];
    if (!object || !ts.isObjectLiteralExpression(object)) throw new Error(`${this.path}: no ${callee}(..., { ... }) to add ${member.split(':')[0]} to`);
    const last = object.properties[object.properties.length - 1];
    if (last) this.insertAt(last.end, `,\n  ${member}`);
    else this.insertAt(object.getStart() + 1, `\n  ${member},\n`);
    return this;
  }

  save(): void {
    this.tree.write(this.path, this.text);
  }

  private find<T extends ts.Node>(test: (node: ts.Node) => node is T): T | undefined {
    let found: T | undefined;
    const visit = (node: ts.Node) => {
      if (found) return;
      if (test(node)) found = node;
      else ts.forEachChild(node, visit);
    };
    visit(this.parse());
    return found;
  }
}
