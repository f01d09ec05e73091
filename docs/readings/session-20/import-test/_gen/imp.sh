#!/bin/bash
# usage: [S=suffix] imp.sh cNN [paths...]
c=$1; shift; dd=/tmp/imp20-$c$S
cd /work/main
if [ $# -eq 0 ]; then set -- $(find /work/readings/import-test-s20/$c -maxdepth 1 -type f ! -name EXPECTED.md | sort); fi
[ -z "$KEEP" ] && rm -rf $dd
( time node bin/wengao.cjs import "$@" --data-dir $dd ) > ./$c$S.txt 2>&1
rm -rf $dd-j; node bin/wengao.cjs import "$@" --json --data-dir $dd-j > ./$c$S.json 2>/dev/null
node bin/wengao.cjs library --json --data-dir $dd-j > ./$c$S.lib.json 2>&1
