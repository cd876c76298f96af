#!/usr/bin/env python3
# Draws the session-35 agreement sample (agree1): 40 claims per language from the spent sourcing labels (tuned
# non-held-out pages, carry-check 1..10 both parts, speaker sets), seeded, and writes each claim's sentence, its
# paragraph, the paragraph before it and the page's head WITHOUT the gold label. Held-out pages are never opened:
# the tuned files are listed with `grep -L 'split: heldout'` first, as the README prescribes.
import hashlib, os, random, subprocess, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
LANGS = ['de', 'en', 'es', 'fr', 'ko', 'ru']
SEED = 's35-agree1'
PER_LANG = 40

def not_heldout(paths):
    if not paths: return []
    out = subprocess.run(['grep', '-L', 'split: heldout', *paths], capture_output=True, text=True).stdout.split('\n')
    return [p for p in out if p]

def sources(lang):
    out = []
    tuned = sorted(os.path.join(ROOT, lang, f) for f in os.listdir(os.path.join(ROOT, lang)) if f.endswith('.labels'))
    out += [('tuned', p) for p in not_heldout(tuned)]
    for d in sorted(os.listdir(ROOT)):
        if not d.startswith('carry-check') or d.endswith('.ts'): continue
        for part in ('', 'dev', 'check'):
            base = os.path.join(ROOT, d, part, lang)
            if os.path.isdir(base):
                files = sorted(os.path.join(base, f) for f in os.listdir(base) if f.endswith('.labels'))
                out += [(d + ('/' + part if part else ''), p) for p in not_heldout(files)]
    base = os.path.join(ROOT, 'speakers', lang)
    if os.path.isdir(base):
        files = sorted(os.path.join(base, f) for f in os.listdir(base) if f.endswith('.speakers'))
        out += [('speakers', p) for p in not_heldout(files)]
    return out

def parse(path):
    head, lines, body = {}, [], False
    for raw in open(path, encoding='utf8').read().split('\n'):
        if not body:
            if raw.strip() == '---': body = True; continue
            if ':' in raw and not raw.startswith('#'):
                k, v = raw.split(':', 1); head[k.strip()] = v.strip()
            continue
        if not raw.strip() or raw.startswith('#') or ' | ' not in raw: continue
        tag, key = raw.split(' | ', 1)
        lines.append((tag.split(), key))
    return head, lines

def clean(s): return ' '.join(s.replace('\t', ' ').split())

def items(lang):
    res = []
    for setname, path in sources(lang):
        head, lines = parse(path)
        txtp = path.rsplit('.', 1)[0] + '.txt'
        text = open(txtp, encoding='utf8').read()
        cursor, located = 0, []
        for tag, key in lines:
            at = text.find(key, cursor)
            if at < 0: located.append(None); continue
            located.append(at); cursor = at + len(key)
        for i, (tag, key) in enumerate(lines):
            if tag[0] != 'C' or located[i] is None: continue
            start = located[i]
            nxt = next((located[j] for j in range(i + 1, len(lines)) if located[j] is not None and located[j] > start), len(text))
            pstart = text.rfind('\n', 0, start) + 1
            pend = text.find('\n', start); pend = len(text) if pend < 0 else pend
            sentence = text[start:min(nxt, pend) if nxt > start else pend]
            prevend = pstart - 1
            while prevend > 0 and text[prevend - 1] == '\n': prevend -= 1
            prevstart = text.rfind('\n', 0, prevend) + 1 if prevend > 0 else 0
            first = next((l for l in text.split('\n') if l.strip()), '')
            rel = os.path.relpath(path, ROOT)
            res.append(dict(lang=lang, set=setname, page=rel, n=i, outlet=clean(head.get('outlet', '')), headline=clean(first)[:200],
                            key=clean(key), sentence=clean(sentence), paragraph=clean(text[pstart:pend]),
                            prev=clean(text[prevstart:prevend]) if prevend > 0 else ''))
    return res

def main():
    rows = []
    for lang in LANGS:
        pool = items(lang)
        rng = random.Random(SEED + ':' + lang)
        pick = rng.sample(pool, PER_LANG)
        pick.sort(key=lambda r: (r['page'], r['n']))
        for k, r in enumerate(pick): r['id'] = f'{lang}{k + 1:02d}'
        rows += pick
        print(lang, 'pool', len(pool), file=sys.stderr)
    cols = ['id', 'lang', 'set', 'page', 'n', 'outlet', 'headline', 'key', 'sentence', 'paragraph', 'prev']
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sample.tsv'), 'w', encoding='utf8') as f:
        f.write('\t'.join(cols) + '\n')
        for r in rows: f.write('\t'.join(str(r[c]) for c in cols) + '\n')

main()
