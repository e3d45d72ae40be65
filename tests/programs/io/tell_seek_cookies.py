"""TextIOWrapper tell()/seek() cookies across encodings, newline modes and chunk boundaries."""

import io
import os
import tempfile
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alphabet = ['a', 'b', 'é', '€', '\n', '\r\n', '\r', '𝄞', 'xyz']
text = ''.join(alphabet[rnd(len(alphabet))] for _ in range(400))
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, 'ts.txt')
for enc in ['utf-8', 'latin-1', 'utf-16']:
    data = text if enc != 'latin-1' else text.replace('€', 'E').replace('𝄞', 'G')
    with io.open(p, 'w', encoding=enc, newline='') as f:
        f.write(data)
    for newline in [None, '', '\n', '\r\n']:
        f = io.open(p, encoding=enc, newline=newline)
        f._CHUNK_SIZE = 7
        cookies = []
        out = []
        while True:
            cookies.append(f.tell())
            k = rnd(4)
            if k == 0:
                s = f.readline()
            else:
                s = f.read(rnd(9) + 1)
            out.append(s)
            if not s:
                break
        print(enc, repr(newline), len(out), sum(len(s) for s in out), f.newlines)
        print(cookies[:40])
        for c in cookies[::5]:
            f.seek(c)
            print(repr(f.read(6)), end=' ')
        print()
        f.close()
os.remove(p)
os.rmdir(tmp)
