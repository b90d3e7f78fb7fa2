import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTerm, requiredPieces, termMatcher, tokenise, type TermTable } from '../../src/reference/match-terms.js';
import * as headerTerms from '../../src/reference/vocabulary/header-terms.js';
import * as labels from '../../src/reference/vocabulary/labels.js';
import * as programmes from '../../src/reference/vocabulary/programmes.js';
import * as regions from '../../src/reference/vocabulary/regions.js';
import * as titleWords from '../../src/reference/vocabulary/title-words.js';
import * as units from '../../src/reference/units.js';
import * as periods from '../../src/reference/periods.js';
import { foldText } from '../../src/reference/fold-text.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every vocabulary table the modules export (arrays of [phrase, value]). */
function tables(): Array<TermTable<unknown>> {
  return [headerTerms, labels, programmes, regions, titleWords, units, periods].flatMap((m) =>
    Object.values(m).filter((v): v is TermTable<unknown> => Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && typeof r[0] === 'string')),
  );
}

/** A phrase written out as text: slots as numbers, optional groups kept, the first of each alternative. */
function writtenOut(phrase: string): string {
  const slot: Record<string, string> = { m: '7', m2: '9', d: '15', n: '9', y: '2024', y2: '2025', q: 'ii' };
  return phrase
    .replace(/\{(m2|y2|[mdnyq])\}/g, (_, s: string) => slot[s]!)
    .replace(/[[\]]/g, ' ')
    .replace(/\(([^)|]*)(?:\|[^)]*)?\)/g, '$1')
    .replace(/(\S+?)\|\S+/g, '$1');
}

/** Texts to match: every phrase written out, and every cell of the long fixtures and samples. */
function corpus(all: Array<TermTable<unknown>>): string[] {
  const texts = all.flatMap((t) => t.map(([p]) => writtenOut(p)));
  for (const dir of ['fixtures/long', 'fixtures/samples']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => /\.(csv|tsv)$/.test(n))) {
      texts.push(...readFileSync(join(ROOT, dir, f), 'utf8').split(/[\r\n,\t]+/));
    }
  }
  return [...new Set(texts.map(tokenise).filter(Boolean))];
}

describe('the matcher skips a term whose required words a text lacks', () => {
  it('names the literal words a phrase cannot match without', () => {
    expect(requiredPieces('ke hoach [nam]')).toEqual(['ke', 'hoach']);
    expect(requiredPieces('(ke hoach|kh) dieu chinh')).toEqual(['dieu', 'chinh']);
    expect(requiredPieces('t{m} {y}')).toEqual(['t']);
    expect(requiredPieces('th/kh luy|lk')).toEqual(['th kh']);
    expect(requiredPieces('{n} thang')).toEqual(['thang']);
  });

  it('never skips a term that would match: every match of every table term holds its pieces', () => {
    const all = tables();
    expect(all.length).toBeGreaterThan(15);
    const texts = corpus(all);
    let matches = 0;
    for (const table of all) {
      for (const [phrase, value] of table) {
        const term = compileTerm(phrase, value);
        for (const t of texts) {
          if (!term.re.test(t)) continue;
          matches++;
          for (const piece of term.needs) expect(t.includes(piece), `${phrase} in "${t}"`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(200);
  });

  it('finds the same terms as before on texts with and without the words', () => {
    const m = termMatcher([['ke hoach [nam]', 'plan'], ['luy ke den {d} {m} {y}', 'ytd'], ['(kh|ke hoach) dieu chinh', 'adjusted']] as const);
    expect(m.all('Lũy kế đến 31/8/2024 so với kế hoạch điều chỉnh').map((h) => h.value)).toEqual(['ytd', 'adjusted', 'plan']);
    expect(m.first('KH điều chỉnh')?.value).toBe('adjusted');
    expect(m.find('Thực hiện')).toBeUndefined();
  });

  it('tries each table on each text as a full scan of its terms would, whatever texts came before', () => {
    const all = tables();
    // Texts in turn with and without each other's words: nothing of one text carries to the next.
    const texts = corpus(all);
    const turns = texts.slice(0, 800).flatMap((t, i) => [t, texts[(i * 7919) % texts.length]!]);
    let hits = 0;
    for (const table of all) {
      const m = termMatcher(table);
      const terms = table.map(([phrase, value]) => ({ ...compileTerm(phrase, value), g: new RegExp(compileTerm(phrase, value).re.source, 'g') }));
      for (const t of turns) {
        const scan: Array<{ phrase: string; index: number; length: number; weight: number }> = [];
        for (const term of terms) {
          term.g.lastIndex = 0;
          for (let x = term.g.exec(t); x; x = term.g.exec(t)) {
            scan.push({ phrase: term.phrase, index: x.index, length: x[0].length, weight: term.weight });
            if (x[0].length === 0) term.g.lastIndex++;
          }
        }
        scan.sort((a, b) => b.length - a.length || b.weight - a.weight || a.index - b.index);
        const got = m.all(t).map((h) => `${h.phrase}@${h.index}+${h.length}`);
        expect(got, t).toEqual(scan.map((h) => `${h.phrase}@${h.index}+${h.length}`));
        hits += got.length;
      }
    }
    expect(hits).toBeGreaterThan(200);
  });
});

describe('tokenise', () => {
  const plain = (text: string) => foldText(text).replace(/%/g, ' % ').replace(/[^a-z0-9%]+/g, ' ').trim();

  it('gives what folding and word breaks give, the first time and when asked again, past the bound of what it remembers', () => {
    const texts = ['Kế hoạch năm 2024 (%)', 'TH/KH', '  Đơn vị: triệu đồng ', 'Tỷ lệ %', ''];
    for (const t of texts) expect(tokenise(t)).toBe(plain(t));
    const wrong: string[] = [];
    for (let i = 0; i < 60_000; i++) if (tokenise(`Dòng ${i} – Tổng cộng`) !== `dong ${i} tong cong`) wrong.push(String(i));
    expect(wrong).toEqual([]);
    for (const t of texts) expect(tokenise(t)).toBe(plain(t));
    expect(tokenise('Dòng 7 – Tổng cộng')).toBe('dong 7 tong cong');
  });
});
