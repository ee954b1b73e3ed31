// Paint check for an attack set (spam, spam3, spam4, spam5), in headless Chromium (a data check, not a
// test of the extractor).
//
// usage: node eval/holdout/tools/paint.mjs SET [VARIANT_PREFIX]
//   (PLAYWRIGHT_CORE=/path/to/playwright-core/index.mjs when the checkout has no node_modules)
//
// Pages load from file://; every other request is aborted. For each variant it prints whether every
// genuine body line of the base is painted and uncovered, and for each needle where it ends up:
// PAINTED (visible spam), off-page, clipped, colour=bg, checkVisibility-false, covered by …, or
// not-in-dom (title/meta/attributes/<template>/::before content). It reads colour alpha (rgba() and
// color(srgb … / a)), clip-path shapes that hit-testing misses, text waiting outside a <marquee> box,
// text interleaved with display:none noise (read again without the hidden descendants), text outside
// the box of an overflow ancestor (multi-column overflow), and text under an ancestor's background (the
// hit test returns an ancestor). PAINT_DEBUG=1 echoes the page's console. It grew set by set; each
// set's README section names what it checked then.
//
// Set six added an ink test for everything the readings above call PAINTED: the text's boxes are
// screenshotted as painted and again with the text made transparent (the element and its descendants);
// text whose removal changes fewer than three strongly different pixels per character paints no
// readable ink (blurred, blended into the background, coloured transparent by a pseudo-element) and
// is reported as 'no ink'. Glyphs crushed onto one another (negative letter-spacing) are reported when
// the text's boxes are narrower than a fifth of its font size per character.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
const { chromium } = await import(process.env.PLAYWRIGHT_CORE ||
  new URL('../../../node_modules/playwright-core/index.mjs', import.meta.url).href);
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const set = process.argv[2];
if (!set || !fs.existsSync(`${root}/${set}/spam.json`)) {
  console.error('usage: node eval/holdout/tools/paint.mjs SET [VARIANT_PREFIX]  (SET: spam, spam3, spam4, spam5)');
  process.exit(2);
}
const man = JSON.parse(fs.readFileSync(`${root}/${set}/spam.json`, 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
await ctx.route('**/*', r => r.request().url().startsWith('file:') ? r.continue() : r.abort());
const page = await ctx.newPage();
if (process.env.PAINT_DEBUG) page.on('console', m => console.log('  [page]', m.text()));
const only = process.argv[3];
for (const [name, v] of Object.entries(man)) {
  if (only && !name.startsWith(only)) continue;
  const gold = JSON.parse(fs.readFileSync(`${root}/gold/${v.base}.json`, 'utf8'));
  await page.goto(`file://${root}/${set}/${name}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(700); // setTimeout-inserted spam lands at 300 ms
  const res = await page.evaluate(({ lines, needles }) => {
    const fold = s => s.normalize('NFKC').replace(/\s+/g, '').replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
      .replace(/\p{Extended_Pictographic}/gu, '')
      .replace(/[АВЕКМНОРСТХаеорсух]/g, c => 'ABEKMHOPCTXaeopcyx'['АВЕКМНОРСТХаеорсух'.indexOf(c)]);
    const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
    const textOf = n => n.nodeType === 3 ? n.data : n.nodeType === 1 && !SKIP.has(n.tagName)
      ? [...n.childNodes].map(textOf).join('') : '';
    const all = [...document.body.querySelectorAll('*')];
    // Second reading drops display:none descendants, so text interleaved with hidden noise is found as it reads.
    const shown = n => n.nodeType === 3 ? n.data : n.nodeType === 1 && !SKIP.has(n.tagName) &&
      getComputedStyle(n).display !== 'none' ? [...n.childNodes].map(shown).join('') : '';
    const deepest = t => {
      for (const read of [textOf, shown]) {
        let best = null;
        for (const el of all) {
          if (SKIP.has(el.tagName)) continue;
          if (fold(read(el)).includes(t)) best = el; // later = deeper in document order among containers
        }
        if (best) return best;
      }
      return null;
    };
    const bg = el => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const W = document.documentElement.scrollWidth, H = document.documentElement.scrollHeight;
    const state = el => {
      if (!el) return 'not-in-dom';
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'checkVisibility-false';
      let op = 1; for (let e = el; e; e = e.parentElement) op *= parseFloat(getComputedStyle(e).opacity);
      if (op < 0.05) return 'opacity ' + op;
      const range = document.createRange(); range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1);
      const sx = scrollX, sy = scrollY;
      const on = rects.filter(r => r.right + sx > 0 && r.left + sx < W && r.bottom + sy > 0 && r.top + sy < H);
      const chars = fold(el.textContent).length, fsz = parseFloat(getComputedStyle(el).fontSize);
      const all = [...range.getClientRects()].filter(r => r.height > 1), wide = all.reduce((a, r) => a + r.width, 0);
      // (only when the element's own box has width: an edge-on or zero-scaled box stays 'no-box')
      if (chars > 4 && all.length && el.getBoundingClientRect().width > 1 && wide / chars < fsz / 5) return 'crushed glyphs (' + (wide / chars).toFixed(1) + ' px per character)';
      if (!rects.length) return 'no-box';
      if (!on.length) return 'off-page ' + Math.round(rects[0].left + sx) + ',' + Math.round(rects[0].top + sy);
      const st = getComputedStyle(el);
      if (st.color === bg(el) || /rgba\(.*, 0\)$/.test(st.color)) return 'colour=bg ' + st.color;
      const alpha = /rgba\(.*, ([\d.]+)\)$/.exec(st.color) || /\/ ([\d.]+)\)$/.exec(st.color);
      if (alpha && parseFloat(alpha[1]) < 0.1) return 'colour alpha ' + alpha[1];
      // clip-path and scrolled marquees: is any of the text's box inside the clipping shape / the marquee box?
      for (let e = el; e; e = e.parentElement) {
        const cp = getComputedStyle(e).clipPath;
        if (cp && cp !== 'none') {
          const b = e.getBoundingClientRect();
          const probe = document.elementsFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          if (!probe.includes(e)) return 'clip-path ' + cp;
        }
        if (e.tagName === 'MARQUEE') {
          const b = e.getBoundingClientRect();
          const inside = [...range.getClientRects()].some(r => r.right > b.left + 1 && r.left < b.right - 1 && r.bottom > b.top + 1 && r.top < b.bottom - 1);
          if (!inside) return 'marquee scrolled off (text at x=' + Math.round(range.getClientRects()[0].left) + ', box ' + Math.round(b.left) + '–' + Math.round(b.right) + ')';
        }
      }
      if (parseFloat(st.fontSize) < 1) return 'font-size ' + st.fontSize;
      // clipped by an ancestor with overflow hidden?
      for (let e = el; e; e = e.parentElement) {
        const s2 = getComputedStyle(e);
        if (s2.overflow !== 'visible' && e !== el || (e === el && s2.overflow === 'hidden')) {
          const b = e.getBoundingClientRect();
          if (b.width < 2 || b.height < 2) return 'clipped by ' + e.tagName + ' ' + b.width + 'x' + b.height;
          if (e !== el && !on.some(r => r.right > b.left + 1 && r.left < b.right - 1 && r.bottom > b.top + 1 && r.top < b.bottom - 1))
            return 'outside its clipping ' + e.tagName + ' (' + Math.round(b.width) + 'x' + Math.round(b.height) + ', text at x=' + Math.round(on[0].left) + ')';
        }
      }
      const r = on[0]; el.scrollIntoView({ block: 'center' });
      const r2 = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1)[0];
      const hit = document.elementFromPoint(r2.left + Math.min(r2.width / 2, 30), r2.top + r2.height / 2);
      if (hit && hit !== el && !el.contains(hit)) return 'covered by ' + hit.tagName + '.' + hit.className;
      return 'PAINTED';
    };
    const out = { lines: [], needles: [], probes: [] };
    let probe = 0;
    const mark = (el, s, kind, i) => {
      if (s !== 'PAINTED') return;
      el.setAttribute('data-paint-probe', ((el.getAttribute('data-paint-probe') || '') + ' ' + probe).trim());
      out.probes.push({ id: probe++, kind, i, chars: 0 });
    };
    lines.forEach((l, i) => { const el = deepest(fold(l)); const s = state(el); if (s !== 'PAINTED') out.lines.push(s + ' :: ' + l.slice(0, 30)); else mark(el, s, 'line', i); });
    needles.forEach((n, i) => { const el = deepest(fold(n)); const s = state(el); out.needles.push(n + ' -> ' + s); mark(el, s, 'needle', i); });
    out.title = document.title.slice(0, 30);
    return out;
  }, { lines: gold.body.split('\n'), needles: v.needles });
  // Ink test: does the browser paint readable glyphs where the text is said to be painted?
  for (const pr of res.probes) {
    const box = await page.evaluate(id => {
      const el = document.querySelector(`[data-paint-probe~="${id}"]`);
      el.scrollIntoView({ block: 'center' });
      const range = document.createRange(); range.selectNodeContents(el);
      const rs = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
      const chars = el.textContent.replace(/\s+/g, '').length;
      return { rs: rs.map(r => [Math.max(0, r.left), Math.max(0, r.top), Math.min(innerWidth, r.right), Math.min(innerHeight, r.bottom)]), chars };
    }, pr.id);
    const shot = async () => (await page.screenshot({ type: 'png' })).toString('base64');
    const a = await shot();
    await page.evaluate(id => {
      const st = document.createElement('style'); st.id = 'paint-probe-style';
      const q = `[data-paint-probe~="${id}"]`;
      st.textContent = `${q}, ${q} *, ${q}::first-line, ${q} *::first-line { color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important; -webkit-text-stroke: 0 !important; text-decoration: none !important }`;
      document.head.appendChild(st);
    }, pr.id);
    const b = await shot();
    const ink = await page.evaluate(async ({ a, b, rs }) => {
      // A blob: URL, not data:, so the request filter (file: only) never sees it.
      const load = src => new Promise((ok, ko) => { const im = new Image(); im.onload = () => ok(im); im.onerror = ko;
        im.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(src), c => c.charCodeAt(0))], { type: 'image/png' })); });
      const [ia, ib] = await Promise.all([load(a), load(b)]);
      const px = im => { const c = document.createElement('canvas'); c.width = im.width; c.height = im.height; const x = c.getContext('2d'); x.drawImage(im, 0, 0); return x.getImageData(0, 0, im.width, im.height).data; };
      const da = px(ia), db = px(ib), W = ia.width;
      let n = 0;
      for (const [l, t, r, btm] of rs) for (let y = Math.floor(t); y < Math.ceil(btm); y++) for (let x = Math.floor(l); x < Math.ceil(r); x++) {
        const k = (y * W + x) * 4;
        if (Math.max(Math.abs(da[k] - db[k]), Math.abs(da[k + 1] - db[k + 1]), Math.abs(da[k + 2] - db[k + 2])) >= 64) n++;
      }
      document.getElementById('paint-probe-style').remove();
      return n;
    }, { a, b, rs: box.rs });
    if (ink < 3 * Math.max(1, box.chars)) {
      const msg = `no ink (${ink} strong px for ${box.chars} characters)`;
      if (pr.kind === 'line') res.lines.push(msg + ' :: ' + gold.body.split('\n')[pr.i].slice(0, 30));
      else res.needles[pr.i] = res.needles[pr.i].replace(/PAINTED$/, msg);
    }
  }
  console.log(name.padEnd(28), res.lines.length ? 'BODY PROBLEMS: ' + res.lines.join(' | ') : 'body ok', '||', res.needles.join(' ; '), '|| title:', res.title);
}
await browser.close();
