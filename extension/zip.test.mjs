// Unit tests of the library's zip writer (node only): the archives are
// read back by Info-ZIP's `unzip -t` and by Python's zipfile, two readers
// that share no code with the writer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zip, crc32, uniqueName } from './zip.js';

const have = (/** @type {string} */ cmd) => spawnSync(cmd, ['--version']).error === undefined;

/** @param {Blob} blob */
async function toFile(blob) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreader-zip-'));
  const file = path.join(dir, 'out.zip');
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}

/** Python's reading of a zip: name → [sha256, size, compress_type, date_time]. @param {string} file */
function pythonRead(file) {
  const py = `
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps({i.filename: [hashlib.sha256(z.read(i)).hexdigest(), i.file_size, i.compress_type, list(i.date_time)] for i in z.infolist()}, ensure_ascii=False))
`;
  return JSON.parse(execFileSync('python3', ['-c', py, file], { encoding: 'utf8' }));
}

const sha = async (/** @type {import('./zip.js').Bytes} */ b) => Buffer.from(await crypto.subtle.digest('SHA-256', b)).toString('hex');

test('crc32 matches the standard check value', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  assert.equal(crc32(new Uint8Array()), 0);
});

for (const compress of [true, false]) {
  test(`an archive ${compress ? 'deflated' : 'stored'}: unzip -t and Python read every file back byte for byte`, { skip: !have('python3') && 'no python3' }, async () => {
    const md = '---\ntitle: "全市春季義務植樹活動啟動"\n---\n\n' + '政务公开信息。'.repeat(2000);
    const binary = new Uint8Array(70000).map((_, i) => (i * 7919) % 251);
    const date = new Date(2025, 4, 1, 9, 30, 42);
    /** @type {import('./zip.js').ZipInput[]} */
    const files = [
      { name: 'govreader-library/关于做好2025年森林防火工作的通知.md', data: md, date },
      { name: 'govreader-library/空文件.md', data: '', date },
      { name: 'govreader-library/bytes.bin', data: binary, date },
      { name: 'govreader-library/library.json', data: JSON.stringify({ entries: [] }), date },
    ];
    const file = await toFile(await zip(files, { compress }));
    if (have('unzip')) {
      const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      assert.match(out, /No errors detected/);
    }
    const got = pythonRead(file);
    assert.deepEqual(Object.keys(got), files.map((f) => f.name));
    for (const f of files) {
      const data = typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data;
      const [hash, size, method, when] = got[f.name];
      assert.equal(hash, await sha(data), f.name);
      assert.equal(size, data.length, f.name);
      // Deflated when it helps (the text), stored when it cannot (empty).
      if (!compress || data.length === 0) assert.equal(method, 0, f.name);
      if (compress && f.name.endsWith('.md') && data.length) assert.equal(method, 8, f.name);
      assert.deepEqual(when, [2025, 5, 1, 9, 30, 42], f.name);
    }
    if (compress) assert.ok(fs.statSync(file).size < new TextEncoder().encode(md).length / 10, 'text was not compressed');
  });
}

test('an empty archive is a valid zip', { skip: !have('python3') && 'no python3' }, async () => {
  assert.deepEqual(pythonRead(await toFile(await zip([]))), {});
});

test('duplicate names and too many files are refused, not written broken', async () => {
  await assert.rejects(zip([{ name: 'a.md', data: '1' }, { name: 'a.md', data: '2' }]), /duplicate/);
  const many = Array.from({ length: 0x10000 }, (_, i) => ({ name: `${i}.md`, data: '' }));
  await assert.rejects(zip(many), /more than/);
});

test('file names: safe on every system, unique, case-insensitively', () => {
  const taken = new Set();
  assert.equal(uniqueName('关于<做好>防火/工作: "通知"?', '.md', taken), '关于 做好 防火 工作 通知.md');
  assert.equal(uniqueName('Notice', '.md', taken), 'Notice.md');
  assert.equal(uniqueName('notice', '.md', taken), 'notice (2).md');
  assert.equal(uniqueName('NOTICE', '.md', taken), 'NOTICE (3).md');
  assert.equal(uniqueName('', '.md', taken), 'article.md');
  assert.equal(uniqueName('...', '.md', taken), 'article (2).md');
  assert.equal(uniqueName('CON', '.md', taken), 'article (3).md');
  assert.equal(uniqueName('a\u0000b\nc', '.md', taken), 'a b c.md');
  const long = uniqueName('长'.repeat(200), '.md', taken);
  assert.equal([...long].length, 83);
});
