// Content script, injected on demand by runReader (never declared in the
// manifest; veil.js, which auto-clean registers, is the only other one).
// It marks what the browser does not paint for a reader with the
// hint attribute that core treats as authoritative, serialises the live DOM
// (without the text of style sheets, which core does not read then),
// removes the marks again and returns {ok, html, url, bytes, headline} as
// the script's value (headline: see headline() below). Hidden means not
// painted: it is decided from layout and paint (where the box lies, how
// large it is, the opacity, filters and masks it is painted through, the
// contrast of its text against what is behind it, and, by a bounded hit
// test, what is painted over it), not from a list of properties. It is a
// classic script because executeScript cannot inject modules.
(async () => {
  'use strict';
  const HINT = 'data-govreader-hidden';
  // Keep in step with MAX_PAGE_BYTES in protocol.js.
  const MAX_PAGE_BYTES = 64 * 1024 * 1024 - 64 * 1024;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'BR', 'WBR']);
  /** What a parser keeps in the head; anything else there is moved into the body. */
  const HEAD_ONLY = new Set(['BASE', 'BASEFONT', 'BGSOUND', 'LINK', 'META', 'TITLE', 'NOSCRIPT', 'TEMPLATE', 'STYLE', 'SCRIPT']);

  /** @param {Element} el */
  function hasOwnText(el) {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return true;
    return false;
  }

  /**
   * What a sighted reader can see, as thresholds: each answers one
   * question about layout or paint (see hiddenReason and probe).
   */
  const SEEN = Object.freeze({
    // The product of the opacities of an element and its ancestors
    // (filter: opacity() included; group opacity compounds) below which a
    // box paints under a tenth of itself: black text at 0.1 on white is
    // #e6e6e6, 1.25:1, no longer read.
    minOpacity: 0.1,
    // The WCAG contrast ratio between the colour text is painted in and
    // the colour painted behind it, below which it does not read: #eee on
    // white is 1.16:1, while the palest grey genuine captions use (#999 on
    // white) is 2.8:1 and #ddd still 1.36:1.
    minContrast: 1.2,
    // A box that clips its content shows no line of its text when it is
    // less than this fraction of the text's font size high or wide.
    minBoxOfFont: 0.5,
    // A moved box that starts further than this right of the viewport: no
    // layout puts content there, and no reader scrolls that far sideways.
    farPx: 5000,
    // An absolutely placed box this far down starts past the end of
    // nearly every page (core's belowPagePx): placed there, it stretches
    // the page with screens of nothing before it.
    belowPagePx: 10000,
    // The hit test (elementsFromPoint) is the one test that costs: at most
    // this many points of an element's text, and this many elements a
    // page, are tested. Elements past the limit keep what the cheap tests
    // said (low contrast falls back to the soft camouflage mark).
    probePoints: 3,
    maxProbes: 40,
    // A background at least this opaque is what text is read against.
    opaqueBg: 0.9,
    // A box that cuts its height and shows at least this many lines of
    // the text below it is a fold (展开全文: the article cut to a height
    // with a button that opens it): the text it cuts off continues the
    // text it shows, and is the article's. A box shorter than that shows
    // a strip, and text placed below it is placed where no one reads.
    foldLines: 3,
    // The siblings looked at for a slide of the same kind shown in a
    // clipping window (see inSequence).
    maxSiblings: 64,
    // The longest wait for the page's next frame before judging: a
    // frame comes within 17 ms at 60 Hz; a busy page may be slower.
    frameWaitMs: 100,
    // Text over an image is read where the image contrasts with it: on
    // less than this share of the image's pixels, it is not.
    readShare: 0.2,
    // An image read for its colours is scaled to this many pixels a side
    // at most (256 pixels: the colours, not the picture, matter).
    imageSide: 16,
  });

  /**
   * @param {string} c a computed colour
   * @returns {number[] | null} [r, g, b, alpha]; null for the colour
   *   spaces (oklch(), color()) whose numbers are not sRGB bytes
   */
  function rgba(c) {
    let v = colours.get(c);
    if (v === undefined) {
      const m = /^rgba?\(/.test(c) ? c.match(/[\d.]+/g) : null;
      v = !m || m.length < 3 ? null : [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1];
      colours.set(c, v);
    }
    return v;
  }
  /** A page uses a handful of colours: each is parsed once. @type {Map<string, number[] | null>} */
  const colours = new Map();
  /** One range serves every measurement of text. */
  const range = document.createRange();
  /**
   * The styles of the element being judged that several tests need, each
   * read once (every read of a computed style costs): paintOf reads the
   * position, hiddenReason the rest where it needs them; null is unread.
   * @type {{position: string, transformed: boolean | null, overflowX: string | null, overflowY: string | null, clipPath: string | null}}
   */
  const box = { position: 'static', transformed: null, overflowX: null, overflowY: null, clipPath: null };

  /** WCAG relative luminance. @param {number[]} c */
  function luminance(c) {
    const f = (/** @type {number} */ v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  /** contrast's answers, by the parsed colours (rgba keeps one array a
   * colour). @type {Map<number[], Map<number[], number>>} */
  const contrasts = new Map();
  /** WCAG contrast ratio, 1 to 21. @param {number[]} a @param {number[]} b */
  function contrast(a, b) {
    const x = luminance(a), y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  /**
   * What an element's filter does to the colours it paints: the parts
   * that change what text looks like against its backdrop.
   * @param {string} filter a computed filter, not 'none'
   */
  function filterEffect(filter) {
    let opacity = 1, invert = 0, bright = 1;
    for (const m of filter.matchAll(/(opacity|invert|brightness)\(\s*([\d.]+)(%?)\s*\)/g)) {
      const v = +m[2] / (m[3] ? 100 : 1);
      if (m[1] === 'opacity') opacity *= Math.min(v, 1);
      // invert(a) then invert(b) is invert(a + b - 2ab).
      else if (m[1] === 'invert') invert = invert + Math.min(v, 1) - 2 * invert * Math.min(v, 1);
      else bright *= v;
    }
    return { opacity, invert, bright };
  }

  /**
   * What the ancestors do to an element's paint, carried down the walk.
   * alpha: the product of their opacities. effects: their opacities and
   * colour filters, nearest first, each with the element that applies it;
   * those inside the box that paints the backdrop change the text but not
   * what is behind it. behind: under a negative z-index, where the
   * backgrounds of the page's blocks paint over the text. fixed: in a
   * fixed box, which the viewport moves, not the page. lifted: in an
   * absolutely positioned or fixed box, out of the flow, so laid over
   * boxes that are not its ancestors. area: the
   * area, in document coordinates, a reader can scroll the element into
   * (the page's, or that of the nearest box that scrolls).
   * @typedef {{el: Element, opacity: number, invert: number, bright: number, next: Effect | null}} Effect
   * @typedef {{left: number, top: number, right: number, bottom: number}} Area
   * clip: the boxes that cut what overflows them (overflow hidden or
   * clip) around an element in the flow, as a chain, innermost first;
   * clipAbs: those around an absolutely positioned one, whose box only
   * the boxes from its containing block up cut.
   * @typedef {{alpha: number, effects: Effect | null, behind: boolean, fixed: boolean, lifted: boolean, area: Area, clip: Clip | null, clipAbs: Clip | null}} Paint
   */

  /**
   * A box that cuts what overflows it, in client coordinates (the walk
   * does not scroll), with the window it leaves after its outer clips:
   * by: the element; own: its border box, unbounded along an axis it
   * does not cut; left…bottom: own intersected with the outer clips';
   * up: the next clip out; shows: whether text of its content was found
   * painted inside it; multicol: whether it lays its content out in
   * columns (column boxes, not a sequence of items).
   * @typedef {{by: Element, own: Area, left: number, top: number, right: number, bottom: number, up: Clip | null, shows: boolean, multicol: boolean}} Clip
   */

  /**
   * The area of the page a reader can scroll to, in document coordinates:
   * nothing left of or above the origin, and the document's scrollable
   * size where the viewport scrolls, its visible size where the page
   * forbids scrolling (overflow: hidden on the root or the body).
   * @returns {Area}
   */
  function pageArea() {
    const de = document.documentElement;
    const root = getComputedStyle(de);
    const body = document.body ? getComputedStyle(document.body) : root;
    // The body's overflow applies to the viewport only when the root's is visible.
    const vp = root.overflowX === 'visible' && root.overflowY === 'visible' ? body : root;
    const clipped = (/** @type {string} */ v) => v === 'hidden' || v === 'clip';
    return {
      left: clipped(vp.overflowX) ? window.scrollX : 0,
      top: clipped(vp.overflowY) ? window.scrollY : 0,
      right: clipped(vp.overflowX) ? window.scrollX + de.clientWidth : Math.max(de.scrollWidth, de.clientWidth),
      bottom: clipped(vp.overflowY) ? window.scrollY + de.clientHeight : Math.max(de.scrollHeight, de.clientHeight),
    };
  }

  /**
   * The nearest box behind an element that paints a background: its
   * colour, and the element (null for the canvas, which is white), or
   * null where the colour cannot be read (a colour space that is not
   * sRGB). The walk visits parents first, so the answers are kept.
   *
   * A background image paints over the box's colour. Its colours are
   * read where they can be: a gradient's stops, and the pixels of an
   * image the page has loaded from its own origin or a data: URL
   * (drawn, a few hundred pixels at most, on a canvas; see
   * imageColours): the backdrop is then those colours over the box's
   * colour (samples), and the colour alone where a tile that does not
   * repeat leaves part of the box. An image whose pixels cannot be read
   * (another origin's, or not yet decoded) is not known to cover the
   * text: what is known is the colour painted under it, which shows
   * where the image is transparent, while it loads, where it fails and
   * with images off. Text is judged against that colour, but the mark is
   * the soft one (soft: camouflage, which core applies only to text that
   * reads as spam), since the image may paint a contrast under it.
   * @param {Element | null} el @returns {Backdrop | null}
   * @typedef {{rgb: number[], by: Element | null, samples?: number[][], soft?: boolean}} Backdrop
   */
  function backdrop(el) {
    if (!el) return CANVAS;
    const known = backdrops.get(el);
    if (known !== undefined) return known;
    const cs = styles.get(el) ?? getComputedStyle(el);
    /** @type {Backdrop | null} */
    let bg;
    const own = rgba(cs.backgroundColor);
    const under = !own ? null : own[3] >= SEEN.opaqueBg ? { rgb: own, by: el } : backdrop(el.parentElement);
    if (cs.backgroundImage === 'none' || !under) bg = under;
    else {
      const samples = imageColours(cs, under.rgb);
      bg = samples ? { rgb: under.rgb, by: el, samples } : { rgb: under.rgb, by: el, soft: true };
    }
    backdrops.set(el, bg);
    return bg;
  }
  /** @type {Backdrop} */
  const CANVAS = { rgb: [255, 255, 255, 1], by: null };
  /** The separable blend modes, source s over backdrop b, channels 0–1.
   * @type {Record<string, (s: number, b: number) => number>} */
  const BLENDS = {
    multiply: (s, b) => s * b,
    screen: (s, b) => s + b - s * b,
    darken: (s, b) => Math.min(s, b),
    lighten: (s, b) => Math.max(s, b),
    'color-dodge': (s, b) => (b === 0 ? 0 : s >= 1 ? 1 : Math.min(1, b / (1 - s))),
    'color-burn': (s, b) => (b >= 1 ? 1 : s <= 0 ? 0 : 1 - Math.min(1, (1 - b) / s)),
  };
  /** @type {Map<Element, Backdrop | null>} */
  const backdrops = new Map();

  /**
   * The colours a box's background images paint, each over the colour
   * under them (under), or null when an image that shows cannot be read.
   * Layers are read from the top: one that covers the box (it repeats
   * both ways, is sized to cover, or is a gradient of the box's size) and
   * is opaque hides those below. A tile that does not cover leaves part
   * of the box to the colour: it is counted as half of what is painted.
   * @param {CSSStyleDeclaration} cs @param {number[]} under
   * @returns {number[][] | null}
   */
  function imageColours(cs, under) {
    const list = (/** @type {string} */ v) => v.split(/,(?![^(]*\))/).map((x) => x.trim());
    const layers = list(cs.backgroundImage), repeats = list(cs.backgroundRepeat), sizes = list(cs.backgroundSize);
    /** @type {number[][]} */
    const out = [];
    for (let i = 0; i < layers.length; i++) {
      const layer = layers[i];
      if (layer === 'none') continue;
      const url = /^url\("?(.*?)"?\)$/.exec(layer);
      const gradient = /gradient\(/.test(layer);
      const px = url ? imagePixels(url[1]) : gradient ? layer.match(/rgba?\([^)]*\)/g)?.map((c) => rgba(c)) : null;
      if (!px || !px.length || px.some((c) => !c)) return null;
      const repeat = repeats[i % repeats.length], size = sizes[i % sizes.length];
      const covers = /^repeat( repeat)?$/.test(repeat) || size === 'cover' || (gradient && /^auto( auto)?$/.test(size));
      let opaque = covers;
      for (const c of /** @type {number[][]} */ (px)) {
        const a = url ? c[3] / 255 : c[3];
        if (a < SEEN.opaqueBg) opaque = false;
        out.push([0, 1, 2].map((k) => c[k] * a + under[k] * (1 - a)));
      }
      if (!covers) for (let k = px.length; k > 0; k--) out.push(under);
      if (opaque) break;
    }
    return out.length ? out : null;
  }

  /**
   * An image's pixels, [r, g, b, alpha 0–255] each, from a copy scaled
   * down to at most SEEN.imageSide pixels a side; null when they cannot
   * be read: not loaded and decoded already (a new image element finds
   * one the page has loaded at once), or from another origin (the canvas
   * is then tainted). Each URL is read once.
   * @param {string} src @returns {number[][] | null}
   */
  function imagePixels(src) {
    let px = pixels.get(src);
    if (px !== undefined) return px;
    px = null;
    try {
      const img = new Image();
      img.src = src;
      if (img.complete && img.naturalWidth > 0 && img.naturalHeight > 0) {
        const w = Math.min(img.naturalWidth, SEEN.imageSide), h = Math.min(img.naturalHeight, SEEN.imageSide);
        const cv = document.createElement('canvas');
        cv.width = w;
        cv.height = h;
        const g = cv.getContext('2d', { willReadFrequently: true });
        if (g) {
          g.drawImage(img, 0, 0, w, h);
          const d = g.getImageData(0, 0, w, h).data;
          px = [];
          for (let i = 0; i < d.length; i += 4) px.push([d[i], d[i + 1], d[i + 2], d[i + 3]]);
        }
      }
    } catch {
      px = null; // another origin's pixels, or an image that does not decode
    }
    pixels.set(src, px);
    return px;
  }
  /** @type {Map<string, number[][] | null>} */
  const pixels = new Map();
  /** The computed styles of the elements the walk found shown, for
   * backdrop. @type {Map<Element, CSSStyleDeclaration>} */
  const styles = new Map();

  /**
   * The contrast of an element's own text against what is behind it, or
   * Infinity where that cannot be known or the glyphs do not paint their
   * colour, 0 where the colour is (nearly) transparent. The text's colour
   * goes through the opacities and filters of the boxes between it and
   * the backdrop; those of the backdrop's box and above change both
   * alike.
   * @param {Element} el @param {CSSStyleDeclaration} cs @param {Paint} paint
   */
  function textContrast(el, cs, paint) {
    // What a glyph paints is its fill colour (color, unless
    // -webkit-text-fill-color says otherwise); text that clips a background
    // (gradient headings) or is outlined shows whatever its fill.
    if (parseFloat(/** @type {any} */ (cs).webkitTextStrokeWidth) > 0) return Infinity;
    let fg = rgba(/** @type {any} */ (cs).webkitTextFillColor || cs.color);
    if (!fg) return Infinity;
    let bg;
    if (cs.backgroundClip === 'text' || /** @type {any} */ (cs).webkitBackgroundClip === 'text') {
      // The glyphs show the box's own background through a clear fill:
      // a solid colour is their colour, judged against what is behind
      // the box; an image or a gradient paints something unknown.
      const own = rgba(cs.backgroundColor);
      if (fg[3] >= SEEN.minOpacity || cs.backgroundImage !== 'none' || !own || own[3] < SEEN.opaqueBg) return Infinity;
      fg = own;
      bg = backdrop(el.parentElement);
    } else {
      // A fill (nearly) without colour paints nothing, whatever is behind.
      if (fg[3] < SEEN.minOpacity) return 0;
      bg = backdrop(el);
    }
    if (!bg) return Infinity;
    // A blend mode mixes the fill with the backdrop (Compositing Level 1):
    // dark text screened over white paints white.
    const blend = BLENDS[cs.mixBlendMode];
    if (blend && !bg.samples) {
      const src = fg;
      const under = bg.rgb;
      fg = [0, 1, 2].map((i) => 255 * blend(src[i] / 255, under[i] / 255)).concat(src[3]);
    }
    let a = fg[3];
    let rgb = fg;
    for (let e = paint.effects; e; e = e.next) {
      if (bg.by && (e.el === bg.by || !bg.by.contains(e.el))) break;
      if (rgb === fg) rgb = fg.slice(0, 3);
      a *= e.opacity;
      for (let i = 0; i < 3; i++) rgb[i] = Math.min(255, (rgb[i] * (1 - e.invert) + (255 - rgb[i]) * e.invert) * e.bright);
    }
    let ratio;
    if (bg.samples) {
      // Over an image: the contrast the text reaches on at least
      // SEEN.readShare of what is painted behind it.
      const over = bg.samples.map((b) => contrast([0, 1, 2].map((i) => rgb[i] * a + b[i] * (1 - a)), b)).sort((x, y) => y - x);
      ratio = over[Math.min(over.length - 1, Math.floor(over.length * SEEN.readShare))];
    } else if (rgb === fg && a === 1) {
      // Most text: a page's pairs of colours are few, each worked out once.
      let row = contrasts.get(fg);
      if (!row) contrasts.set(fg, (row = new Map()));
      ratio = row.get(bg.rgb);
      if (ratio === undefined) row.set(bg.rgb, (ratio = contrast(fg, bg.rgb)));
    } else {
      ratio = contrast([0, 1, 2].map((i) => rgb[i] * a + bg.rgb[i] * (1 - a)), bg.rgb);
    }
    // A shadow or glow in another colour draws the glyphs' outline.
    if (ratio < SEEN.minContrast && cs.textShadow !== 'none') return Infinity;
    return ratio;
  }

  /**
   * Whether a mask leaves nothing of the box: a gradient mask all of whose
   * colours are (nearly) transparent, or a mask tile of at most a pixel
   * that does not repeat. Image masks are not judged.
   * @param {CSSStyleDeclaration} cs
   */
  function maskHides(cs) {
    const c = /** @type {any} */ (cs);
    const image = c.maskImage ?? c.webkitMaskImage;
    if (!image || image === 'none') return false;
    const size = String(c.maskSize ?? c.webkitMaskSize ?? '');
    const repeat = String(c.maskRepeat ?? c.webkitMaskRepeat ?? '');
    const nums = size.match(/[\d.]+/g);
    if (nums && nums.every((n) => +n <= 1) && /no-repeat/.test(repeat)) return true;
    if (!/gradient\(/.test(image)) return false;
    const stops = image.match(/rgba?\([^)]*\)/g);
    return !!stops && stops.every((/** @type {string} */ s) => (rgba(s)?.[3] ?? 1) < SEEN.minOpacity);
  }

  /**
   * Whether clip-path: inset() leaves less than a line of the box.
   * @param {string} clipPath @param {DOMRect} r
   * @param {number} minSide the smallest side that shows a line
   */
  function insetHides(clipPath, r, minSide) {
    const v = insetValues(clipPath, r);
    return !!v && (r.width - v[3] - v[1] < minSide || r.height - v[0] - v[2] < minSide);
  }
  /**
   * The four insets of clip-path: inset(), top, right, bottom, left, in
   * pixels of the box r; null for another shape.
   * @param {string} clipPath @param {DOMRect} r @returns {number[] | null}
   */
  function insetValues(clipPath, r) {
    const m = /^inset\(([^)]*?)(?:\s+round\b[^)]*)?\)/.exec(clipPath);
    if (!m) return null;
    const v = m[1].trim().split(/\s+/);
    const [t, rt, b, l] = [v[0], v[1] ?? v[0], v[2] ?? v[0], v[3] ?? v[1] ?? v[0]];
    const px = (/** @type {string} */ s, /** @type {number} */ of) => (s.endsWith('%') ? (parseFloat(s) / 100) * of : parseFloat(s) || 0);
    return [px(t, r.height), px(rt, r.width), px(b, r.height), px(l, r.width)];
  }

  /**
   * Why the browser does not paint an element's text for a sighted
   * reader, or ''. Layout: a box outside the area a reader can scroll to,
   * or one too small to show a line. Paint: opacity compounded over the
   * ancestors, masks and clips, and text in (nearly) the colour behind
   * it ('contrast', which the hit test then confirms, see probe).
   * The rules cover all of core's static ones (core/visibility.go), which
   * core skips for a live page. el.checkVisibility() would answer nothing
   * the walk does not already read from the same computed style (display,
   * visibility, content-visibility, opacity) at a second cost per
   * element; and its contentVisibilityAuto option would call hidden the
   * content-visibility: auto text below the fold that scrolling paints.
   * @param {Element} el @param {CSSStyleDeclaration} cs
   * @param {boolean} ownText whether el has text of its own
   * @param {Paint} paint what the ancestors and el itself do to its paint
   * @param {Paint} parent the parent's
   */
  function hiddenReason(el, cs, ownText, paint, parent) {
    if (cs.display === 'none') return 'display';
    const visibility = cs.visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return 'visibility';
    if (cs.contentVisibility === 'hidden') return 'content-visibility';
    if (paint.alpha < SEEN.minOpacity) return 'opacity';
    // font-size 0 is also a common trick against inline-block gaps, with
    // the children restoring a size: only text set in it is hidden.
    if (ownText && parseFloat(cs.fontSize) <= 2) return 'font-size';
    const position = box.position;
    if (position === 'absolute') {
      const clip = cs.clip.replace(/\s|px/g, '');
      if (clip === 'rect(0,0,0,0)' || clip === 'rect(0000)' || clip === 'rect(1,1,1,1)') return 'clip';
    }
    const clipPath = box.clipPath = cs.clipPath;
    if (clipPath !== 'none' && /^(circle|ellipse)\(0(px)?[\s)]|^polygon\((0(px|%)?[\s,]*)+\)/.test(clipPath)) return 'clip';
    if (el === document.body || el === document.documentElement) return '';
    // Only boxes that hold text matter; textContent is read last, since
    // it costs the size of the subtree. The box is measured only for the
    // styles whose effect depends on it: most elements have none of them.
    // Every style read costs time: overflow is read by its two longhands
    // (the shorthand is built from them), text styles only where the
    // element has text of its own, and none of the box's styles for an
    // element with neither text nor elements inside.
    if (!ownText && !el.firstElementChild) return '';
    const holdsText = () => ownText || el.textContent.trim() !== '';
    if (maskHides(cs) && holdsText()) return 'mask';
    box.overflowX = cs.overflowX;
    box.overflowY = cs.overflowY;
    const overflowHidden = box.overflowX !== 'visible' || box.overflowY !== 'visible';
    const transformed = box.transformed = cs.transform !== 'none' || (!!cs.scale && cs.scale !== 'none') || (!!cs.translate && cs.translate !== 'none');
    const shrunk = transformed || parseFloat(cs.zoom) <= 0.05;
    const flat = parseFloat(cs.lineHeight) === 0;
    // Negative margins move a static box's content as far as positioning
    // does, but a block's box stretches back over its container: its
    // content is measured (rare, so the cost of a range does not matter).
    const pulled = cs.marginLeft[0] === '-' || cs.marginTop[0] === '-';
    const moved = transformed || position !== 'static' || pulled;
    if (overflowHidden || shrunk || flat || moved || clipPath !== 'none') {
      const r = el.getBoundingClientRect();
      const minSide = SEEN.minBoxOfFont * parseFloat(cs.fontSize);
      if (overflowHidden && (r.width < minSide || r.height < minSide) && holdsText()) return 'tiny-box';
      if (clipPath !== 'none' && insetHides(clipPath, r, minSide) && holdsText()) return 'clip';
      // Transforms and zoom shrink the box with its content.
      if (shrunk && (r.width < 1 || r.height < 1) && holdsText()) return 'transform';
      if (flat && r.height === 0 && holdsText()) return 'line-height';
      if (moved && holdsText()) {
        if (offArea(r, paint.fixed, parent.area)) return 'off-screen';
        if (position === 'absolute' && r.top + window.scrollY >= SEEN.belowPagePx) return 'off-screen';
        if (pulled) {
          range.selectNodeContents(el);
          if (offArea(range.getBoundingClientRect(), paint.fixed, parent.area)) return 'off-screen';
        }
      }
    }
    if (!ownText) return '';
    const indent = parseFloat(cs.textIndent);
    if (indent <= -500 || indent >= 5000) return 'text-indent';
    const clip = position === 'absolute' ? parent.clipAbs : position === 'fixed' ? null : parent.clip;
    const cuts = overflowHidden && (box.overflowX === 'hidden' || box.overflowX === 'clip' || box.overflowY === 'hidden' || box.overflowY === 'clip');
    if (clip || cuts) {
      const why = clippedOut(el, cs, clip, cuts);
      if (why) return why;
    }
    const ratio = textContrast(el, cs, paint);
    if (ratio === 0) return 'colour';
    if (ratio < SEEN.minContrast) return 'contrast';
    return '';
  }

  /**
   * Whether two boxes share at least min pixels each way, or all of a
   * where a is smaller than that (a quotation mark is narrower than half
   * a line).
   * @param {Area} a @param {Area} b @param {number} min
   */
  function overlaps(a, b, min) {
    return Math.min(a.right, b.right) - Math.max(a.left, b.left) >= Math.min(min, a.right - a.left) &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) >= Math.min(min, a.bottom - a.top);
  }

  /**
   * The box of an element's own text: the union of its text nodes' boxes,
   * or null when none is laid out.
   * @param {Element} el @returns {Area | null}
   */
  function ownTextBox(el) {
    /** @type {Area | null} */
    let u = null;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3 || !n.nodeValue?.trim()) continue;
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      u = u ? { left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) } : r;
    }
    return u;
  }

  /**
   * Whether the box of el's own text is cut off by the boxes around it
   * that hide what overflows them ('clipped'), or ''. A box that cuts
   * paints nothing of its content outside itself: text wholly outside
   * (less than half a line of it inside, as for tiny-box) is not painted
   * — text flowed into a column past the box's side, scrolled or pushed
   * out of a small box, or positioned outside its cutting parent. Two
   * layouts cut text off that a reader still reaches, and it stays:
   * a fold (text below a box that shows several lines of the text, see
   * foldLines), and a window onto a sequence (a slider, a ticker): a
   * sibling of the same kind as the text's item is shown in the window,
   * so the page moves its items through it (see inSequence).
   * @param {Element} el @param {CSSStyleDeclaration} cs
   * @param {Clip | null} clip the boxes around el that cut it
   * @param {boolean} cuts whether el cuts its own content too
   */
  function clippedOut(el, cs, clip, cuts) {
    const font = parseFloat(cs.fontSize);
    const min = SEEN.minBoxOfFont * font;
    const r = el.getBoundingClientRect();
    if (cuts && el.tagName !== 'MARQUEE' && !moving.has(el)) {
      // Text set straight into a box that cuts it: judged against that
      // box alone (its own children's fold is not known yet: at least
      // it must be tall enough to be one).
      const t = ownTextBox(el);
      if (t && !overlaps(t, r, min)) {
        const line = parseFloat(cs.lineHeight) || 1.2 * font;
        const fold = t.top >= r.bottom - min && r.bottom - r.top >= SEEN.foldLines * line;
        if (!fold) return 'clipped';
      }
    }
    if (!clip || (r.width === 0 && r.height === 0)) return '';
    if (overlaps(r, clip, min)) {
      for (let c = /** @type {Clip | null} */ (clip); c && !c.shows; c = c.up) c.shows = true;
      return '';
    }
    // The element's box is out: its text may still overflow back in.
    const t = ownTextBox(el);
    if (!t || overlaps(t, clip, min)) return '';
    // The box that cuts it off: the innermost it lies outside of.
    let by = clip;
    for (let c = /** @type {Clip | null} */ (clip); c; c = c.up) {
      if (!overlaps(t, c.own, min)) {
        by = c;
        break;
      }
    }
    const line = parseFloat(cs.lineHeight) || 1.2 * font;
    const below = t.top >= by.own.bottom - min && t.left < by.own.right && t.right > by.own.left;
    if (below && by.shows && by.own.bottom - by.own.top >= SEEN.foldLines * line) return '';
    if (inSequence(el, by)) return '';
    // A marquee, or a box a looping animation moves, carries its content
    // through the window: what is cut off now is shown in turn.
    for (let e = /** @type {Element | null} */ (el); e && e !== by.by; e = e.parentElement) if (moving.has(e)) return '';
    if (by.by.tagName === 'MARQUEE') return '';
    return by.shows || showsReplaced(by) ? 'clipped' : 'cut-off';
  }

  /**
   * Whether a clipping box shows a picture in its window (it showed no
   * text: this is asked only then): a background image of its own (a
   * logo whose name is pushed out of it, as image replacement does), or
   * an image, video or other replaced element.
   * @param {Clip} clip
   */
  function showsReplaced(clip) {
    if ((styles.get(clip.by) ?? getComputedStyle(clip.by)).backgroundImage !== 'none') return true;
    for (const m of clip.by.querySelectorAll('img, svg, video, canvas, picture, iframe, object, embed')) {
      if (overlaps(m.getBoundingClientRect(), clip, 1)) return true;
    }
    return false;
  }

  /**
   * Whether el is an item of a sequence that a clipping box shows one
   * part at a time (a slider's slides, a ticker's lines): an ancestor of
   * el inside the box (or el) has a sibling of the same kind that is
   * shown in the window and holds text or an image. Items of one kind
   * are list items, or elements of one tag that share a class: the
   * markup or the design declares them a sequence. Paragraphs and bare
   * boxes are not: one shown beside one cut off is a strip, not a
   * slider. Column boxes are one text broken into columns, not items:
   * text in a column past the side is not a slide.
   * @param {Element} el @param {Clip} clip
   */
  function inSequence(el, clip) {
    if (clip.multicol) return false;
    for (let item = el; item.parentElement && item !== clip.by; item = item.parentElement) {
      let n = 0;
      for (let s = item.parentElement.firstElementChild; s && n < SEEN.maxSiblings; s = s.nextElementSibling, n++) {
        if (s === item || s.tagName !== item.tagName) continue;
        const a = s.classList, b = item.classList;
        if (item.tagName !== 'LI' && ![...a].some((k) => b.contains(k))) continue;
        if (overlaps(s.getBoundingClientRect(), clip, 1) && ((s.textContent ?? '').trim() !== '' || s.querySelector('img, picture, video'))) return true;
      }
    }
    return false;
  }

  /**
   * Whether a box lies wholly outside the area a reader can bring into
   * view: the viewport itself for a fixed box, else the scrollable area
   * it is in, or far right of the viewport.
   * @param {DOMRect} r @param {boolean} fixed in a fixed box
   * @param {Area} a the area around the box
   */
  function offArea(r, fixed, a) {
    if (r.width === 0 && r.height === 0) return false; // nothing laid out to judge
    if (fixed) return r.right <= 0 || r.bottom <= 0 || r.left >= window.innerWidth || r.top >= window.innerHeight;
    const x = window.scrollX, y = window.scrollY;
    return r.right + x <= a.left || r.bottom + y <= a.top || r.left + x >= a.right || r.top + y >= a.bottom ||
      r.left >= window.innerWidth + SEEN.farPx;
  }

  /**
   * The paint of el from its parent's: compounded opacity, the effects
   * that change its text's colour, negative z-index and fixed position.
   * Returns the parent's object when el changes nothing, as most do.
   * @param {Element} el @param {CSSStyleDeclaration} cs @param {Paint} parent
   * @returns {Paint}
   */
  function paintOf(el, cs, parent) {
    const opacity = parseFloat(cs.opacity);
    const filter = cs.filter;
    const position = box.position = cs.position;
    box.transformed = box.overflowX = box.overflowY = box.clipPath = null;
    const fx = filter !== 'none' ? filterEffect(filter) : null;
    const changesColour = opacity < 1 || (fx && (fx.opacity < 1 || fx.invert > 0 || fx.bright !== 1));
    const behind = position !== 'static' && parseInt(cs.zIndex, 10) < 0;
    // Sticky boxes stay in the page's flow: only fixed ones leave it.
    const fixed = position === 'fixed';
    const lifted = fixed || position === 'absolute';
    if (!changesColour && !(behind && !parent.behind) && !(lifted && !parent.lifted)) return parent;
    /** @type {Paint} */
    const p = { ...parent };
    if (changesColour) {
      const o = opacity * (fx ? fx.opacity : 1);
      p.alpha = parent.alpha * o;
      p.effects = { el, opacity: o, invert: fx ? fx.invert : 0, bright: fx ? fx.bright : 1, next: parent.effects };
    }
    p.behind ||= behind;
    p.fixed ||= fixed;
    p.lifted ||= lifted;
    return p;
  }

  /**
   * The paint for el's descendants: el's own, with el's scrollable area
   * when el is a box that scrolls, since its content can be scrolled into
   * view from anywhere in that area.
   * @param {Element} el @param {CSSStyleDeclaration} cs @param {Paint} paint el's
   * @returns {Paint}
   */
  function scrolledPaint(el, cs, paint) {
    const ox = box.overflowX ?? cs.overflowX, oy = box.overflowY ?? cs.overflowY;
    const position = box.position;
    // The boxes that cut el's content: those that cut el, and el itself
    // when it hides what overflows it (the root's and the body's apply to
    // the viewport: pageArea). Inline boxes and table parts other than
    // cells cut nothing. An absolutely placed descendant escapes the cuts
    // of the boxes between it and its containing block, the nearest
    // positioned (or transformed) ancestor.
    let clip = position === 'absolute' ? paint.clipAbs : position === 'fixed' ? null : paint.clip;
    const cutX = ox === 'hidden' || ox === 'clip', cutY = oy === 'hidden' || oy === 'clip';
    // Paint containment and a clip-path inset() cut the same way, at the
    // box and at the inset rectangle.
    const contain = cs.contain;
    const contained = contain !== 'none' && /paint|strict|content/.test(contain);
    const clipPath = box.clipPath ?? cs.clipPath;
    const inset = clipPath.startsWith('inset(');
    if (((cutX || cutY) && el !== document.body && el !== document.documentElement && !NO_CLIP.has(cs.display)) || contained || inset) {
      const r = el.getBoundingClientRect();
      const all = contained || inset;
      const own = { left: cutX || all ? r.left : -Infinity, top: cutY || all ? r.top : -Infinity, right: cutX || all ? r.right : Infinity, bottom: cutY || all ? r.bottom : Infinity };
      if (inset) {
        const v = insetValues(clipPath, r);
        if (v) {
          own.top += v[0];
          own.right -= v[1];
          own.bottom -= v[2];
          own.left += v[3];
        }
      }
      clip = {
        by: el, own, up: clip, shows: false, multicol: cs.columnCount !== 'auto' || cs.columnWidth !== 'auto',
        left: Math.max(own.left, clip?.left ?? -Infinity), top: Math.max(own.top, clip?.top ?? -Infinity),
        right: Math.min(own.right, clip?.right ?? Infinity), bottom: Math.min(own.bottom, clip?.bottom ?? Infinity),
      };
    }
    // Paint containment and clip-path cut absolutely placed descendants
    // too (containment makes the box their containing block).
    const clipAbs = position !== 'static' || box.transformed === true || contained || inset ? clip : paint.clipAbs;
    let area = paint.area;
    if ((ox === 'auto' || ox === 'scroll' || oy === 'auto' || oy === 'scroll') && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth)) {
      const r = el.getBoundingClientRect();
      const x = window.scrollX - el.scrollLeft, y = window.scrollY - el.scrollTop;
      area = { left: r.left + x, top: r.top + y, right: r.left + x + el.scrollWidth, bottom: r.top + y + el.scrollHeight };
    }
    if (clip === paint.clip && clipAbs === paint.clipAbs && area === paint.area) return paint;
    return { ...paint, area, clip, clipAbs };
  }
  /** The boxes that looping animations move (see settleAnimations). @type {Set<Element>} */
  const moving = new Set();
  /** Displays whose boxes do not cut what overflows them. */
  const NO_CLIP = new Set(['inline', 'contents', 'table', 'inline-table', 'table-row', 'table-row-group', 'table-header-group', 'table-footer-group', 'table-column', 'table-column-group']);

  /** Elements whose box is painted, not only their text. */
  const REPLACED = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'PICTURE', 'svg', 'SVG']);
  /**
   * Whether an element paints over what is behind it (an opaque
   * background, a background image, or a replaced element's content).
   * @param {Element} el
   */
  function paintsBox(el) {
    if (REPLACED.has(el.tagName)) return true;
    const cs = styles.get(el) ?? getComputedStyle(el);
    if (cs.backgroundImage !== 'none') return true;
    const bg = rgba(cs.backgroundColor);
    return !!bg && bg[3] >= SEEN.opaqueBg && parseFloat(cs.opacity) >= SEEN.opaqueBg;
  }
  /**
   * Whether an element moves with the viewport rather than the page (in a
   * fixed or sticky box): whatever it covers, scrolling uncovers.
   * @param {Element | null} el
   */
  function viewportBound(el) {
    for (; el && el !== document.documentElement; el = el.parentElement) {
      const p = (styles.get(el) ?? getComputedStyle(el)).position;
      if (p === 'fixed' || p === 'sticky') return true;
    }
    return false;
  }

  /**
   * The centres of up to SEEN.probePoints boxes of an element's own text
   * (first, middle, last), in client coordinates.
   * @param {Element} el @param {Range} range
   */
  function textPoints(el, range) {
    /** @type {DOMRect[]} */
    const rects = [];
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3 || !n.nodeValue?.trim()) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) rects.push(r);
    }
    const picks = rects.length <= SEEN.probePoints ? rects : [rects[0], rects[rects.length >> 1], rects[rects.length - 1]];
    return picks.slice(0, SEEN.probePoints).map((r) => [r.left + r.width / 2, r.top + r.height / 2]);
  }

  /**
   * The hit test: what the browser paints at an element's text. At each
   * point, elementsFromPoint lists what is there, topmost first:
   *   'covered' when a box that paints (see paintsBox) comes before the
   *     element (fixed or sticky boxes only cover text that is itself in
   *     one: the page scrolls out from under them);
   *   'bare' when the element comes first and nothing that paints lies
   *     between it and its backdrop: its colour is read against that;
   *   'backed' when something that paints (a positioned image) does: the
   *     backdrop's colour is not what the text is read against;
   *   'unknown' when the element is not hit there (clipped, scrolled out
   *     of its box, or out of the viewport).
   * @param {Element} el @param {number} x @param {number} y
   * @param {boolean} fixed whether el is itself in a fixed or sticky box
   */
  function atPoint(el, x, y, fixed) {
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return 'unknown';
    const stack = document.elementsFromPoint(x, y);
    const at = stack.findIndex((s) => s === el || el.contains(s));
    // Not hit: clipped, or scrolled out of its box.
    if (at < 0) return 'unknown';
    // What comes first paints over it: a box laid over it, or under a
    // negative z-index, an ancestor's background.
    for (let i = 0; i < at; i++) {
      if (paintsBox(stack[i]) && (fixed || !viewportBound(stack[i]))) return 'covered';
    }
    const by = backdrop(el)?.by ?? null;
    for (let i = at + 1; i < stack.length && stack[i] !== by; i++) {
      const s = stack[i];
      if (!s.contains(el) && paintsBox(s)) return 'backed';
    }
    return 'bare';
  }

  /**
   * Runs the hit test on the candidates the cheap tests could not settle,
   * in document order within each kind, at most SEEN.maxProbes of them;
   * returns the marks to add. A covering candidate out of the viewport is
   * scrolled into it (instantly; the scroll position is restored after):
   * a scroll makes the browser update the page's layers, which costs on a
   * large page, and covering candidates are rare. Faint text out of view
   * is judged from geometry instead (see paintedUnder).
   * Hit testing skips boxes with pointer-events: none, which would let a
   * cover go unseen: a sheet adopted for the duration turns them on.
   * soft: faint against the colour under an image whose pixels are not
   * known, which can only be camouflage.
   * @param {{el: Element, kind: 'contrast' | 'cover', fixed: boolean, lifted?: boolean, soft?: boolean}[]} candidates
   * @param {Element[]} covers the boxes that may cover text
   * @returns {[Element, string][]}
   */
  function probe(candidates, covers) {
    /** @type {[Element, string][]} */
    const found = [];
    if (!candidates.length) return found;
    const sx = window.scrollX, sy = window.scrollY;
    let scrolled = false;
    /** @type {CSSStyleSheet | null} */
    let sheet = null;
    // The sheet makes the browser restyle the page: only when it matters.
    const inert = (/** @type {Element} */ el) => (styles.get(el) ?? getComputedStyle(el)).pointerEvents === 'none';
    if (candidates.some((c) => inert(c.el)) || covers.some(inert)) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync('*, *::before, *::after { pointer-events: auto !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      } catch {
        sheet = null;
      }
    }
    try {
      for (const c of candidates.slice(0, SEEN.maxProbes)) {
        let pts = textPoints(c.el, range);
        if (!pts.length) continue;
        const [x0, y0] = pts[0];
        if (!c.fixed && (y0 < 0 || y0 >= window.innerHeight || x0 < 0 || x0 >= window.innerWidth)) {
          if (c.kind === 'contrast') {
            found.push([c.el, c.soft || c.lifted || paintedUnder(c.el, covers) ? 'camouflage' : 'contrast']);
            continue;
          }
          scrolled = true;
          window.scrollTo({ left: window.scrollX + x0 - window.innerWidth / 2, top: window.scrollY + y0 - window.innerHeight / 2, behavior: 'instant' });
          pts = textPoints(c.el, range);
        }
        const seen = pts.map(([x, y]) => atPoint(c.el, x, y, c.fixed));
        const decided = seen.filter((s) => s !== 'unknown');
        if (decided.length && decided.every((s) => s === 'covered')) found.push([c.el, 'covered']);
        else if (c.kind === 'contrast' && !seen.includes('backed')) found.push([c.el, seen.includes('bare') && !c.soft ? 'contrast' : 'camouflage']);
      }
      for (const c of candidates.slice(SEEN.maxProbes)) if (c.kind === 'contrast') found.push([c.el, 'camouflage']);
    } finally {
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      if (scrolled) window.scrollTo({ left: sx, top: sy, behavior: 'instant' });
    }
    return found;
  }

  /**
   * Whether something that paints may lie between faint text and the
   * backdrop it was judged against, from geometry alone: an image, video,
   * canvas or other replaced element, or a box laid over others that
   * paints (covers), overlapping the text's box. Boxes in the flow cannot
   * lie there: they would be the text's ancestors (its backdrop) or lie
   * beside it, unless the text is lifted out of the flow, which the
   * caller answers for.
   * @param {Element} el @param {Element[]} covers
   */
  function paintedUnder(el, covers) {
    const r = el.getBoundingClientRect();
    const over = (/** @type {Element} */ b) => {
      if (b.contains(el)) return false;
      const q = b.getBoundingClientRect();
      return q.width > 0 && q.height > 0 && r.left < q.right && r.right > q.left && r.top < q.bottom && r.bottom > q.top;
    };
    return covers.some(over) || [...document.querySelectorAll('img, video, canvas, svg, picture, iframe, object, embed')].some(over);
  }

  /**
   * The candidates for covering: text that overlaps a box that paints and
   * is laid over others (positioned, transformed or translucent), and
   * text under a negative z-index. No other text can be covered: in-flow
   * blocks paint their backgrounds before any in-flow text, and floats
   * before in-flow inline content, so only such boxes paint over text,
   * and only the page's backgrounds over text pushed below them.
   * @param {Element[]} texts @param {Paint[]} paints their paints
   * @param {Element[]} covers
   */
  function coverCandidates(texts, paints, covers) {
    /** @type {{el: Element, kind: 'cover', fixed: boolean}[]} */
    const out = [];
    const boxes = covers.map((c) => ({ c, r: c.getBoundingClientRect() })).filter(({ r }) => r.width > 0 && r.height > 0);
    if (!boxes.length && !paints.some((p) => p.behind)) return out;
    texts.forEach((el, i) => {
      let hit = paints[i].behind;
      if (!hit && boxes.length && out.length < SEEN.maxProbes) {
        const r = el.getBoundingClientRect();
        hit = boxes.some(({ c, r: b }) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top && !c.contains(el) && !el.contains(c));
      }
      if (hit && out.length < SEEN.maxProbes) out.push({ el, kind: 'cover', fixed: paints[i].fixed });
    });
    return out;
  }

  /**
   * Whether a host's child that a slot takes in has no box in the
   * rendered (flat) tree. checkVisibility answers false for a box of
   * display: contents too, whose children have boxes: those are left to
   * the walk.
   * @param {Element} c
   */
  function unboxed(c) {
    if (typeof c.checkVisibility !== 'function' || c.checkVisibility()) return false;
    const d = getComputedStyle(c).display;
    return d !== 'contents' && d !== 'none';
  }
  /** Whether a host's text child is laid out: taken in by a slot that is rendered. @param {Text} n */
  function laidOut(n) {
    if (!n.assignedSlot) return false;
    range.selectNodeContents(n);
    return range.getClientRects().length > 0;
  }

  /**
   * Marks hidden elements; returns them so the marks can be removed. The
   * marks are set after the walk: an attribute set during it would make
   * the browser recompute styles and layout at the next element.
   */
  function markHidden() {
    /** @type {Element[]} */
    const marked = [];
    /** @type {string[]} */
    const reasons = [];
    const root = document.body;
    if (!root) return marked;
    const seen = new Set();
    /** @param {Element} el @param {string} reason */
    const mark = (el, reason) => {
      // The first reason found stands: a child no slot takes in is marked
      // at its host, before the walk reaches it.
      if (!el.hasAttribute(HINT) && !seen.has(el)) { seen.add(el); marked.push(el); reasons.push(reason); }
    };
    /** Shown text the hit test may find covered, and its paint. @type {Element[]} */
    const texts = [];
    /** @type {Paint[]} */
    const textPaints = [];
    /** Boxes laid over others that paint. @type {Element[]} */
    const covers = [];
    /** Text whose contrast the hit test confirms. @type {{el: Element, kind: 'contrast', fixed: boolean, lifted: boolean, soft: boolean}[]} */
    const faint = [];
    /**
     * Judges one element; returns its paint when the walk goes into it.
     * @param {Element} el @param {Paint} parent
     * @returns {Paint | null}
     */
    const visit = (el, parent) => {
      if (SKIP.has(el.tagName)) return null;
      const cs = getComputedStyle(el);
      const ownText = hasOwnText(el);
      if (cs.display === 'none') {
        mark(el, 'display');
        return null;
      }
      // A shadow root renders its own tree: the host's children that no
      // slot takes in are not painted (the serialised page shows them as
      // the host's content, since outerHTML leaves the shadow tree out).
      if (el.shadowRoot) {
        const loose = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '' && !laidOut(/** @type {Text} */ (n)));
        if (loose && ![...el.children].some((c) => c.assignedSlot && !unboxed(c))) {
          mark(el, 'unslotted');
          return null;
        }
        for (const c of el.children) {
          if (!c.assignedSlot) mark(c, 'unslotted');
          // Taken in by a slot that is not rendered (a slot, or a box of
          // the shadow tree around it, displayed as none): the child has
          // no box, whatever its own style says.
          else if (unboxed(c)) mark(c, 'display');
        }
      }
      const paint = paintOf(el, cs, parent);
      const reason = hiddenReason(el, cs, ownText, paint, parent);
      if (!reason) {
        styles.set(el, cs);
        if (ownText) {
          texts.push(el);
          textPaints.push(paint);
        }
        // Boxes laid over others: positioned, transformed, translucent.
        // The transform is not read again for an empty leaf: an overlay
        // that is only transformed, never positioned, is rare, and the
        // read would cost at every image and empty box.
        const over = box.position === 'absolute' || box.position === 'relative' || paint.alpha < parent.alpha || box.transformed === true;
        if (over && !paint.fixed && paintsBox(el)) covers.push(el);
        return el.firstElementChild ? scrolledPaint(el, cs, paint) : paint;
      }
      // A visible child of a visibility:hidden parent is still shown,
      // so only display/opacity/box reasons hide a whole subtree; the
      // children of faint text keep their own colours, and the hit test
      // decides on it after the walk.
      if (reason === 'contrast') {
        styles.set(el, cs);
        faint.push({ el, kind: 'contrast', fixed: paint.fixed, lifted: paint.lifted, soft: !!backdrop(el)?.soft });
        return el.firstElementChild ? scrolledPaint(el, cs, paint) : paint;
      }
      if (reason === 'visibility' && el.firstElementChild) {
        if (ownText) mark(el, reason);
        return scrolledPaint(el, cs, paint);
      }
      if (reason === 'colour' || reason === 'clipped' || reason === 'cut-off') {
        // Found in the element's own text: its children are judged on
        // their own (a child may be placed back inside the box).
        mark(el, reason);
        return el.firstElementChild ? scrolledPaint(el, cs, paint) : paint;
      }
      mark(el, reason);
      return null;
    };
    /**
     * A plain walk of top's descendants in document order, with a stack
     * of the ancestors' paints: a TreeWalker's filter costs a call from
     * the browser into script at every element.
     * @param {Element} top @param {Paint} paint top's
     */
    const walk = (top, paint) => {
      const stack = [paint];
      let el = top.firstElementChild;
      while (el) {
        const p = visit(el, stack[stack.length - 1]);
        if (p && el.firstElementChild) {
          stack.push(p);
          el = el.firstElementChild;
          continue;
        }
        while (el !== top && !el.nextElementSibling) {
          el = /** @type {Element} */ (el.parentElement);
          stack.pop();
        }
        el = el === top ? null : el.nextElementSibling;
      }
    };
    /** @type {Paint} */
    const page = { alpha: 1, effects: null, behind: false, fixed: false, lifted: false, area: pageArea(), clip: null, clipAbs: null };
    const bodyStyle = getComputedStyle(root);
    walk(root, scrolledPaint(root, bodyStyle, paintOf(root, bodyStyle, page)));
    // Scripts insert after the body too, which is rendered like the body's
    // content; what they put in the head is not rendered, but a parser
    // moves it into the body.
    for (let el = root.nextElementSibling; el; el = el.nextElementSibling) {
      const p = visit(el, page);
      if (p) walk(el, p);
    }
    for (const el of document.head?.children ?? []) if (!HEAD_ONLY.has(el.tagName)) mark(el, 'display');
    for (const [el, reason] of probe([...faint, ...coverCandidates(texts, textPaints, covers)], covers)) mark(el, reason);
    marked.forEach((el, i) => el.setAttribute(HINT, reasons[i]));
    return marked;
  }

  /**
   * The serialisation without the text of <style> elements: core reads no
   * style sheet of a live page (the marks replace it), and style text is a
   * quarter of a portal page's markup, all of it parsed for nothing. Each
   * sheet is found by its exact text, in document order, rather than by a
   * pattern that script text containing "<style>" could fool.
   * @param {string} html
   */
  function withoutStyleText(html) {
    /** @type {string[]} */
    const parts = [];
    let from = 0;
    for (const sheet of document.querySelectorAll('style')) {
      const css = sheet.textContent ?? '';
      if (css.length < 256) continue;
      const at = html.indexOf(css + '</style>', from);
      if (at < 0) continue;
      parts.push(html.slice(from, at));
      from = at + css.length;
    }
    if (!parts.length) return html;
    parts.push(html.slice(from));
    return parts.join('');
  }

  /** How a <title> is cut into its parts (core's headSeparator). */
  const TITLE_PARTS = /\s*(?:[_|｜,，、;；/]|--|—+|\s-\s|-)\s*/;
  /** Where a page names its headline besides <title>. */
  const TITLE_METAS = ['ArticleTitle', 'og:title', 'dc.title', 'DC.Title', 'DC.title'];
  /** A headline shorter than this (in Han characters) is not offered. */
  const MIN_HEADLINE_HAN = 4;
  /** Elements looked at for a painted headline, in page order, at most. */
  const MAX_HEADINGS = 300;

  /**
   * The headline the reader may show before core has read the page: the
   * text of an element painted as a heading that the page's own references
   * name too (a part of <title>, ArticleTitle, og:title), so that one
   * written only into the head (a hijacked <title>) or only into the body
   * is never offered. Core still has the last word (its spam lexicon is
   * asked before the reader shows this, and its title replaces it), so
   * this is conservative: '' when in doubt. Runs while the hidden marks
   * are on, so that a heading the browser does not paint is not read.
   */
  function headline() {
    const fold = (/** @type {string} */ t) => t.replace(/\s+/g, '');
    /** @type {Set<string>} */
    const refs = new Set();
    const title = (document.title ?? '').trim();
    if (title) {
      refs.add(fold(title));
      for (const part of title.split(TITLE_PARTS)) if (part) refs.add(fold(part));
    }
    for (const name of TITLE_METAS) {
      const m = document.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
      const c = m?.getAttribute('content')?.trim();
      if (c) refs.add(fold(c));
    }
    // A site's name is in its <title> and often painted in a heading of
    // the banner: it is not the article's headline.
    for (const name of ['SiteName', 'og:site_name', 'application-name']) {
      const c = document.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content')?.trim();
      if (c) refs.delete(fold(c));
    }
    if (!refs.size) return '';
    const seen = document.querySelectorAll('h1, h2, h3, h4, [class*="title" i], [id*="title" i]');
    for (let i = 0; i < seen.length && i < MAX_HEADINGS; i++) {
      const el = seen[i];
      // Not hidden, not a link, not the site's banner.
      if (el.closest(`[${HINT}], nav, a, [class*="logo" i], [id*="logo" i]`)) continue;
      if (el.closest('header') && !el.closest('article, main')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length > 200 || (text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_HEADLINE_HAN) continue;
      if (refs.has(fold(text))) return text;
    }
    return '';
  }

  /** The doctype line; a system id alone needs its SYSTEM keyword. */
  function doctype() {
    const d = document.doctype;
    if (!d) return '';
    const ids = d.publicId ? ` PUBLIC "${d.publicId}"${d.systemId ? ` "${d.systemId}"` : ''}` : d.systemId ? ` SYSTEM "${d.systemId}"` : '';
    return `<!DOCTYPE ${d.name}${ids}>\n`;
  }

  // The auto-clean veil (veil.js, in this same isolated world) covers the
  // page: it would hide every text from the hit test and reach the
  // serialisation. It is out of the DOM for the span of this task only,
  // so it is never painted away.
  /**
   * Judging waits for the page's next frame, at most SEEN.frameWaitMs: a
   * script that inserts text in an animation frame (requestAnimationFrame
   * at load) has then run, so that what is judged does not depend on how
   * soon after load the reader is asked for. A hidden document paints no
   * frames and is not waited for.
   */
  function nextFrame() {
    if (document.visibilityState === 'hidden') return Promise.resolve();
    return new Promise((resolve) => {
      requestAnimationFrame(() => resolve(undefined));
      setTimeout(resolve, SEEN.frameWaitMs);
    });
  }

  /**
   * Puts every animation and transition that ends where it will be when
   * the reader has waited READ_HORIZON_MS (at its end, if it ends by
   * then), so that what is judged is the state the page settles in, not
   * the instant of the click: text faded out by an animation that holds
   * its end state is judged faded, and text faded in is judged shown,
   * however far either has run; a fade that takes a day is judged where
   * it stands then. Animations that never end (loops) stay where they
   * are; the boxes they move (a ticker's track) are kept in moving:
   * their content passes through the boxes that cut it. Returns a
   * function that puts each animation back at its time: nothing is
   * painted between (the caller is synchronous), so the page shows no
   * jump and no animation event fires.
   * @returns {{restore: () => void}}
   */
  function settleAnimations() {
    /** @type {[Animation, CSSNumberish | null][]} */
    const back = [];
    const all = typeof document.getAnimations === 'function' ? document.getAnimations() : [];
    for (const a of all) {
      const effect = /** @type {KeyframeEffect | null} */ (a.effect);
      if (!effect || a.playState === 'idle') continue;
      const end = Number(effect.getComputedTiming().endTime);
      if (!Number.isFinite(end)) {
        if (effect.target && typeof effect.getKeyframes === 'function' && effect.getKeyframes().some((k) => MOVES.some((m) => m in k))) moving.add(effect.target);
        continue;
      }
      // As far as a reader waits: an animation or transition that takes
      // longer (a day-long fade from transparent) is judged where it will
      // be then, not at an end nobody sees.
      const now = Number(a.currentTime ?? 0);
      const to = a.playbackRate < 0 ? Math.max(0, now - READ_HORIZON_MS) : Math.min(end, now + READ_HORIZON_MS);
      if (a.currentTime === to) continue;
      back.push([a, a.currentTime]);
      try {
        a.currentTime = to;
      } catch {
        back.pop();
      }
    }
    return {
      restore: () => {
        for (const [a, t] of back) {
          try {
            a.currentTime = t;
          } catch {
            // A page script may have cancelled it meanwhile: nothing to put back.
          }
        }
      },
    };
  }
  /** Keyframe properties that move a box. */
  /** How long a reader stays on a page: an animation is judged where it
   * will be this many milliseconds from the click. A fade-out that takes
   * forty seconds has hidden its text by then; a fade-in from transparent
   * that takes a day has not shown it. */
  const READ_HORIZON_MS = 60000;
  const MOVES = ['transform', 'translate', 'left', 'top', 'right', 'bottom', 'marginLeft', 'marginTop'];

  await nextFrame();
  const veil = /** @type {any} */ (globalThis).govreaderVeil;
  // The mark is this script's word: one the page set itself (a script can
  // set it on spam, to make it look judged) is left out of the
  // serialisation and put back after.
  const planted = [...document.querySelectorAll(`[${HINT}]`)].map((el) => /** @type {[Element, string]} */ ([el, el.getAttribute(HINT) ?? '']));
  for (const [el] of planted) el.removeAttribute(HINT);
  let html;
  let head = '';
  /** @type {Element[]} */
  let marked = [];
  try {
    veil?.suspend();
    const settled = settleAnimations();
    try {
      marked = markHidden();
      html = doctype() + withoutStyleText(document.documentElement.outerHTML);
      try {
        head = headline();
      } catch {
        // The headline only saves a moment; the article comes without it.
      }
    } finally {
      settled.restore();
    }
  } finally {
    for (const el of marked) el.removeAttribute(HINT);
    for (const [el, v] of planted) el.setAttribute(HINT, v);
    veil?.resume();
  }
  // UTF-16 length bounds the UTF-8 size from below and 3x from above; only
  // encode when the cheap bounds cannot decide.
  let bytes = html.length;
  if (html.length * 3 > MAX_PAGE_BYTES) bytes = new TextEncoder().encode(html).length;
  if (bytes > MAX_PAGE_BYTES) return { ok: false, code: 'too_large', bytes, limit: MAX_PAGE_BYTES };
  return { ok: true, html, url: location.href, bytes, hidden: marked.length, charset: document.characterSet, headline: head };
})();
