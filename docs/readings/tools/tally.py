import re, sys, glob, os
# tally.py <folder>: counts the editors' marks in <folder>/*.marks.txt
# (lines "[n] K", "[n] E → …", "[n] D — …", "[n] W — …").
folder = sys.argv[1]
tot = {'K': 0, 'E': 0, 'D': 0, 'W': 0}
ws = []
for f in sorted(glob.glob(os.path.join(folder, '*.marks.txt'))):
    c = {'K': 0, 'E': 0, 'D': 0, 'W': 0}
    for line in open(f, encoding='utf-8'):
        m = re.match(r'\s*\[(\d+)\]\s*([KEDW])\b', line)
        if m:
            c[m.group(2)] += 1
            if m.group(2) == 'W':
                ws.append(os.path.basename(f).replace('.marks.txt', '') + ' ' + line.strip()[:300])
    s = sum(c.values())
    print(f"{os.path.basename(f):40s} {s:4d}  K {c['K']/max(s,1):6.1%}  E {c['E']:3d}  D {c['D']/max(s,1):6.1%}  W {c['W']}")
    for k in c: tot[k] += c[k]
s = sum(tot.values())
print(f"{'TOTAL':40s} {s:4d}  K {tot['K']} ({tot['K']/max(s,1):.1%})  E {tot['E']}  D {tot['D']} ({tot['D']/max(s,1):.1%})  W {tot['W']} ({tot['W']/max(s,1):.1%})")
for w in ws: print('  W', w)
