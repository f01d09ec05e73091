#!/usr/bin/env bash
# make-reading.sh <abs-out> <abs-inputs-dir> [seed]
# Drafts every *.json of the inputs dir with the tree $TREE (default /work/main), default frame,
# and writes for each input: <name>.input.json (the material), <name>.txt (the draft as printed),
# <name>.numbered.txt (one sentence a line, "[n] …", blank line between paragraphs).
set -u
out=$1; inputs=$2; seed=${3:-1}; tree=${TREE:-/work/main}
mkdir -p "$out"
echo "tree $(git -C "$tree" rev-parse --short HEAD) seed $seed $(date -u +%FT%TZ)" > "$out/SOURCE.txt"
for f in "$inputs"/*.json; do
  n=$(basename "$f" .json)
  cp "$f" "$out/$n.input.json"
  (cd "$tree" && node bin/wengao.cjs draft "$f" --seed "$seed" -o "$out/$n.txt") > "$out/$n.cli.txt" 2>&1 || echo "FAILED $n (see $n.cli.txt)"
  [ -f "$out/$n.txt" ] && python3 /work/readings/tools/number.py "$out/$n.txt" > "$out/$n.numbered.txt"
done
ls "$out" | grep -c numbered
