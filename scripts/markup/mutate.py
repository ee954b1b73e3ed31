#!/usr/bin/env python3
"""mutate.py MODE SRC_DIR OUT_DIR: the markup changes of scripts/markup/run.sh.
MODE: rename (class/id renamed consistently, also in <style>), strip (class/id removed),
nometa (ArticleTitle/og/description metas removed), divp (<p> -> <div>)"""
import os, re, sys, hashlib
mode, src, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
def tok(name):
    return 'x' + hashlib.md5(name.encode()).hexdigest()[:6]
for f in sorted(os.listdir(src)):
    if not f.endswith('.html'): continue
    raw = open(os.path.join(src, f), 'rb').read()
    # keep bytes: work on latin-1 view so multibyte encodings survive
    s = raw.decode('latin-1')
    if mode == 'rename':
        def attr(m):
            key, q, val = m.group(1), m.group(2), m.group(3)
            vals = ' '.join(tok(v) for v in val.split())
            return f'{key}={q}{vals}{q}'
        s = re.sub(r'\b(class|id)\s*=\s*(["\'])(.*?)\2', attr, s, flags=re.I|re.S)
        def style(m):
            body = m.group(2)
            body = re.sub(r'([.#])(-?[A-Za-z_][\w-]*)', lambda k: k.group(1)+tok(k.group(2)) if not re.match(r'\d', k.group(2)) else k.group(0), body)
            return m.group(1)+body+m.group(3)
        s = re.sub(r'(<style[^>]*>)(.*?)(</style>)', style, s, flags=re.I|re.S)
    elif mode == 'strip':
        s = re.sub(r'\s(class|id)\s*=\s*(["\']).*?\2', '', s, flags=re.I|re.S)
    elif mode == 'nometa':
        s = re.sub(r'<meta[^>]+(name|property)\s*=\s*["\']?(ArticleTitle|og:title|description|keywords|PubDate|ContentSource|og:description)["\']?[^>]*>', '', s, flags=re.I)
    elif mode == 'divp':
        s = re.sub(r'<p(\s|>)', r'<div\1', s, flags=re.I)
        s = re.sub(r'</p>', '</div>', s, flags=re.I)
    open(os.path.join(out, f), 'wb').write(s.encode('latin-1'))
