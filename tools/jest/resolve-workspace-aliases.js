// Jest runs global setup/teardown with Node's own require, outside its moduleNameMapper: resolve the
// workspace aliases (@houqin/...) from tsconfig.base.json here, the same way the mapper does.
const Module = require('node:module');
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = path.join(__dirname, '..', '..');
const original = Module._resolveFilename;
Module._resolveFilename = function resolveWorkspaceAlias(request, ...rest) {
  const target = compilerOptions.paths[request];
  return original.call(this, target ? path.join(root, target[0]) : request, ...rest);
};
