// Unit tests of the library's pure parts (node only): sort, facets,
// filters and search folding. The 简/繁 conversion itself is script.wasm's
// (library.test.mjs runs it in the browser); here a small stand-in table
// checks that folding applies it to both sides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortEntries, facet, siteOf, publisherOf, searchText, fold, queryTerms, search, keyOf, charFolder } from './db.js';

/** An entry with what a test gives of it, the rest empty.
 * @param {Omit<Partial<import('./db.js').Entry>, 'article'> & {article?: Partial<import('./contract.js').Article>}} e */
const entry = (e) => /** @type {import('./db.js').Entry} */ ({
  key: e.url ?? e.title, title: '', url: '', published: '', source: '', publisher: '', site_name: '', savedAt: '', article: {}, ...e,
});

const entries = [
  entry({ title: '甲', url: 'http://www.yzcity.gov.cn/a.html', site_name: '永州市人民政府', published: '2025-03-01', savedAt: '2025-05-02T00:00:00.000Z', publisher: '市林业局' }),
  entry({ title: '乙', url: 'http://zwgk.hunan.gov.cn/b.html', site_name: '湖南省人民政府', published: '2025-04-01', savedAt: '2025-05-01T00:00:00.000Z', source: '省发展改革委' }),
  entry({ title: '丙', url: 'http://www.example-copy.cn/c.html', published: '', savedAt: '2025-05-03T00:00:00.000Z', source: '市林业局' }),
  entry({ title: '丁', url: 'http://www.yzcity.gov.cn/d.html', site_name: '永州市人民政府', published: '2025-04-15T10:00+08:00', savedAt: '2025-04-30T00:00:00.000Z' }),
];
const titles = (/** @type {import('./db.js').Entry[]} */ es) => es.map((e) => e.title).join('');

test('sort by saved, published (undated last) and site (then newest published)', () => {
  assert.equal(titles(sortEntries(entries, 'saved')), '丙甲乙丁');
  assert.equal(titles(sortEntries(entries, 'published')), '丁乙甲丙');
  // Sites by their names in Chinese collation (pinyin): 湖南 before 永州;
  // the host of an entry without a site name sorts as what it is.
  const bySite = sortEntries(entries, 'site').map((e) => siteOf(e));
  assert.deepEqual(bySite, [...bySite].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  assert.equal(titles(sortEntries(entries, 'site').filter((e) => e.site_name === '永州市人民政府')), '丁甲');
  // Sorting copies: the list given is left as it was.
  assert.equal(titles(entries), '甲乙丙丁');
});

test('facets: site (name, else host) and publisher (发布机构, else 来源), most first', () => {
  assert.deepEqual(facet(entries, siteOf).map((f) => [f.value, f.count]).slice(0, 1), [['永州市人民政府', 2]]);
  assert.ok(facet(entries, siteOf).some((f) => f.value === 'www.example-copy.cn'));
  assert.deepEqual(facet(entries, publisherOf), [
    { value: '市林业局', count: 2 },
    { value: '省发展改革委', count: 1 },
  ]);
});

test('search reads title, 来源, 发布机构, 文号, 索引号 and body', () => {
  const e = entry({ title: '关于做好森林防火工作的通知', source: '市林业局', publisher: '永州市人民政府办公室',
    article: { doc_number: '永政办函〔2025〕8号', index_number: '11431100-2025-00012', text: '各县区人民政府：请认真贯彻执行。' } });
  const folded = (/** @type {any} */ x) => fold(searchText(x));
  for (const q of ['森林防火', '市林业局', '人民政府办公室', '永政办函〔2025〕8号', '永政办函[2025]8号', '永政办函 2025 8号', '11431100-2025-00012', '贯彻执行', '２０２５']) {
    assert.equal(search([e], queryTerms(q), folded).length, 1, q);
  }
  for (const q of ['防汛', '永政办函〔2024〕', '林业局 防汛']) assert.equal(search([e], queryTerms(q), folded).length, 0, q);
  assert.equal(search([e], queryTerms('  '), folded).length, 1, 'an empty query shows everything');
});

test('folding applies the script conversion to entries and queries alike', () => {
  // A stand-in for script.wasm's fold table, enough for these words
  // (one character outside the BMP, as the real table has).
  const t2s = charFolder('會会議议樹树開开𠉂㒓');
  assert.equal(t2s('召開會議𠉂'), '召开会议㒓');
  const trad = entry({ title: '全市春季義務植樹活動啟動', article: { text: '市政府召開常務會議' } });
  const simp = entry({ title: '全市春季义务植树活动启动', article: { text: '市政府召开常务会议' } });
  const folded = (/** @type {any} */ x) => fold(searchText(x), t2s);
  assert.deepEqual(titles(search([trad, simp], queryTerms('会议', t2s), folded)), trad.title + simp.title);
  assert.deepEqual(titles(search([trad, simp], queryTerms('會議', t2s), folded)), trad.title + simp.title);
  assert.deepEqual(titles(search([trad, simp], queryTerms('植樹', t2s), folded)), trad.title + simp.title);
  // Without the converter only the same characters match.
  assert.deepEqual(titles(search([trad, simp], queryTerms('会议'), (x) => fold(searchText(x)))), simp.title);
});

test('the key of an article is its address', () => {
  assert.equal(keyOf({ url: 'http://a.gov.cn/1.html', canonical_url: 'http://a.gov.cn/c/1.html' }), 'http://a.gov.cn/c/1.html');
  assert.equal(keyOf({ url: 'http://a.gov.cn/1.html' }), 'http://a.gov.cn/1.html');
  assert.equal(keyOf({ title: '标题', published: '2025-01-01' }), '标题|2025-01-01');
});
