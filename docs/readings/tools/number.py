import re, sys
# One sentence a line, numbered; a sentence ends at 。！？ (with any closing quote/bracket after it);
# the title, date and speaker lines and headings count as one "sentence" each.
text = open(sys.argv[1], encoding='utf-8').read()
n = 0
out = []
for para in text.split('\n'):
    p = para.strip()
    if not p:
        continue
    parts = re.findall(r'.+?(?:[。！？]+[」』”’）)]*|$)', p)
    parts = [s.strip() for s in parts if s.strip()]
    for s in parts:
        n += 1
        out.append(f'[{n}] {s}')
    out.append('')
print('\n'.join(out))
