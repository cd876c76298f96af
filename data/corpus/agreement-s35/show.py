import csv, sys
lang = sys.argv[1]
rows = list(csv.DictReader(open('blind.tsv', encoding='utf8'), delimiter='\t', quoting=csv.QUOTE_NONE))
for r in rows:
    if r['lang'] != lang: continue
    para, s = r['paragraph'], r['sentence']
    i = para.find(s)
    p = para[:i] + '[[' + s + ']]' + para[i + len(s):] if i >= 0 else para + ' [[' + s + ']]'
    if len(p) > 1400:
        j = p.find('[['); p = ('…' + p[max(0, j - 600):j]) + p[j:j + 800] + '…'
    prev = r['prev']; prev = ('…' + prev[-350:]) if len(prev) > 350 else prev
    print(f"### {r['id']} {r['set']} | {r['outlet'][:50]} | H: {r['headline'][:90]}\n  PREV: {prev}\n  PARA: {p}\n")
