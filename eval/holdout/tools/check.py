#!/usr/bin/env python3
"""Consistency check for one held-out batch and its attack set.

usage: eval/holdout/tools/check.py SET FIRST   (from the repository root)
       e.g. check.py spam3 50  (h50-h74),  check.py spam4 75  (h75-h99),  check.py spam5 100  (h100-h124),
            check.py spam6 125  (h125-h149)

Written for the data, not for the extractor: it only reads the pages, the gold
files and SET/spam.json (the attack sets before SET only for their needles
and techniques). Checks that
  - every gold file is valid JSON with the full set of fields;
  - every gold body line (NFKC, white space removed) occurs in the page's
    visible text (script/style/template/noscript/head and [hidden]/inline
    display:none dropped, iframe srcdoc read as a document);
  - no boilerplate string of 4+ characters occurs in the body (the scorer would
    count it as a leak), and every boilerplate and injected string is on the page;
  - every needle occurs in its variant's source and in no base page of the
    held-out sets or the shared corpus nor among the needles of earlier sets,
    and the variant still shows every body line of its base;
  - no technique name repeats one of an earlier set or another variant of the same set.
Page numbers may have three digits (h100 onwards). A needle counts as present in its variant also when
it is written there in reverse order (text the browser paints through unicode-bidi: bidi-override), or
inside a base64 string literal that a script of the variant decodes (atob) before inserting it. Dingbat
digits (❶…❾, ➀…➒) and regional-indicator letters (🇦…🇿) read as the digits and capital letters they show.
"""
import base64, glob, html, json, os, re, sys, unicodedata
from html.parser import HTMLParser

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KEYS = ["file", "site", "kind", "title", "published", "written", "source", "publisher", "author",
        "editor", "doc_number", "index_number", "body", "boilerplate", "injected", "notes"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP = {"script", "style", "template", "noscript", "head", "title", "textarea"}
BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "section",
         "article", "table", "dd", "dt", "blockquote", "figcaption", "option", "header", "footer"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


class Visible(HTMLParser):
    """Collects the text a reader would see, roughly: enough to catch a gold line that is not on the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out = [], []

    def hidden(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        hide = tag in SKIP or "hidden" in a or "display:none" in style or "visibility:hidden" in style
        if tag == "iframe" and a.get("srcdoc") and not self.hidden():
            self.out.append("\n" + visible_text(a["srcdoc"]) + "\n")
        if tag in BLOCK:
            self.out.append("\n")
        if tag not in VOID:
            self.stack.append((tag, hide))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hidden():
            self.out.append(data)


# Cyrillic and Greek letters that look like Latin ones (NFKC leaves both alone).
HOMOGLYPH = str.maketrans("АВЕКМНОРСТХаеорсухΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ", "ABEKMHOPCTXaeopcyxABEZHIKMNOPTYXoikvptux")
# Dingbat circled digits (negative, sans-serif and sans-serif negative) and regional-indicator letters:
# NFKC leaves them alone, a reader sees digits and letters.
DINGBAT = {base + i: str(i + 1) for base in (0x2776, 0x2780, 0x278A) for i in range(9)}
DINGBAT.update({c: chr(ord("A") + c - 0x1F1E6) for c in range(0x1F1E6, 0x1F200)})


def deobfuscate(s):
    """What an obfuscated needle reads as: format characters, emoji, keycap and variation marks dropped,
    Cyrillic and Greek look-alikes folded."""
    s = s.translate(DINGBAT)
    s = "".join(c for c in s if unicodedata.category(c) not in ("Cf", "So", "Sk", "Me")
                and not 0xFE00 <= ord(c) <= 0xFE0F)
    return s.translate(HOMOGLYPH)


def visible_text(src):
    p = Visible()
    p.feed(src)
    p.close()
    return "".join(p.out)


def read(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "gbk"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    aset, first = sys.argv[1], int(sys.argv[2])
    earlier = [d for d in ("spam", "spam3", "spam4", "spam5", "spam6") if d != aset and d < aset]
    errors = []
    golds = {}
    for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "h*.json"))):
        stem = os.path.basename(gp)[:-5]
        n = int(re.match(r"h(\d+)", stem).group(1))
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{stem}: bad JSON: {e}")
            continue
        golds[stem] = g
        if n < first:
            continue
        missing = [k for k in KEYS if k not in g]
        if missing:
            errors.append(f"{stem}: missing keys {missing}")
        page = os.path.join(ROOT, "pages", g["file"])
        if g["file"] != stem + ".html" or not os.path.exists(page):
            errors.append(f"{stem}: page {g['file']} missing")
            continue
        src = read(page)
        vis = norm(visible_text(src))
        raw = norm(html.unescape(src))
        body = norm(g["body"])
        for line in g["body"].split("\n"):
            if not norm(line):
                errors.append(f"{stem}: empty body line")
            elif norm(line) not in vis:
                errors.append(f"{stem}: body line not visible: {line[:40]}")
        for b in g["boilerplate"]:
            if len(norm(b)) >= 4 and norm(b) in body:
                errors.append(f"{stem}: boilerplate inside body: {b}")
            if norm(b) not in raw:
                errors.append(f"{stem}: boilerplate not on page: {b}")
        for b in g["injected"]:
            if norm(b) not in vis:
                errors.append(f"{stem}: injected block not visible: {b[:30]}")
            if norm(b)[:24] in body:
                errors.append(f"{stem}: injected block inside body: {b[:30]}")
        for fld in ("title", "source", "publisher", "author", "editor", "doc_number", "index_number"):
            for part in (g[fld] or "").split(" "):
                if part and norm(part) not in raw:
                    errors.append(f"{stem}: {fld} {part!r} not on page")
    # Needles: never in a base page (held-out sets and shared corpus), always in their variant.
    bases = glob.glob(os.path.join(ROOT, "pages", "*.html"))
    bases += glob.glob(os.path.join(ROOT, "..", "..", "..", "shared", "corpus", "gov", "pages", "*.html"))
    base_text = [norm(html.unescape(read(p))) for p in bases]
    man = json.load(open(os.path.join(ROOT, aset, "spam.json"), encoding="utf-8")) \
        if os.path.exists(os.path.join(ROOT, aset, "spam.json")) else {}
    old_needles, old_techs, techs = set(), set(), {}
    for d in earlier:
        old = json.load(open(os.path.join(ROOT, d, "spam.json"), encoding="utf-8"))
        old_needles |= {norm(n) for v in old.values() for n in v["needles"]}
        old_techs |= {v["tech"] for v in old.values()}
    for name, v in sorted(man.items()):
        vp = os.path.join(ROOT, aset, name + ".html")
        if not os.path.exists(vp):
            errors.append(f"{name}: variant file missing")
            continue
        src = read(vp)
        raw = norm(html.unescape(src))
        rawjs = norm(src.encode().decode("unicode_escape", "ignore") if "\\u" in src else src)
        g = golds.get(v["base"])
        if g is None:
            errors.append(f"{name}: base gold {v['base']} missing")
            continue
        if v["tech"] in old_techs:
            errors.append(f"{name}: technique {v['tech']} already in an earlier set")
        if v["tech"] in techs:
            errors.append(f"{name}: technique {v['tech']} also used by {techs[v['tech']]}")
        techs.setdefault(v["tech"], name)
        if not name.startswith(re.match(r"h\d+", v["base"]).group(0) + "-"):
            errors.append(f"{name}: name does not start with its base number")
        vis = norm(visible_text(src))
        tagless = norm(html.unescape(re.sub(r"<[^>]*>", "", src)))
        decoded = norm(" ".join(base64.b64decode(m).decode("utf-8", "ignore")
                                for m in re.findall(r'atob\(\s*["\']([A-Za-z0-9+/=]{16,})["\']', src)))
        for nd in v["needles"]:
            hay = (raw, rawjs, deobfuscate(raw), vis, tagless, deobfuscate(tagless), decoded)
            if not any(norm(nd) in h or norm(nd)[::-1] in h for h in hay):
                errors.append(f"{name}: needle not in variant: {nd}")
            if any(norm(nd) in t for t in base_text):
                errors.append(f"{name}: needle occurs in a base page: {nd}")
            if norm(nd) in old_needles:
                errors.append(f"{name}: needle reused from an earlier set: {nd}")
        vis = norm(visible_text(src))
        for line in g["body"].split("\n"):
            if norm(line) not in vis:
                errors.append(f"{name}: base body line lost: {line[:40]}")
    for e in errors:
        print(e)
    print(f"{len(golds)} gold files, {len(man)} {aset} variants, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
