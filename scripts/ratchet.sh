#!/usr/bin/env bash
# Quality ratchet: scores the extractor with ../shared/eval/run.sh all and
# fails when any metric is worse than the checked-in baseline
# (scripts/quality-baseline.json). Floats may drop by at most 0.002, counts
# not at all. Raise the baseline whenever quality improves:
#
#   scripts/ratchet.sh            compare; exit 1 on a regression
#   scripts/ratchet.sh --update   rewrite the baseline from this run
#   scripts/ratchet.sh --from F   use a saved run.sh output instead of running
#
# Without ../shared (a fresh clone) it says so and passes: the shared corpus
# is not part of the product.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
baseline="$root/scripts/quality-baseline.json"
shared="$root/../shared"
update=0
from=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --update) update=1; shift ;;
    --from) from="$2"; shift 2 ;;
    *) echo "usage: $0 [--update] [--from RUN_OUTPUT]" >&2; exit 2 ;;
  esac
done

if [[ -z $from ]]; then
  if [[ ! -x $shared/eval/run.sh ]]; then
    echo "ratchet: ../shared not present; skipped"
    exit 0
  fi
  from="$(mktemp)"
  trap 'rm -f "$from"' EXIT
  (cd "$root" && "$shared/eval/run.sh" all) >"$from" 2>&1 || { cat "$from"; echo "ratchet: eval failed" >&2; exit 1; }
fi

python3 - "$from" "$baseline" "$update" <<'PY'
import json, sys

run_out, baseline_path, update = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
TOL = 0.002

# The summary line of each section of run.sh's output, by its header.
sections, current = {}, None
for line in open(run_out, encoding="utf-8"):
    line = line.strip()
    if line.startswith("== "):
        # "== gov portal pages …", "== seed page", "== spam-injected …", "== general news …"
        current = next((k for k in ("gov", "seed", "spam", "general") if line[3:].startswith(k)), None)
    elif line.startswith("{") and current:
        sections[current] = json.loads(line)
missing = {"gov", "seed", "spam", "general"} - sections.keys()
if missing:
    sys.exit(f"ratchet: no summary for {sorted(missing)} in the eval output")

def hits(frac):  # "41/43" -> 41
    return int(str(frac).split("/")[0])

# name -> (value, "higher" or "lower" is better)
m = {}
for s in ("gov", "seed"):
    g = sections[s]
    m[f"{s}.body_f1_mean"] = (g["body_f1_mean"], "higher")
    m[f"{s}.body_f1_min"] = (g["body_f1_min"], "higher")
    m[f"{s}.pages_with_boilerplate_leak"] = (g["pages_with_boilerplate_leak"], "lower")
    m[f"{s}.injected_blocks_leaked"] = (hits(g["injected_blocks_leaked"]), "lower")
    m[f"{s}.spam_false_alarms"] = (g["spam_false_alarms"], "lower")
    for f, v in sorted(g["fields"].items()):
        m[f"{s}.fields.{f}"] = (hits(v), "higher")
m["gov.pages_f1_ge_0.95"] = (sections["gov"]["pages_f1_ge_0.95"], "higher")
sp = sections["spam"]
m["spam.variants_leaking"] = (sp["variants_leaking"], "lower")
m["spam.variants_flagged"] = (sp["variants_flagged"], "higher")
m["spam.body_f1_mean"] = (sp["body_f1_mean"], "higher")
m["general.f1"] = (sections["general"]["f1"], "higher")

if update:
    out = {k: {"value": round(v, 4) if isinstance(v, float) else v, "better": b} for k, (v, b) in m.items()}
    with open(baseline_path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"ratchet: baseline written ({len(out)} metrics)")
    sys.exit(0)

base = json.load(open(baseline_path, encoding="utf-8"))
worse, better = [], []
for k, want in sorted(base.items()):
    if k not in m:
        worse.append(f"{k}: missing from this run")
        continue
    got, bv, direction = m[k][0], want["value"], want["better"]
    tol = TOL if isinstance(bv, float) or isinstance(got, float) else 0
    delta = got - bv if direction == "higher" else bv - got
    line = f"{k}: {got:.4g} (baseline {bv:.4g}, {direction} is better)"
    if delta < -tol:
        worse.append(line)
    elif delta > tol:
        better.append(line)
for l in better:
    print("  improved  " + l)
for l in worse:
    print("  REGRESSED " + l)
if worse:
    print(f"ratchet: FAIL, {len(worse)} metric(s) below the baseline")
    sys.exit(1)
print(f"ratchet: ok ({len(base)} metrics at or above the baseline"
      + (f"; {len(better)} improved, raise it with scripts/ratchet.sh --update" if better else "") + ")")
PY
