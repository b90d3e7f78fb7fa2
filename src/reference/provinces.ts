import { PROVINCES_63 } from './data/provinces-63.js';
import { PROVINCES_34 } from './data/provinces-34.js';
import { compactKey, foldText } from './fold-text.js';
import { termMatcher, tokenise } from './match-terms.js';

export type ProvinceList = '63' | '34';

export interface Province {
  code: string;
  name: string;
  list: ProvinceList;
  /** 63-list: the 34-list code it merged into. 34-list: the 63-list codes it was formed from. */
  successor?: string;
  mergedFrom?: string[];
}

const PREFIXES = ['thanh pho truc thuoc trung uong', 'thanh pho', 'tinh', 'tp.', 'tp', 't.p.', 't.p'];

function stripPrefix(folded: string): string {
  for (const p of PREFIXES) {
    if (folded.startsWith(p + ' ') || (p.endsWith('.') && folded.startsWith(p))) {
      return folded.slice(p.length).trim();
    }
  }
  return folded;
}

function nameKey(text: string): string {
  return compactKey(stripPrefix(foldText(text)));
}

/** "Nghệ An" and "Tỉnh Nghệ An", "TP. Hồ Chí Minh" and "Thành phố Hồ Chí Minh": one name written two ways. */
export function sameProvinceName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function buildIndex(list: ProvinceList): { byKey: Map<string, Province>; byCode: Map<string, Province> } {
  const byKey = new Map<string, Province>();
  const byCode = new Map<string, Province>();
  const records = list === '63'
    ? PROVINCES_63.map((r) => ({ p: { code: r.code, name: r.name, list, successor: r.successor } as Province, names: [r.name, r.officialName, ...r.aliases, ...r.extraNames] }))
    : PROVINCES_34.map((r) => ({ p: { code: r.code, name: r.name, list, mergedFrom: r.mergedFrom } as Province, names: [r.name, r.officialName, ...r.aliases] }));
  for (const { p, names } of records) {
    byCode.set(p.code, p);
    for (const n of names) byKey.set(nameKey(n), p);
  }
  return { byKey, byCode };
}

const INDEX: Record<ProvinceList, ReturnType<typeof buildIndex>> = { '63': buildIndex('63'), '34': buildIndex('34') };

/**
 * The list in force for a report covering months up to `endMonth` of `year`: 63 units until
 * 30 June 2025, 34 from 1 July 2025 (Resolution 202/2025/QH15).
 */
export function provinceListFor(year: number | undefined, endMonth = 12): ProvinceList {
  if (year === undefined) return '63';
  if (year < 2025) return '63';
  if (year > 2025) return '34';
  return endMonth <= 6 ? '63' : '34';
}

export interface ProvinceMatch {
  province: Province;
  /** True when the name belongs to the other list than the one in force (an old name in a new report). */
  otherList: boolean;
}

export function matchProvince(text: string, list: ProvinceList): ProvinceMatch | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  const inForce = INDEX[list].byKey.get(key);
  if (inForce) return { province: inForce, otherList: false };
  const other = INDEX[list === '63' ? '34' : '63'].byKey.get(key);
  return other ? { province: other, otherList: true } : undefined;
}

/**
 * Provinces that left the 63-unit list before it was drawn up: Hà Tây merged into Hà Nội on
 * 1 August 2008 (Resolution 15/2008/QH12). Reports up to 2008 name it; it has no code in the
 * reference lists, so its facts keep the name with an empty code.
 */
const HISTORICAL: Array<{ name: string; until: number; keys: string[] }> = [
  { name: 'Hà Tây', until: 2008, keys: ['ha tay', 'tinh ha tay'].map((k) => compactKey(k)) },
];

export function matchHistoricalProvince(text: string, year: number | undefined): string | undefined {
  const key = nameKey(text);
  return HISTORICAL.find((h) => h.keys.includes(key) && (year === undefined || year <= h.until))?.name;
}

export function provinceByCode(code: string, list: ProvinceList): Province | undefined {
  const c = code.trim().padStart(2, '0');
  return INDEX[list].byCode.get(c);
}

export function allProvinces(list: ProvinceList): Province[] {
  return [...INDEX[list].byCode.values()];
}

/** The 63-list provinces a 34-list province was formed from (itself alone when not merged). */
export function predecessorsOf(code34: string): Province[] {
  const p = INDEX['34'].byCode.get(code34);
  return (p?.mergedFrom ?? []).map((c) => INDEX['63'].byCode.get(c)).filter((x): x is Province => !!x);
}

// The gazetteer as phrases: every name and alias of both lists, matched inside any text.
const GAZETTEER = termMatcher(
  (['63', '34'] as const).flatMap((list) => {
    const records = list === '63'
      ? PROVINCES_63.map((r) => ({ code: r.code, names: [r.name, ...r.aliases, ...r.extraNames] }))
      : PROVINCES_34.map((r) => ({ code: r.code, names: [r.name, ...r.aliases] }));
    return records.flatMap((r) => r.names.map((n) => [tokenise(stripPrefix(foldText(n))), { list, code: r.code }] as const));
  }).filter(([phrase]) => phrase.length >= 2),
);

/** Splits words run together in file and sheet names: "ThanhHoa" → "Thanh Hoa", "LongAn" → "Long An". */
export function splitCamel(name: string): string {
  return name.normalize('NFC').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/**
 * The province named anywhere in a text — a title cell, a letterhead with line breaks, a sheet or
 * file name ("80-Long-An-9T2024", "BÁO CÁO … - TRÀ VINH", "TP HCM", "Tỉnh Nghệ An") — the
 * longest name first, from the list in force when the name is in both lists.
 */
export function findProvinceIn(text: string, list: ProvinceList): ProvinceMatch | undefined {
  const hits = GAZETTEER.all(splitCamel(text));
  if (!hits.length) return undefined;
  const best = hits[0]!;
  const same = hits.filter((h) => h.index === best.index && h.length === best.length);
  const inForce = same.find((h) => h.value.list === list) ?? same[0]!;
  const province = INDEX[inForce.value.list].byCode.get(inForce.value.code)!;
  if (inForce.value.list === list) return { province, otherList: false };
  // A name of the other list: the same name may still stand in the list in force under that list's code.
  const here = matchProvince(province.name, list);
  return here && !here.otherList ? here : { province, otherList: true };
}
