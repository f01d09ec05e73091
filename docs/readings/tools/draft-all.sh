#!/bin/bash
# draft-all.sh <tree> <outdir> — drafts every campaign fixture, shared example and readings input (sessions' docs) with <tree>
# (seed 1, no resident process) into <outdir>/<flat name>.txt, for a before/after diff of two trees.
tree=$1; out=$2; mkdir -p "$out"
for f in "$tree"/test/fixtures/campaigns/*.json /work/shared/examples/*.json /work/main/docs/readings/session-*/*/*.input.json; do
  n=$(echo "$f" | sed -e 's#.*/session-\([0-9]*\)/\([^/]*\)/#r\1-\2-#' -e 's#.*/##')
  (cd "$tree" && WENGAO_NO_DAEMON=1 nice node bin/wengao.cjs draft "$f" --seed 1 -o "$out/$n.txt" >/dev/null 2>&1) || echo "FAILED $f" >> "$out/FAILED"
done
ls "$out" | wc -l
