/**
 * One consistent region (six provinces of the Mekong delta, nine months of 2024, both
 * programmes, money and counts) and its faulty twin: the facts every rendering of the style
 * matrix must read back identically. Amounts in triệu đồng, whole numbers.
 */

export interface Line {
  label: string;
  /** The activity the label names (for the expected ledger). */
  activity: string;
  plan: number;
  actual: number;
  prior: number;
  /** A count line: its ĐVT. */
  count?: string;
}

export interface ProvinceReport {
  code: string;
  name: string;
  /** As a letterhead writes it ("TỈNH LONG AN", "THÀNH PHỐ CẦN THƠ"). */
  upper: string;
  /** As a file name writes it ("Long-An"). */
  ascii: string;
  qg: Line[];
  dp: Line[];
  counts: Line[];
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QG = [['Đào tạo nghề, truyền nghề', 'KC1_DTN'], ['Hỗ trợ ứng dụng máy móc tiên tiến', 'KC3b']] as const;
const DP = [['Đào tạo nghề, truyền nghề', 'KC1_DTN'], ['Hội chợ, triển lãm hàng CNNT', 'KC4b'], ['Thông tin tuyên truyền', 'KC6_TT']] as const;

export const PROVINCES = [
  { code: '80', name: 'Long An', upper: 'TỈNH LONG AN', ascii: 'Long-An' },
  { code: '82', name: 'Tiền Giang', upper: 'TỈNH TIỀN GIANG', ascii: 'Tien-Giang' },
  { code: '83', name: 'Bến Tre', upper: 'TỈNH BẾN TRE', ascii: 'Ben-Tre' },
  { code: '84', name: 'Trà Vinh', upper: 'TỈNH TRÀ VINH', ascii: 'Tra-Vinh' },
  { code: '86', name: 'Vĩnh Long', upper: 'TỈNH VĨNH LONG', ascii: 'Vinh-Long' },
  { code: '92', name: 'Cần Thơ', upper: 'THÀNH PHỐ CẦN THƠ', ascii: 'TP-Can-Tho' },
] as const;

export function region(): ProvinceReport[] {
  return PROVINCES.map((p, i) => {
    const r = rng(1000 + i * 17);
    const line = (label: string, activity: string): Line => {
      const plan = Math.round(400 + r() * 2600);
      const actual = Math.round(plan * (0.35 + r() * 0.55));
      const prior = Math.round(actual * (0.7 + r() * 0.5));
      return { label, activity, plan, actual, prior };
    };
    const count = (label: string, unit: string, base: number): Line => {
      const plan = Math.round(base * (0.8 + r() * 0.6));
      const actual = Math.round(plan * (0.4 + r() * 0.5));
      const prior = Math.round(actual * (0.8 + r() * 0.4));
      return { label, activity: '', plan, actual, prior, count: unit };
    };
    return {
      ...p,
      qg: QG.map(([l, a]) => line(l, a)),
      dp: DP.map(([l, a]) => line(l, a)),
      counts: [count('Số lao động được đào tạo', 'người', 300), count('Số đề án', 'đề án', 12)],
    };
  });
}

export function total(lines: Line[]): { plan: number; actual: number; prior: number } {
  return lines.reduce((a, l) => ({ plan: a.plan + l.plan, actual: a.actual + l.actual, prior: a.prior + l.prior }), { plan: 0, actual: 0, prior: 0 });
}

/** Percent of plan to one decimal, as the forms state it. */
export function pct(actual: number, plan: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round((actual / plan) * 100 * f) / f;
}

/** The seeded faults of the twin: what each changes, so that a rendering can place it. */
export type Fault =
  | { kind: 'pct-transposed'; province: number; program: 'dp'; line: number }
  | { kind: 'section-plan-off'; province: number; program: 'qg' }
  | { kind: 'summary-disagrees'; province: number }
  | { kind: 'province-missing'; province: number }
  | { kind: 'count-pct-wrong'; province: number; line: number };

export const FAULTS: Fault[] = [
  { kind: 'pct-transposed', province: 0, program: 'dp', line: 1 },
  { kind: 'section-plan-off', province: 1, program: 'qg' },
  { kind: 'summary-disagrees', province: 2 },
  { kind: 'province-missing', province: 5 },
  { kind: 'count-pct-wrong', province: 3, line: 0 },
];

/** "35.4" → "53.4": two digits swapped, a typing slip that changes the figure. */
export function transposed(p: number): number {
  const s = p.toFixed(1);
  const swapped = s.length >= 4 ? s[1]! + s[0]! + s.slice(2) : s;
  const v = Number(swapped);
  return v === p ? p + 9 : v;
}
