#!/bin/bash
# run-ci.sh [commit] — a fresh clone of /work/main at that commit (HEAD if none) with ../shared beside it, then .ci/run;
# the log is /work/notes/ci-<commit>.log.
c=$(git -C /work/main rev-parse --short ${1:-HEAD})
d=/tmp/ci-$c; rm -rf $d; mkdir -p $d
git clone -q /work/main $d/main && git -C $d/main checkout -q $c && cp -r /work/shared $d/shared
cd $d/main && { echo "start $(date +%T) load $(cat /proc/loadavg)"; bash .ci/run; echo "rc=$? end $(date +%T)"; } > /work/notes/ci-$c.log 2>&1
