import re, zlib, sys
src, dst, tc = sys.argv[1], sys.argv[2], sys.argv[3]
b=open(src,'rb').read()
objs=re.findall(rb'(?s)(?<![0-9])(\d+) 0 obj\s*(.*?)endobj', b)
trailer=re.search(rb'(?s)trailer\s*(<<.*?>>)\s*startxref', b).group(1)
out=bytearray(b'%PDF-1.6\n%\xe2\xe3\xcf\xd3\n'); offs={}; changed=0
for num,body in objs:
    n=int(num)
    m=re.match(rb'(?s)(<<.*?>>)\s*stream\r?\n(.*)\r?\nendstream\s*$', body)
    if m:
        d,data=m.group(1),m.group(2)
        lm=re.search(rb'/Length\s+(\d+)(\s+0\s+R)?', d)
        if lm.group(2):
            L=int(re.search(rb'(?s)(?<![0-9])%d 0 obj\s*(\d+)\s*endobj'%int(lm.group(1)), b).group(1))
        else: L=int(lm.group(1))
        data=m.group(2)[:L] if len(m.group(2))>=L else m.group(2)
        if b'FlateDecode' in d and b'/Subtype' not in d and b'/Length1' not in d:
            try:
                raw=zlib.decompress(data)
                if b'BT' in raw and (b'Tj' in raw or b'TJ' in raw):
                    raw2=re.sub(rb'\bBT\b', b'BT '+tc.encode()+b' Tc', raw); changed+=1
                    data=zlib.compress(raw2)
            except Exception: pass
        d=re.sub(rb'/Length\s+\d+(\s+0\s+R)?', b'/Length %d'%len(data), d)
        body=d+b'\nstream\n'+data+b'\nendstream\n'
    offs[n]=len(out); out+=b'%d 0 obj\n'%n+body+b'endobj\n'
mx=max(offs)+1; x=len(out)
out+=b'xref\n0 %d\n0000000000 65535 f \n'%mx
for i in range(1,mx): out+=(b'%010d 00000 n \n'%offs[i]) if i in offs else b'0000000000 65535 f \n'
tr=re.sub(rb'/Size\s+\d+', b'/Size %d'%mx, trailer)
tr=re.sub(rb'/Prev\s+\d+', b'', tr)
out+=b'trailer\n'+tr+b'\nstartxref\n%d\n%%%%EOF\n'%x
open(dst,'wb').write(out); print('content streams changed:',changed)
