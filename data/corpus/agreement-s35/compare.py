#!/usr/bin/env python3
# Step 2 of the agreement study: the blind labels against the gold of the spent label files (read only now, after the
# blind labels were committed). Raw agreement and Cohen's kappa per language, for sourcing (N counts as a category)
# and for hedge (tuned and carry items only: the speaker sets' hedge column is always '-', not labelled).
import csv, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, '..')
rows = list(csv.DictReader(open(os.path.join(HERE, 'blind.tsv'), encoding='utf8'), delimiter='\t', quoting=csv.QUOTE_NONE))

def gold(r):
    body, n = False, -1
    for raw in open(os.path.join(ROOT, r['page']), encoding='utf8').read().split('\n'):
        if not body:
            body = raw.strip() == '---'; continue
        if not raw.strip() or raw.startswith('#') or ' | ' not in raw: continue
        n += 1
        if n == int(r['n']):
            tag, key = raw.split(' | ', 1); t = tag.split()
            assert key.strip()[:20] == r['key'][:20].strip() or key.startswith(r['key'][:10]), (r['id'], key, r['key'])
            return (t[1], t[2]) if t[0] == 'C' else (t[0], '-')
    raise SystemExit('not found ' + r['id'])

def kappa(pairs):
    n = len(pairs)
    if not n: return float('nan'), float('nan')
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / n / n
    return po, (po - pe) / (1 - pe) if pe < 1 else float('nan')

for r in rows: r['gold_sourcing'], r['gold_hedge'] = gold(r)
if __name__ == '__main__':
    print('lang  n  src_agree  src_kappa | hedge_n hedge_agree hedge_kappa')
    for lang in ['de', 'en', 'es', 'fr', 'ko', 'ru', 'all']:
        rs = [r for r in rows if lang == 'all' or r['lang'] == lang]
        s = kappa([(r['blind_sourcing'], r['gold_sourcing']) for r in rs])
        hs = [r for r in rs if r['set'] != 'speakers']
        h = kappa([(r['blind_hedge'], r['gold_hedge']) for r in hs])
        print(f"{lang:4} {len(rs):3}  {sum(r['blind_sourcing']==r['gold_sourcing'] for r in rs):3} {s[0]:.3f} k={s[1]:.3f} | {len(hs):3} {sum(r['blind_hedge']==r['gold_hedge'] for r in hs):3} {h[0]:.3f} k={h[1]:.3f}")
    if '-d' in sys.argv:
        for r in rows:
            if r['blind_sourcing'] != r['gold_sourcing'] or (r['set'] != 'speakers' and r['blind_hedge'] != r['gold_hedge']):
                print(f"{r['id']} {r['set']} {r['page']}#{r['n']}: blind {r['blind_sourcing']} {r['blind_hedge']} / gold {r['gold_sourcing']} {r['gold_hedge']} | {r['sentence'][:150]} || {r['blind_note']}")
