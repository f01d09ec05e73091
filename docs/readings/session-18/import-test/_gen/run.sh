#!/bin/bash
# usage: run.sh n target...
n=$1; shift
rm -rf /tmp/imp18-$n
cd /work/main
s=$(date +%s.%N)
node bin/wengao.cjs import "$@" --data-dir /tmp/imp18-$n > /tmp/imp18-$n.out 2>&1
e=$(date +%s.%N)
cat /tmp/imp18-$n.out
echo "WALL $(python3 -c "print(round($e-$s,2))") s   load $(cut -d' ' -f1-3 /proc/loadavg)"
node bin/wengao.cjs library --json --data-dir /tmp/imp18-$n > /tmp/imp18-$n.lib.json
python3 - $n <<'P'
import json,sys
d=json.load(open('/tmp/imp18-%s.lib.json'%sys.argv[1]))
for doc in d:
    print('DOC',doc['id'],doc['title'],doc['genre'],doc['passages'],'head=',doc.get('head'))
    def walk(o,ind=0):
        for x in o:
            print('   '+'  '*ind+'L%s %s%s'%(x['level'],x.get('number') or '',x['heading'][:50]))
            walk(x.get('children',[]),ind+1)
    walk(doc['outline'])
P
