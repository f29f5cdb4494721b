#!/usr/bin/env bash
# The verdict figures a change is judged by, on text the checker was not tuned to.
# Run from the project's root after `npm run build`, with ../shared beside it:
#   scripts/eval/measure.sh            every figure
#   SETS="test/blind/kz-a" scripts/eval/measure.sh   only those blind sets
# Prints one line per figure: blind sets' scores, the sources checked as drafts (findings must
# be 0), and the mutation test on the sources and the dev drafts.
set -u
cli=dist/cli.js
shared=../shared
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

score() { # name gold_dir facts_dir
  local report="$work/$1.json"
  local drafts; drafts=$(ls "$2"/*.md | grep -v '\.tmpl\.md$')
  node "$cli" check $drafts ${3:+--facts "$3"} --format json > "$report"
  printf '%-22s ' "$1"; node "$shared/eval/score.mjs" "$2/gold.json" "$report" | tail -1
}

as_drafts() { # name facts_dir
  local dir="$work/src-$1"; mkdir -p "$dir"
  for f in "$2"/sources/*.txt; do cp "$f" "$dir/$(basename "$f" .txt).md"; done
  local n; n=$(node "$cli" check "$dir" --facts "$2" --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s).summary;console.log(r.errors+r.warnings+r.infos)})')
  printf '%-22s sources as drafts: %s findings\n' "$1" "$n"
}

mutation() { # name facts_dir paths...
  local name=$1 facts=$2; shift 2
  printf '%-22s mutation: ' "$name"
  node "$shared/eval/mutate.mjs" "$@" ${facts:+--facts "$facts"} | tail -1
}

if [ -z "${SETS:-}" ]; then
  printf '%-22s ' dev; bash "$shared/eval/run-dev.sh" | tail -1
  as_drafts bundled facts
  for t in test/topics/* test/blind/topic-*; do [ -d "$t/facts/sources" ] && as_drafts "$(basename "$t")" "$t/facts"; done
  # mutate.mjs seeds each slip by the file's path: a fixed path keeps the figure comparable between runs.
  stable=${TMPDIR:-/tmp}/sourcecheck-measure; rm -rf "$stable"; mkdir -p "$stable"
  cp -r "$work/src-bundled" "$stable/sources"
  mutation sources "" "$stable/sources"
  mutation dev "" "$shared/eval/dev/build"
fi
for s in ${SETS:-test/topics/* test/blind/*}; do
  if [ -d "$s/drafts" ]; then score "$(basename "$s")" "$s/drafts" "$s/facts"
  elif [ -f "$s/gold.json" ]; then score "$(basename "$s")" "$s"
  elif [ -f "$s/build/gold.json" ]; then score "$(basename "$s")" "$s/build"
  fi
done
