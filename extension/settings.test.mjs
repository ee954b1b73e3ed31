// Unit tests of the settings schema and the auto-clean rules (node only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrate, defaults, SCHEMA_VERSION, shouldAutoClean, normaliseRule, hostMatches, ruleOrigins, autoCleanState, veilPatterns, siteOf } from './settings.js';

test('nothing stored gives the defaults at the current schema', () => {
  for (const stored of [undefined, null, 'junk', 42]) {
    const s = migrate(stored);
    assert.deepEqual(s, defaults());
    assert.equal(s.version, SCHEMA_VERSION);
  }
  assert.deepEqual(defaults().autoClean.rules, ['*.gov.cn']);
});

test('schema 1 migrates: rules string and disabled sites become schema 2', () => {
  const v1 = { theme: 'dark', fontSize: 22, autoRules: '*.gov.cn\nwww.example-copy.cn  ', disabledSites: ['www.yzcity.gov.cn'] };
  const s = migrate(v1);
  assert.equal(s.version, 2);
  assert.equal(s.theme, 'dark');
  assert.equal(s.fontSize, 22);
  assert.deepEqual(s.autoClean.rules, ['*.gov.cn', 'www.example-copy.cn']);
  assert.deepEqual(s.autoClean.sites, { 'www.yzcity.gov.cn': false });
  assert.equal(s.autoClean.enabled, true);
  // Migrating twice changes nothing.
  assert.deepEqual(migrate(s), s);
});

test('schema 1 without rules keeps the default rules', () => {
  assert.deepEqual(migrate({ theme: 'sepia' }).autoClean.rules, ['*.gov.cn']);
});

test('the 简/繁 choice: schema 2 stored before it existed gets the default; junk falls back', () => {
  const before = { version: 2, theme: 'dark', images: true, autoClean: { enabled: true, rules: ['*.gov.cn'], sites: {} } };
  const s = migrate(before);
  assert.equal(s.version, 2);
  assert.equal(s.script, 'original');
  assert.equal(s.theme, 'dark');
  assert.equal(migrate({ ...before, script: 'simplified' }).script, 'simplified');
  assert.equal(migrate({ ...before, script: 'traditional' }).script, 'traditional');
  for (const junk of ['t2s', 'SIMPLIFIED', 1, null, {}]) assert.equal(migrate({ ...before, script: junk }).script, 'original');
  // Schema 1 had no such field either.
  assert.equal(migrate({ theme: 'sepia' }).script, 'original');
  const kept = migrate({ ...before, script: 'simplified' });
  assert.deepEqual(migrate(kept), kept);
});

test('embedding images in saved files: off unless chosen; junk falls back', () => {
  const before = { version: 2, theme: 'dark', autoClean: { enabled: true, rules: ['*.gov.cn'], sites: {} } };
  assert.equal(migrate(before).saveImages, false);
  assert.equal(migrate({ ...before, saveImages: true }).saveImages, true);
  for (const junk of ['yes', 1, null, {}]) assert.equal(migrate({ ...before, saveImages: junk }).saveImages, false);
  const kept = migrate({ ...before, saveImages: true });
  assert.deepEqual(migrate(kept), kept);
});

test('out-of-range and wrongly typed values fall back to the defaults', () => {
  const s = migrate({ version: 2, theme: 'neon', fontSize: 400, width: 'wide', lineHeight: 1.5, font: 'comic', elder: 'yes',
    autoClean: { enabled: 'no', rules: ['<script>', 'WWW.Foo.gov.cn/path', '*.gov.cn'], sites: { 'a.gov.cn': true, 'bad host': true, 'b.cn': 'x' } } });
  const d = defaults();
  assert.equal(s.theme, d.theme);
  assert.equal(s.fontSize, d.fontSize);
  assert.equal(s.width, d.width);
  assert.equal(s.lineHeight, 1.5);
  assert.equal(s.font, d.font);
  assert.equal(s.elder, false);
  assert.equal(s.autoClean.enabled, true);
  assert.deepEqual(s.autoClean.rules, ['www.foo.gov.cn', '*.gov.cn']);
  assert.deepEqual(s.autoClean.sites, { 'a.gov.cn': true });
});

test('rules: wildcard covers the domain and its subdomains only', () => {
  assert.ok(hostMatches('www.yzcity.gov.cn', '*.gov.cn'));
  assert.ok(hostMatches('gov.cn', '*.gov.cn'));
  assert.ok(!hostMatches('www.notgov.cn', '*.gov.cn'));
  assert.ok(!hostMatches('gov.cn.evil.com', '*.gov.cn'));
  assert.ok(hostMatches('www.example-copy.cn', 'www.example-copy.cn'));
  assert.ok(!hostMatches('a.www.example-copy.cn', 'www.example-copy.cn'));
  assert.equal(normaliseRule(' https://Www.Gov.CN/zhengce/ '), 'www.gov.cn');
  assert.equal(normaliseRule('*.*.cn'), '');
  assert.deepEqual(ruleOrigins('*.gov.cn'), ['http://*.gov.cn/*', 'https://*.gov.cn/*']);
});

test('auto-clean decision: rules, the per-site switch and the master switch', () => {
  const s = defaults();
  assert.ok(shouldAutoClean('http://www.yzcity.gov.cn/art/1.html', s));
  assert.ok(!shouldAutoClean('http://www.example-copy.cn/art/1.html', s));
  assert.ok(!shouldAutoClean('chrome-extension://abc/extension/reader.html', s));
  s.autoClean.sites['www.yzcity.gov.cn'] = false;
  s.autoClean.sites['www.example-copy.cn'] = true;
  assert.ok(!shouldAutoClean('http://www.yzcity.gov.cn/art/1.html', s));
  assert.ok(shouldAutoClean('https://www.example-copy.cn/art/1.html', s));
  s.autoClean.enabled = false;
  assert.ok(!shouldAutoClean('https://www.example-copy.cn/art/1.html', s));
});

test('auto-clean is active only where host access was granted', () => {
  const s = defaults();
  s.autoClean.rules = ['*.gov.cn', 'www.example-copy.cn'];
  s.autoClean.sites = { 'zwgk.hunan.gov.cn': false, 'news.example.org': true };
  /** @type {[string, string[], boolean, boolean[], boolean[]][]} */
  const cases = [
    // name, granted, active, rules granted, sites granted
    ['nothing granted (a fresh install)', [], false, [false, false], [false, false]],
    ['the default rule granted', ['*.gov.cn'], true, [true, false], [false, false]],
    ['only a site that is switched off', ['zwgk.hunan.gov.cn'], false, [false, false], [false, true]],
    ['only a site that is switched on', ['news.example.org'], true, [false, false], [true, false]],
  ];
  for (const [name, granted, active, rules, sites] of cases) {
    const st = autoCleanState(s, (r) => granted.includes(r));
    assert.equal(st.active, active, name);
    assert.deepEqual(st.rules.map((r) => r.granted), rules, name);
    assert.deepEqual(st.sites.map((x) => [x.host, x.granted]), [['news.example.org', sites[0]], ['zwgk.hunan.gov.cn', sites[1]]], name);
  }
  // Switched off, nothing is active, granted or not.
  s.autoClean.enabled = false;
  assert.equal(autoCleanState(s, () => true).active, false);
});

test('the veil covers the granted rules and the sites switched on, less the sites switched off', () => {
  const s = defaults();
  s.autoClean.rules = ['*.gov.cn', 'www.example-copy.cn'];
  s.autoClean.sites = { 'zwgk.hunan.gov.cn': false, 'news.example.org': true, 'www.other.cn': true };
  /** @type {[string, string[], string[], string[]][]} */
  const cases = [
    // name, granted, matches, excludeMatches
    ['nothing granted (a fresh install)', [], [], ['*://zwgk.hunan.gov.cn/*']],
    ['the default rule granted', ['*.gov.cn'], ['*://*.gov.cn/*'], ['*://zwgk.hunan.gov.cn/*']],
    ['a rule and a site', ['www.example-copy.cn', 'news.example.org'], ['*://news.example.org/*', '*://www.example-copy.cn/*'], ['*://zwgk.hunan.gov.cn/*']],
    ['everything', ['*.gov.cn', 'www.example-copy.cn', 'news.example.org', 'www.other.cn', 'zwgk.hunan.gov.cn'],
      ['*://*.gov.cn/*', '*://news.example.org/*', '*://www.example-copy.cn/*', '*://www.other.cn/*'], ['*://zwgk.hunan.gov.cn/*']],
  ];
  for (const [name, granted, matches, excludeMatches] of cases) {
    assert.deepEqual(veilPatterns(s, (n) => granted.includes(n)), { matches, excludeMatches }, name);
  }
  // Each pattern agrees with shouldAutoClean for a page of its host.
  for (const h of ['www.yzcity.gov.cn', 'gov.cn', 'www.example-copy.cn', 'news.example.org']) {
    assert.ok(shouldAutoClean(`http://${h}/a.html`, s), h);
  }
  assert.ok(!shouldAutoClean('http://zwgk.hunan.gov.cn/a.html', s));
  // Switched off, the veil covers nothing, granted or not.
  s.autoClean.enabled = false;
  assert.deepEqual(veilPatterns(s, () => true), { matches: [], excludeMatches: [] });
  // A rule shared by the rules and a site is one pattern.
  const t = defaults();
  t.autoClean.sites = { '*.gov.cn': true };
  assert.deepEqual(veilPatterns(t, () => true).matches, ['*://*.gov.cn/*']);
});

test('the site of a tab: a web page\'s host, a reader\'s source host, nothing for other pages', () => {
  const reader = 'chrome-extension://abc/extension/reader.html';
  /** @type {[string|undefined, string][]} */
  const cases = [
    ['http://www.yzcity.gov.cn/art/1.html', 'www.yzcity.gov.cn'],
    ['https://WWW.Example-Copy.cn:8443/a?b#c', 'www.example-copy.cn'],
    [`${reader}?url=${encodeURIComponent('http://zwgk.hunan.gov.cn/a.html')}#f00d`, 'zwgk.hunan.gov.cn'],
    [`${reader}?url=${encodeURIComponent('javascript:alert(1)')}#x`, ''],
    [`${reader}?library=k`, ''],
    ['chrome-extension://abc/extension/options.html', ''],
    ['chrome-extension://other/extension/reader.html?url=http%3A%2F%2Fa.gov.cn%2F', ''],
    ['chrome://newtab/', ''],
    ['file:///home/a.html', ''],
    ['not a url', ''],
    [undefined, ''],
  ];
  for (const [url, host] of cases) assert.equal(siteOf(url, reader), host, String(url));
});
