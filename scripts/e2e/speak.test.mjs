// Read aloud. Headless Chromium has no voices, so the reader page gets a
// fake speechSynthesis before reader.js runs: it records what is spoken
// (text, lang, voice, rate), fires the utterances' events as an engine
// would (one at a time, in queue order; cancel() interrupts the current
// one and drops the queue) and offers a zh-CN voice among others. The
// control is pressed with the keyboard and the mouse, as a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, prepareExtension, launch, openReader, tempProfile, GOV_HOST } from './lib.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {Awaited<ReturnType<typeof launch>>} */ let b;

const PORTAL = `http://${GOV_HOST}/art/2025/4/18/portal.html`;
const LONG = `http://${GOV_HOST}/art/2025/11/3/long.html`;
/** The longest utterance the reader may make (reader's speech.js): longer
 * ones are cut off after ~15 s by some engines (Chrome's network voices). */
const MAX_UTTERANCE = 60;
const SPAM = ['澳门葡京', '六合彩', '时时彩', '免费看片'];
const CHROME = ['当前位置', '政务服务', '互动交流', '相关链接', '热点专题', '主办：', 'ICP备', '分享到', '浏览次数', '打印', '请输入关键字', '发布时间', '来源'];

before(async () => {
  server = await startServer();
  b = await launch({ profile: tempProfile(), port: server.port, extension: prepareExtension() });
});
after(async () => { await b?.ctx.close(); await server?.close(); });

/**
 * The fake engine, installed as an init script: runs in every document of
 * the page before its scripts, the reader page included. window.__tts is
 * the test's handle: spoken (at start, in order), cancels, and
 * duration (ms an utterance lasts; Infinity holds it until finish()),
 * failAt (the index of the utterance that fails with synthesis-failed).
 */
function installFakeSpeech(/** @type {{englishOnly?: boolean}|undefined} */ o) {
  const voices = [
    { name: 'English (United States)', lang: 'en-US', voiceURI: 'en-US', localService: true, default: true },
    { name: '國語（臺灣）', lang: 'zh-TW', voiceURI: 'zh-TW', localService: true, default: false },
    { name: '普通话（中国大陆）', lang: 'zh-CN', voiceURI: 'zh-CN', localService: true, default: false },
  ].filter((v) => !o?.englishOnly || v.lang.startsWith('en'));
  const tts = {
    /** @type {{text: string, lang: string, voice: string|null, rate: number}[]} */ spoken: [],
    /** @type {string[]} */ events: [],
    cancels: 0,
    duration: 20,
    failAt: -1,
    /** @type {any} */ current: null,
    /** @type {any[]} */ queue: [],
    /** @type {any} */ timer: 0,
    finish() { finish(); },
  };
  /** @param {any} u @param {string} type @param {object} [extra] */
  const fire = (u, type, extra = {}) => {
    const ev = Object.assign(new Event(type), { utterance: u, charIndex: 0, elapsedTime: 0 }, extra);
    tts.events.push(`${type}${'error' in extra ? ':' + extra.error : ''}`);
    u.dispatchEvent(ev);
    u['on' + type]?.call(u, ev);
  };
  const startNext = () => {
    if (tts.current || !tts.queue.length) return;
    const u = tts.queue.shift();
    tts.current = u;
    const index = tts.spoken.length;
    tts.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
    fire(u, 'start');
    if (index === tts.failAt) {
      tts.timer = setTimeout(() => { tts.current = null; fire(u, 'error', { error: 'synthesis-failed' }); startNext(); }, 0);
    } else if (Number.isFinite(tts.duration)) {
      tts.timer = setTimeout(finish, tts.duration);
    }
  };
  const finish = () => {
    const u = tts.current;
    if (!u) return;
    clearTimeout(tts.timer);
    tts.current = null;
    fire(u, 'end');
    startNext();
  };
  class Utterance extends EventTarget {
    constructor(text = '') {
      super();
      Object.assign(this, { text: String(text), lang: '', voice: null, rate: 1, pitch: 1, volume: 1,
        onstart: null, onend: null, onerror: null, onpause: null, onresume: null, onmark: null, onboundary: null });
    }
  }
  const synth = Object.assign(new EventTarget(), {
    get speaking() { return Boolean(tts.current); },
    get pending() { return tts.queue.length > 0; },
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices.map((v) => ({ ...v })),
    /** @param {any} u */
    speak(u) {
      if (!(u instanceof Utterance)) throw new TypeError('not an utterance');
      tts.queue.push(u);
      // An engine starts asynchronously.
      setTimeout(startNext, 0);
    },
    cancel() {
      tts.cancels++;
      const was = tts.current;
      const dropped = tts.queue.splice(0);
      clearTimeout(tts.timer);
      tts.current = null;
      // As the Web Speech API says (and engines do, later): the one being
      // spoken is interrupted, the queued ones are canceled.
      setTimeout(() => {
        if (was) fire(was, 'error', { error: 'interrupted' });
        for (const u of dropped) fire(u, 'error', { error: 'canceled' });
      }, 0);
    },
    pause() {},
    resume() {},
    __fake: true,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  Object.defineProperty(window, '__tts', { value: tts });
}

/**
 * Opens url in a page with the fake engine, as the reader.
 * @param {string} url
 */
async function reader(url, /** @type {{englishOnly?: boolean}} */ o = {}) {
  const page = await b.ctx.newPage();
  await page.addInitScript(installFakeSpeech, o);
  const { result } = await openReader(b.ctx, b.sw, url, page);
  assert.equal(result.ok, true, JSON.stringify(result));
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.evaluate(() => /** @type {any} */ (speechSynthesis).__fake), true, 'the fake engine is not in the reader page');
  // The fake engine paces utterances with timers, which Chromium slows to
  // one a second in a page that is not in front.
  await page.bringToFront();
  return page;
}

/** @param {import('playwright-core').Page} page */
const tts = (page) => page.evaluate(() => {
  const t = /** @type {any} */ (window).__tts;
  return { spoken: /** @type {{text: string, lang: string, voice: string|null, rate: number}[]} */ (t.spoken), events: /** @type {string[]} */ (t.events), cancels: /** @type {number} */ (t.cancels), speaking: Boolean(t.current), queued: t.queue.length };
});
/** @param {import('playwright-core').Page} page @param {Record<string, unknown>} o */
const setTts = (page, o) => page.evaluate((v) => Object.assign(/** @type {any} */ (window).__tts, v), o);
/** @param {import('playwright-core').Page} page */
const pressed = (page) => page.locator('#speak').getAttribute('aria-pressed');
/** @param {import('playwright-core').Page} page @param {'true'|'false'} v */
const waitPressed = (page, v) => page.waitForFunction((x) => document.getElementById('speak')?.getAttribute('aria-pressed') === x, v, { timeout: 30000 });
/** @param {string} s */
const squash = (s) => s.replace(/\s+/g, '');

test('read aloud speaks the title, then every body paragraph, in order, in Chinese, and nothing else', async () => {
  const page = await reader(PORTAL);
  const title = await page.locator('#title').innerText();
  const body = await page.locator('#content').innerText();
  const paras = await page.locator('#content p').allInnerTexts();
  assert.equal(await pressed(page), 'false');

  await page.locator('#speak').focus();
  await page.keyboard.press('Enter');
  await waitPressed(page, 'true');
  await waitPressed(page, 'false');
  const t = await tts(page);

  assert.ok(t.spoken.length >= 1 + paras.length, `${t.spoken.length} utterances`);
  assert.equal(t.spoken[0].text, title, 'the title comes first');
  for (const u of t.spoken) {
    assert.equal(u.lang, 'zh-CN', `lang of ${u.text}`);
    assert.equal(u.voice, '普通话（中国大陆）', `voice of ${u.text}`);
    assert.equal(u.rate, 1);
  }
  // Every word of the body, in order, once; nothing else.
  const said = t.spoken.slice(1).map((u) => u.text).join('');
  assert.equal(squash(said), squash(body));
  let from = 0;
  for (const p of paras) {
    const at = said.indexOf(p.trim(), from);
    assert.ok(at >= from, `paragraph out of order or missing: ${p}`);
    from = at + p.trim().length;
  }
  const all = t.spoken.map((u) => u.text).join('\n');
  for (const s of [...SPAM, ...CHROME, '由页面脚本在加载后隐藏']) assert.ok(!all.includes(s), `${s} was read aloud`);
  // The engine saw each one start and end, and no cancel.
  assert.deepEqual(t.events, t.spoken.flatMap(() => ['start', 'end']));
  assert.equal(t.cancels, 0);
  assert.equal(t.speaking || t.queued > 0, false);
  await page.close();
});

test('pressing the control again stops: cancel() is called and nothing more is spoken', async () => {
  const page = await reader(PORTAL);
  await setTts(page, { duration: Infinity });
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 1);
  await page.evaluate(() => /** @type {any} */ (window).__tts.finish());
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 2);

  // Stop with the keyboard (Space on the focused button).
  await page.locator('#speak').focus();
  await page.keyboard.press(' ');
  await waitPressed(page, 'false');
  const stopped = await tts(page);
  assert.equal(stopped.cancels, 1);
  await page.waitForTimeout(300);
  const later = await tts(page);
  assert.equal(later.spoken.length, 2, 'speech went on after stop');
  assert.equal(later.speaking || later.queued > 0, false);
  assert.equal(await pressed(page), 'false');

  // Stop and start again at once: the stopped run's late interrupted and
  // canceled events must not end the new one.
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 3);
  await page.evaluate(() => { const s = /** @type {HTMLElement} */ (document.getElementById('speak')); s.click(); s.click(); });
  await page.waitForTimeout(300);
  const restarted = await tts(page);
  assert.equal(restarted.cancels, 2);
  assert.ok(restarted.events.includes('error:interrupted'), JSON.stringify(restarted.events));
  assert.equal(await pressed(page), 'true', 'the new run was ended by the old one');
  assert.equal(restarted.spoken.at(-1)?.text, await page.locator('#title').innerText(), 'a new run starts from the title');
  // It then reads to the end on its own.
  await setTts(page, { duration: 5 });
  await page.evaluate(() => /** @type {any} */ (window).__tts.finish());
  await waitPressed(page, 'false');
  const done = await tts(page);
  assert.equal(squash(done.spoken.slice(4).map((u) => u.text).join('')), squash(await page.locator('#content').innerText()));
  await page.close();
});

test('long paragraphs are read in short utterances, cut at sentence and clause ends, losing nothing', async () => {
  const page = await reader(LONG);
  const body = await page.locator('#content').innerText();
  await setTts(page, { duration: 1 });
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await waitPressed(page, 'false');
  const { spoken } = await tts(page);
  const texts = spoken.map((u) => u.text);
  const long = texts.filter((s) => [...s].length > MAX_UTTERANCE);
  assert.deepEqual(long, [], `utterances over ${MAX_UTTERANCE} characters`);
  assert.equal(texts[0], '永州市人民政府关于做好冬春农田水利建设工作的通知');
  assert.equal(squash(texts.slice(1).join('')), squash(body), 'text lost or added by the cutting');
  // Sentences end utterances: a sentence never runs into the next one.
  assert.ok(texts.some((s) => s.endsWith('现就做好冬春农田水利建设工作通知如下。')), texts.join('|'));
  assert.ok(texts.some((s) => s.startsWith('各县区要把冬春农田水利建设作为')), texts.join('|'));
  assert.ok(texts.includes('特此通知。'));
  // A long sentence is cut after a comma, not inside a word.
  assert.ok(texts.some((s) => s.startsWith('为切实加强农田水利基础设施建设，') && s.endsWith('，')), texts.join('|'));
  for (const s of SPAM) assert.ok(!texts.join('').includes(s));
  await page.close();
});

test('an engine error ends reading, resets the control and says so', async () => {
  const page = await reader(PORTAL);
  const title = await page.locator('#title').innerText();
  const status = page.locator('#status');
  // A whole run, to know how many utterances one takes.
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await waitPressed(page, 'false');
  const n = (await tts(page)).spoken.length;

  // The second utterance fails: nothing after it is read.
  await setTts(page, { failAt: n + 1 });
  await page.locator('#speak').click();
  await waitPressed(page, 'false');
  await page.waitForTimeout(300);
  let t = await tts(page);
  assert.equal(t.spoken.length, n + 2, 'reading went on after the error');
  assert.equal(t.speaking || t.queued > 0, false);
  assert.equal(await status.evaluate((el) => el.classList.contains('error')), true);
  // The reader's words; the engine's code waits behind 详情.
  assert.equal(await status.innerText(), '朗读失败 详情');
  assert.equal(await status.locator('details').textContent(), '详情 synthesis-failed');

  // The last utterance fails: the control must not stay pressed.
  await setTts(page, { failAt: 2 * n + 2 - 1 });
  await page.locator('#speak').click();
  await waitPressed(page, 'false');
  t = await tts(page);
  assert.equal(t.spoken.length, 2 * n + 2);
  assert.equal(t.spoken[n + 2].text, title, 'a new press reads from the start');
  assert.match(await status.innerText(), /^朗读失败/);
  await page.close();
});

test('without speechSynthesis the control says read aloud is unavailable', async () => {
  const page = await b.ctx.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  const { result } = await openReader(b.ctx, b.sw, PORTAL, page);
  assert.equal(result.ok, true);
  await page.locator('#speak').click();
  await page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
  assert.equal(await page.locator('#status').innerText(), '此浏览器不支持朗读');
  assert.equal(await pressed(page), 'false');
  await page.close();
});

/** @param {import('playwright-core').Page} page */
const highlighted = (page) => page.evaluate(() => {
  const h = /** @type {any} */ (CSS).highlights.get('govreader-speaking');
  return h ? [...h].map((/** @type {Range} */ r) => r.toString()).join('') : null;
});

test('the sentence being read is highlighted on the page, and the highlight follows the reading', async () => {
  const page = await reader(LONG);
  await setTts(page, { duration: Infinity });
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 1);
  assert.equal(await highlighted(page), (await tts(page)).spoken[0].text, 'the title is highlighted');
  for (let i = 1; i <= 3; i++) {
    await page.evaluate(() => /** @type {any} */ (window).__tts.finish());
    await page.waitForFunction((n) => /** @type {any} */ (window).__tts.spoken.length === n, i + 1);
    await page.waitForFunction((t) => {
      const h = /** @type {any} */ (CSS).highlights.get('govreader-speaking');
      return h && [...h].map((/** @type {Range} */ r) => r.toString()).join('') === t;
    }, (await tts(page)).spoken[i].text);
  }
  // The highlighted sentence is in the body, where the reader sees it.
  assert.equal(await page.evaluate(() => {
    const h = /** @type {any} */ (CSS).highlights.get('govreader-speaking');
    const r = /** @type {Range} */ ([...h][0]);
    return /** @type {Element} */ (document.getElementById('content')).contains(r.startContainer);
  }), true);
  await page.locator('#speakStop').click();
  await waitPressed(page, 'false');
  assert.equal(await highlighted(page), null, 'the highlight stays after stopping');
  assert.equal(await page.locator('#speechBar').isVisible(), false);
  await page.close();
});

test('voice and speed are chosen in the read-aloud bar, apply from the sentence being read, and are remembered', async () => {
  let page = await reader(PORTAL);
  await setTts(page, { duration: Infinity });
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 1);
  assert.equal(await page.locator('#speechBar').isVisible(), true);
  // Only the voices that read Chinese are offered, mainland Mandarin first.
  assert.deepEqual(await page.locator('#voice option').allInnerTexts(), ['普通话（中国大陆）', '國語（臺灣）']);
  assert.equal(await page.locator('#rate').inputValue(), '1');
  assert.deepEqual(await page.locator('#rate option').allInnerTexts(), ['0.5 倍', '0.75 倍', '1 倍', '1.25 倍', '1.5 倍', '2 倍']);
  const first = (await tts(page)).spoken[0];
  await page.locator('#rate').selectOption('1.5');
  // The sentence being read starts again at the new speed.
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 2);
  let t = await tts(page);
  assert.deepEqual(t.spoken[1], { ...first, rate: 1.5 });
  await page.locator('#voice').selectOption('zh-TW');
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 3);
  t = await tts(page);
  assert.deepEqual(t.spoken[2], { ...first, rate: 1.5, voice: '國語（臺灣）' });
  // The old utterances' late events did not end the run.
  assert.equal(await pressed(page), 'true');
  await page.evaluate(() => /** @type {any} */ (window).__tts.finish());
  await page.waitForFunction(() => /** @type {any} */ (window).__tts.spoken.length === 4);
  t = await tts(page);
  assert.equal(t.spoken[3].rate, 1.5);
  assert.equal(t.spoken[3].voice, '國語（臺灣）');
  await page.keyboard.press('Escape');
  await waitPressed(page, 'false');
  assert.ok(page.url().startsWith('chrome-extension://'), 'Esc while reading stops reading, not the reader');
  await page.close();
  // Another reader reads with the same choice.
  page = await reader(PORTAL);
  await setTts(page, { duration: 1 });
  await page.locator('#speak').click();
  await waitPressed(page, 'true');
  await waitPressed(page, 'false');
  t = await tts(page);
  assert.ok(t.spoken.every((u) => u.rate === 1.5 && u.voice === '國語（臺灣）'), JSON.stringify(t.spoken[0]));
  await page.close();
  await b.sw.evaluate(() => chrome.storage.local.remove('speech'));
});

test('a system without a Chinese voice gets a clear message, and nothing is read in another language', async () => {
  const page = await reader(PORTAL, { englishOnly: true });
  await page.locator('#speak').click();
  await page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
  assert.match(await page.locator('#status').innerText(), /^系统中没有中文语音，无法朗读。/);
  assert.equal(await pressed(page), 'false');
  assert.equal((await tts(page)).spoken.length, 0);
  assert.equal(await page.locator('#speechBar').isVisible(), false);
  await page.close();
});
