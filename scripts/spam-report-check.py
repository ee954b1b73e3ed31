#!/usr/bin/env python3
"""Check GovReader's spam report against the shared gold files.

usage: scripts/spam-report-check.py GOLD_DIR PRED_DIR
   or: scripts/spam-report-check.py            (builds the CLI and runs it
       over ../shared/corpus/gov/pages itself)

Two checks that the shared scorer only half makes:
  false alarms   no spam item's text (removed or suspect) may be part of a
                 page's gold body: the reader would otherwise warn about, or
                 dim, genuine article text;
  injected       a gold `injected` block counts as handled only when it is
                 absent from the body AND some injected_block item reports it.
Exits 1 when there is a false alarm.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(gold_dir, pred_dir):
    alarms, handled, total = [], [], 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        path = os.path.join(pred_dir, name)
        if not os.path.exists(path):
            continue
        pred = json.load(open(path, encoding="utf-8"))
        body, text = norm(gold.get("body", "")), norm(pred.get("text", ""))
        items = [s for s in pred.get("spam") or [] if isinstance(s, dict)]
        for s in items:
            t = norm(s.get("text", ""))
            if len(t) >= 6 and t in body:
                alarms.append({"file": name, "kind": s.get("kind"), "text": s.get("text", "")[:80]})
        reported = [norm(s.get("text", "")).rstrip("…") for s in items if s.get("kind") == "injected_block"]
        for block in gold.get("injected", []):
            total += 1
            key = norm(block)[:24]
            absent = key not in text
            told = any(r and (r[:24] == key or r[:20] in norm(block)) for r in reported)
            if absent and told:
                handled.append(name)
    return {"false_alarms": len(alarms), "injected_removed_and_reported": f"{len(handled)}/{total}",
            "alarms": alarms}


def main(argv):
    if len(argv) == 3:
        gold_dir, pred_dir = argv[1], argv[2]
    else:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        shared = os.path.join(os.path.dirname(root), "shared", "corpus", "gov")
        work = tempfile.mkdtemp()
        exe = os.path.join(work, "govreader")
        subprocess.run(["go", "build", "-o", exe, "./cmd/govreader"], cwd=root, check=True)
        pages = sorted(os.path.join(shared, "pages", f) for f in os.listdir(os.path.join(shared, "pages")))
        pred_dir = os.path.join(work, "out")
        os.makedirs(pred_dir)
        subprocess.run([exe, "extract", "-format", "json", "-o", pred_dir] + pages, check=True)
        gold_dir = os.path.join(shared, "gold")
    result = check(gold_dir, pred_dir)
    print(json.dumps(result, ensure_ascii=False))
    return 1 if result["false_alarms"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
