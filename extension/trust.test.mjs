// Unit tests of the reader's trust badge (node only). The cases live in
// core/testdata/trust-cases.json, which core's TrustOf (saved files) is
// tested on too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { trustOf } from './trust.js';

const { cases } = JSON.parse(fs.readFileSync(new URL('../core/testdata/trust-cases.json', import.meta.url), 'utf8'));

test('the badge follows provenance and what was removed', () => {
  assert.ok(cases.length >= 4);
  for (const { name, article, want } of cases) assert.equal(trustOf(article), want, name);
  assert.deepEqual(new Set(cases.map((/** @type {any} */ c) => c.want)), new Set(['official', 'official-cleaned', 'copy', 'none']));
});
