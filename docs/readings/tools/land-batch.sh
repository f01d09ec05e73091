#!/bin/bash
# SESSION=<n> land-batch.sh <commit-or-branch> ... — merge each into an integration tree from main, run one union gate
# (lint, typecheck, the whole suite) under the heavy lock, and land it (ff main) only when all three are green.
set -u
[ "${INLOCK:-}" = 1 ] || exec env INLOCK=1 flock /tmp/heavy.lock "$0" "$@"
s=${SESSION:?set SESSION, e.g. SESSION=19}
int=/work/wt$s-int
cd /work/main
if [ ! -d $int ]; then git worktree add -f $int -B s$s-int refs/heads/main >/dev/null 2>&1; ln -s /work/main/node_modules $int/node_modules; fi
cd $int && git reset -q --hard refs/heads/main && git clean -qfd -e node_modules
tests=()
for b in "$@"; do
  if git merge --no-edit -q "$b" >/tmp/int-merge.txt 2>&1; then echo "merged $b";
  else echo "CONFLICT $b — skipped: $(grep CONFLICT /tmp/int-merge.txt | head -3)"; git merge --abort; continue; fi
  while read -r f; do [ -f "$f" ] && tests+=("$f"); done < <(git diff --name-only refs/heads/main...$b -- test/ | grep '\.test\.ts$')
done
echo "HEAD $(git rev-parse --short HEAD); extra tests: ${tests[*]}"
L11="test/unit/speech.test.ts test/unit/draft test/unit/length test/unit/input test/cli test/unit/sizes test/unit/speech-guests test/unit/speech-room test/unit/speech-relations test/unit/speech-peers test/unit/speech-rel test/unit/speech-party test/unit/speech-tasked test/unit/speech-own"
L17="test/unit/library test/unit/outline test/unit/import-cycles test/fuzz test/hostile test/unit/hostile/import test/unit/api-library"
bash -c "
  echo \"gate start \$(date +%T) load \$(cat /proc/loadavg)\"
  npm run -s lint >/tmp/int-lint.txt 2>&1; echo lint rc=\$?
  npm run -s typecheck >/tmp/int-tc.txt 2>&1; echo typecheck rc=\$?
  npx vitest run 2>&1 | sed 's/\x1b\[[0-9;]*m//g' > /tmp/int-vitest.txt; echo vitest rc=\${PIPESTATUS[0]}
  grep -E '^ (FAIL|×)|Test Files|Tests ' /tmp/int-vitest.txt | head -60
  echo \"gate end \$(date +%T)\"" 2>&1 | tee /tmp/int-gate.log
if grep -q "^lint rc=0" /tmp/int-gate.log && grep -q "^typecheck rc=0" /tmp/int-gate.log && grep -q "^vitest rc=0" /tmp/int-gate.log; then
  cd /work/main && git merge --ff-only s$s-int && echo "LANDED $(git rev-parse --short HEAD) $(date +%T)"
else echo "NOT LANDED: gate red"; fi
