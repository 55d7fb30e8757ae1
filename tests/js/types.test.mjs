// The hand-written declarations (types/index.d.ts) name exactly the catalogue's ids by kind, so a
// row added in C++ without its id in the types fails here rather than in a user's tsc.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import ts from 'typescript';

import { act } from './support.mjs';

const declarations = ts.createSourceFile('index.d.ts', readFileSync(new URL('../../types/index.d.ts', import.meta.url), 'utf8'), ts.ScriptTarget.Latest);

/** The string literals of `export type name = 'a' | 'b' | ...`. */
function literalUnion(name) {
  const alias = declarations.statements.find((node) => ts.isTypeAliasDeclaration(node) && node.name.text === name);
  assert.ok(alias && ts.isUnionTypeNode(alias.type), `${name} is a union of literals`);
  return alias.type.types.map((member) => member.literal.text).sort();
}

for (const [kind, name] of [['elementwise', 'ElementwiseId'], ['vector', 'VectorId'], ['gated', 'GatedId']]) {
  test(`${name} lists every ${kind} id and alias of the catalogue, and nothing else`, () => {
    const rows = act.catalog().filter((row) => row.kind === kind);
    assert.deepEqual(literalUnion(name), rows.flatMap((row) => [row.id, ...row.aliases]).sort());
  });
}
