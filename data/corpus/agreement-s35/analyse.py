#!/usr/bin/env python3
# Step 3: the extractor against gold on the 240, and how many of its errors sit on items where gold is wrong or the
# rules are silent (verdicts.tsv, decided by the written rules). Usage: analyse.py <extractor.tsv>
import csv, os, sys
from compare import rows
HERE = os.path.dirname(os.path.abspath(__file__))
ext = {l.split('\t')[0]: l.rstrip('\n').split('\t')[1:] for l in open(sys.argv[1], encoding='utf8')}
ver = {}
for v in csv.DictReader(open(os.path.join(HERE, 'verdicts.tsv'), encoding='utf8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    ver[(v['id'], v['field'])] = v
print('lang | src: ext right/n | ext errors | on gold-wrong | on rules-silent | ext right vs corrected gold || hedge(tuned+carry): right/n, errors, on gold-wrong, silent, right vs corrected')
tot = {}
for lang in ['de', 'en', 'es', 'fr', 'ko', 'ru', 'all']:
    rs = [r for r in rows if lang == 'all' or r['lang'] == lang]
    out = []
    for field, i, gk in (('sourcing', 0, 'gold_sourcing'), ('hedge', 1, 'gold_hedge')):
        items = [r for r in rs if field == 'sourcing' or r['set'] != 'speakers']
        right = sum(ext[r['id']][i] == r[gk] for r in items)
        errs = [r for r in items if ext[r['id']][i] != r[gk]]
        gw = [r for r in errs if ver.get((r['id'], field), {}).get('verdict') == 'gold wrong']
        sil = [r for r in errs if ver.get((r['id'], field), {}).get('verdict') == 'rules silent']
        def corrected(r):
            v = ver.get((r['id'], field))
            return v['right'] if v and v['verdict'] == 'gold wrong' else r[gk]
        rc = sum(ext[r['id']][i] == corrected(r) for r in items)
        out.append(f"{right}/{len(items)} | {len(errs)} | {len(gw)} | {len(sil)} | {rc}/{len(items)}")
    print(f"{lang} | " + ' || '.join(out))
if '-d' in sys.argv:
    for r in rows:
        e = ext[r['id']]
        if e[0] != r['gold_sourcing']:
            v = ver.get((r['id'], 'sourcing'))
            print(f"{r['id']} {r['set']}: ext {e[0]} gold {r['gold_sourcing']} blind {r['blind_sourcing']} {('['+v['verdict']+']') if v else ''} | {r['sentence'][:110]}")
