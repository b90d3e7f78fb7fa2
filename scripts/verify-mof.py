#!/usr/bin/env python3
"""verify-mof.py — an independent recomputation of the real Ministry of Finance tables.

Shares no code with budget-recon: it reads the published .xls files with xlrd (not SheetJS),
adds with Python's Decimal, and finds each table's structure on its own (STT numbering, total
labels, the column-numbering row's formulas). It then judges every error finding budget-recon
raised (from its JSON reports) and lists the inconsistencies budget-recon did not report.

Usage:
  D=$(mktemp -d)
  for f in ../shared/corpus/vietnamese/mof_budget_*.xls; do
    node bin/budget-recon.js check "$f" --format json > $D/$(basename "$f" .xls).json; done
  python3 scripts/verify-mof.py $D [../shared/corpus/vietnamese] [-v]

Needs xlrd 2 (pip install xlrd). Not part of `npm test`: it reads ../shared.

For each error finding: the cells it names are read again and recomputed (the total against the
sum of its related cells; for of-which-exceeds, their sum must exceed it). A finding is REAL when
the recomputation misses AND the relation is one this script finds itself (same parts by the STT
numbering, a total row over the top-level rows, or a formula of the numbering row), or the
finding's cell is a truth cell of truth.json (cells established by hand, beside the corpus).
Then, per file, the relations this script finds that miss (beyond float noise) and that no
finding of budget-recon names (any severity), and the truth cells no finding names.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, getcontext

import xlrd

getcontext().prec = 60


def fold(text):
    t = unicodedata.normalize('NFD', str(text)).replace('đ', 'd').replace('Đ', 'D')
    t = ''.join(ch for ch in t if unicodedata.category(ch) != 'Mn').lower()
    return re.sub(r'\s+', ' ', re.sub(r'[^a-z0-9()+=/%.,\- ]', ' ', t)).strip()


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_cell(addr):
    m = re.match(r'^\$?([A-Z]+)\$?(\d+)$', addr.strip().upper())
    return int(m.group(2)) - 1, col_index(m.group(1))


def addr_of(r, c):
    return f'{xlrd.colname(c)}{r + 1}'


FOOTNOTE = re.compile(r'\(\s*(\d{1,2}|\*+)\s*\)|\*+')


def number(cell):
    """A cell's figure as Excel shows its value (15 significant digits), or None."""
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return Decimal('%.15g' % cell.value)
    if cell.ctype != xlrd.XL_CELL_TEXT:
        return None
    t = FOOTNOTE.sub('', cell.value).strip().replace('\xa0', '').replace(' ', '')
    neg = t.startswith('(') and t.endswith(')')
    t = t.strip('()')
    if re.fullmatch(r'-?\d{1,3}(\.\d{3})+(,\d+)?', t) or re.fullmatch(r'-?\d+,\d+', t):
        t = t.replace('.', '').replace(',', '.')
    elif re.fullmatch(r'-?\d{1,3}(,\d{3})+(\.\d+)?', t):
        t = t.replace(',', '')
    elif not re.fullmatch(r'-?\d+(\.\d+)?', t):
        return None
    d = Decimal(t)
    return -d if neg else d


ROMAN = re.compile(r'^(i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3}|xiv|xv)$', re.I)


def stt_level(text):
    t = str(text).strip().rstrip('.').strip()
    if t == '':
        return None
    if re.fullmatch(r'\d+(\.0)?', t):
        return 2
    if re.fullmatch(r'\d+(\.\d+)+', t):
        return 2 + t.count('.')
    if ROMAN.match(t):
        return 1
    if re.fullmatch(r'[A-H]', t):
        return 0
    if re.fullmatch(r'[a-z]', t):
        return 3
    if t in ('-', '–'):
        return 4
    if t == '+':
        return 5
    return None


TOTAL = re.compile(r'^(tong so|tong cong|tong|cong|total|ca nuoc)\b')
OF_WHICH = re.compile(r'^(trong do|of which|in which)\b')


class Sheet:
    def __init__(self, sh):
        self.sh = sh
        self.rows, self.cols = sh.nrows, sh.ncols
        self.val = {}
        for r in range(self.rows):
            for c in range(self.cols):
                v = number(sh.cell(r, c))
                if v is not None:
                    self.val[(r, c)] = v
        self.find_columns()

    def text(self, r, c):
        if r >= self.rows or c >= self.cols:
            return ''
        v = self.sh.cell_value(r, c)
        return v if isinstance(v, str) else ''

    def find_columns(self):
        """The STT column (headed STT/TT), the label column right of it, the numbering row, the data rows."""
        self.stt_col, self.label_col, self.header_row = 0, 1, 0
        for r in range(min(self.rows, 20)):
            for c in range(min(self.cols, 3)):
                if re.match(r'^(stt|tt|so tt)\b', fold(self.text(r, c))):
                    self.stt_col, self.label_col, self.header_row = c, c + 1, r
                    break
            else:
                continue
            break
        # The numbering row ("A | B | 1 | 2=3+6+7 | …"): STT cell "A" (or "1"), label cell "B" (or "2"), the
        # other cells small column numbers or their formulas. Data rows start under it, else under the header.
        self.numbering = {}
        self.first_data = self.header_row + 1
        for r in range(min(self.rows, 30)):
            a = str(self.sh.cell_value(r, self.stt_col)).strip() if self.stt_col < self.cols else ''
            b = str(self.sh.cell_value(r, self.label_col)).strip() if self.label_col < self.cols else ''
            if (a, b) not in (('A', 'B'), ('1.0', '2.0'), ('1', '2'), ('(1)', '(2)')):
                continue
            cells = [str(self.sh.cell_value(r, c)).strip() for c in range(self.cols)]
            marks = [x for x in cells[self.label_col + 1:] if x]
            if not marks or not all(re.fullmatch(r'[\d().=+\-*/xX…: ]+|[A-Z]', x) for x in marks):
                continue
            for c, x in enumerate(cells):
                m = re.match(r'^\(?(\d+)(?:\.0)?\)?', x)
                if m and c > self.label_col:
                    self.numbering[c] = (int(m.group(1)), x)
            self.first_data = r + 1
            break

    def declared_sums(self):
        """Column relations the numbering row states: "4=5+6", "(6)=(7)+(8)+(9)"."""
        by_number = {n: c for c, (n, _) in self.numbering.items()}
        out = []
        for c, (n, text) in self.numbering.items():
            m = re.fullmatch(r'\(?\d+\)?\s*=\s*([\d()+ ]+)', text.replace('.0', ''))
            if not m:
                continue
            nums = [int(x) for x in re.findall(r'\d+', m.group(1))]
            if len(nums) >= 2 and all(x in by_number for x in nums):
                out.append((c, [by_number[x] for x in nums]))
        return out

    def row_kinds(self):
        """Per data row: ('level', L) by its STT, ('total', named parts or None), ('of-which',), or ('other',)."""
        kinds = {}
        for r in range(self.first_data, self.rows):
            label = fold(self.text(r, self.label_col))
            if OF_WHICH.match(label):
                kinds[r] = ('of-which',)
                continue
            if not any((r, c) in self.val for c in range(self.label_col + 1, self.cols)):
                continue
            level = stt_level(self.sh.cell_value(r, self.stt_col)) if self.stt_col < self.cols else None
            if OF_WHICH.match(label) or label.startswith('- so hoan') or label.startswith('trong do'):
                kinds[r] = ('of-which',)
            elif level is not None:
                kinds[r] = ('level', level)
            elif TOTAL.match(label):
                named = re.search(r'\(([a-z](?:\s*\+\s*[a-z])+)\)', label)
                kinds[r] = ('total', [x.strip().upper() for x in named.group(1).split('+')] if named else None)
            else:
                kinds[r] = ('other',)
        return kinds

    def row_relations(self):
        """(total row, part rows) by the STT numbering: a row over its direct children; a total row over the top-level rows (or the sections it names)."""
        kinds = self.row_kinds()
        rows = sorted(kinds)
        out = []
        leveled = [r for r in rows if kinds[r][0] == 'level']
        for i, r in enumerate(leveled):
            L = kinds[r][1]
            block = []
            for q in leveled[i + 1:]:
                if kinds[q][1] <= L:
                    break
                block.append(q)
            # Rows in its block with no STT (other), a total or a "Trong đó" (a partial breakdown) make it uncertain: skipped.
            end = block[-1] if block else r
            if any(kinds[q][0] in ('other', 'total', 'of-which') for q in rows if r < q <= end):
                continue
            if block:
                top = min(kinds[q][1] for q in block)
                out.append((r, [q for q in block if kinds[q][1] == top]))
        for r in rows:
            if kinds[r][0] != 'total':
                continue
            named = kinds[r][1]
            if named:
                parts = [q for q in leveled if kinds[q][1] == 0 and str(self.sh.cell_value(q, self.stt_col)).strip() in named]
                if len(parts) == len(named):
                    out.append((r, parts))
                continue
            # An unlabelled row of figures inside the table leaves the top level uncertain; above the first
            # numbered row (a total's figures under its footnote mark) or under the last one (notes), it does not.
            inside = [q for q in rows if kinds[q][0] == 'other' and leveled and leveled[0] < q < leveled[-1]]
            if inside or any(kinds[q][0] == 'other' and fold(self.text(q, self.label_col)) for q in rows):
                continue
            # A grand total over the top-level rows of the table (those before the next total row, else all).
            after = [q for q in leveled if q > r]
            before = [q for q in leveled if q < r]
            scope = after if after and (not before or r < before[0]) else before
            if scope:
                top = min(kinds[q][1] for q in scope)
                out.append((r, [q for q in scope if kinds[q][1] == top]))
        return out


def noise(values):
    """Float resolution: one unit of the 15th significant digit of the largest figure, per figure."""
    m = max((abs(v) for v in values), default=Decimal(0))
    if m == 0:
        return Decimal(0)
    return Decimal(1).scaleb(m.adjusted() - 14) * len(values)


def misses(total, parts):
    d = total - sum(parts, Decimal(0))
    return d, abs(d) > noise([total] + parts)


def load_reports(report_dir):
    out = {}
    for f in sorted(os.listdir(report_dir)):
        if f.endswith('.json'):
            with open(os.path.join(report_dir, f), encoding='utf8') as fh:
                out[f[:-5]] = json.load(fh).get('findings', [])
    return out


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv
    if not args:
        print(__doc__)
        return 0
    report_dir = args[0]
    corpus = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'corpus', 'vietnamese')
    truth_doc = json.load(open(os.path.join(corpus, 'truth.json'), encoding='utf8'))
    truth = {(t['file'], t['sheet'], t['cell']): t for t in truth_doc['truth']}
    unclear = {(t['file'], t['sheet'], t['cell']) for t in truth_doc['unclear']}
    reports = load_reports(report_dir)
    tables = sorted(set(reports) | {t[0] for t in truth})
    totals = dict(errors=0, real=0, arith=0, same=0, missed_truth=0, missed_own=0, scanned=0)
    print('errors: error findings of budget-recon; misses: of them, those whose cells recomputed miss; own: of them, on a relation this')
    print('script finds itself; real: recomputed miss on its own relation or a truth cell; missed: real inconsistencies no finding names')
    print(f'{"table":24} {"errors":>6} {"misses":>6} {"own":>5} {"real":>5} {"missed (truth)":>15} {"missed (own scan)":>18} {"relations scanned":>18}')
    for table in tables:
        path = os.path.join(corpus, f'{table}.xls')
        if not os.path.exists(path):
            continue
        book = xlrd.open_workbook(path)
        sheets = {s.name: Sheet(s) for s in book.sheets()}
        findings = reports.get(table, [])
        named = {(f['location'].get('sheet'), f['location'].get('cell')) for f in findings if f.get('location', {}).get('cell')}
        own = {}
        for name, sh in sheets.items():
            for r, parts in sh.row_relations():
                for c in range(sh.label_col + 1, sh.cols):
                    if (r, c) not in sh.val:
                        continue
                    ps = [sh.val[(q, c)] for q in parts if (q, c) in sh.val]
                    if not ps:
                        continue
                    own.setdefault((name, addr_of(r, c)), []).append(('rows', set(addr_of(q, c) for q in parts if (q, c) in sh.val), misses(sh.val[(r, c)], ps)))
            for c, pcols in sh.declared_sums():
                for r in range(sh.first_data, sh.rows):
                    if (r, c) not in sh.val:
                        continue
                    ps = [sh.val[(r, q)] for q in pcols if (r, q) in sh.val]
                    if not ps:
                        continue
                    own.setdefault((name, addr_of(r, c)), []).append(('cols', set(addr_of(r, q) for q in pcols if (r, q) in sh.val), misses(sh.val[(r, c)], ps)))
        errors = [f for f in findings if f.get('severity') == 'error']
        real = arith = same_n = 0
        notes = []
        for f in errors:
            loc = f['location']
            sheet, cell = loc.get('sheet'), loc.get('cell')
            sh = sheets.get(sheet)
            if sh is None or not cell:
                notes.append(f'  ? {f["code"]} {sheet}!{cell}: no cell to recompute')
                continue
            total = sh.val.get(parse_cell(cell))
            related = [x['cell'] for x in f.get('related', []) if x.get('sheet') == sheet and x.get('cell')]
            parts = [sh.val[parse_cell(a)] for a in related if parse_cell(a) in sh.val]
            if total is None or not parts:
                notes.append(f'  ? {f["code"]} {sheet}!{cell}: figures not numeric here')
                continue
            d, off = misses(total, parts)
            if f['code'] == 'of-which-exceeds':
                off = d < 0 and off
            if off:
                arith += 1
            mine = own.get((sheet, cell), [])
            same = any(rel == set(related) for _, rel, _ in mine)
            in_truth = (table, sheet, cell) in truth
            ok = off and (same or in_truth)
            real += ok
            same_n += off and same
            if verbose or not ok:
                why = 'same relation found here' if same else 'truth cell' if in_truth else 'relation not found by this script'
                notes.append(f'  {"REAL" if ok else "NOT CONFIRMED"} {f["code"]} {sheet}!{cell}: {total} vs {sum(parts, Decimal(0))} (diff {d}); {why}')
        missed_truth = [k for k in truth if k[0] == table and (k[1], k[2]) not in named]
        missed_own = sorted(k for k, rels in own.items() if any(m[1] for _, _, m in rels) and k not in named and (table, k[0], k[1]) not in unclear)
        scanned = sum(len(v) for v in own.values())
        print(f'{table:24} {len(errors):>6} {arith:>6} {same_n:>5} {real:>5} {len(missed_truth):>15} {len(missed_own):>18} {scanned:>18}')
        for n in notes:
            print(n)
        for k in missed_truth:
            print(f'  missed (truth, {truth[k]["kind"]}): {k[1]}!{k[2]}: {truth[k]["why"][:140]}')
        for k in missed_own:
            d = [m[0] for _, _, m in own[k] if m[1]][0]
            tag = f'truth {truth[(table,) + k]["kind"]}' if (table,) + k in truth else 'not in truth'
            print(f'  missed (own scan, {tag}): {k[0]}!{k[1]}: diff {d}')
        totals['errors'] += len(errors)
        totals['real'] += real
        totals['arith'] += arith
        totals['missed_truth'] += len(missed_truth)
        totals['missed_own'] += len(missed_own)
        totals['same'] += same_n
        totals['scanned'] += scanned
    t = totals
    print(f'{"all":24} {t["errors"]:>6} {t["arith"]:>6} {t["same"]:>5} {t["real"]:>5} {t["missed_truth"]:>15} {t["missed_own"]:>18} {t["scanned"]:>18}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
