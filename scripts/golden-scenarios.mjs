// The fixture scenarios whose findings are kept as golden files, and how a finding is recorded.
// Used by scripts/update-golden.mjs (writes them) and test/e2e/golden.test.ts (compares).

/** Each scenario: its golden file and the `check` arguments that produce it (paths from the repository root). */
export const SCENARIOS = [
  { golden: 'fixtures/region/expected/2024.json', args: ['check', 'fixtures/region/2024', '--prior', 'fixtures/region/2023'] },
  { golden: 'fixtures/region/expected/faulty-2024.json', args: ['check', 'fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023'] },
  // A year of monthly reports, consistent and with each seeded fault (fixtures/monthly/manifest.json).
  { golden: 'fixtures/monthly/expected/consistent-2024.json', args: ['check', 'fixtures/monthly/consistent/2024', '--prior', 'fixtures/monthly/consistent/2023'] },
  ...['cumulative-decrease', 'month-missing', 'month-off', 'month-twice', 'pct-adjusted-wrong', 'plan-changed', 'prior-disagrees'].map((f) => ({
    golden: `fixtures/monthly/expected/${f}.json`,
    args: ['check', `fixtures/monthly/faults/${f}`, '--prior', 'fixtures/monthly/consistent/2023'],
  })),
];

const place = (l) => `${l.file}${l.sheet ? ` (${l.sheet})` : ''}${l.cell ? `!${l.cell}` : ''}`;

/** A finding as the golden file keeps it: what, where, related places, message and figures (no timings, no absolute paths). */
export function goldenFinding(f) {
  const g = { code: f.code, severity: f.severity, at: place(f.location), message: f.message };
  if (f.related?.length) g.related = f.related.map(place);
  if (f.expected !== undefined) g.expected = f.expected;
  if (f.reported !== undefined) g.reported = f.reported;
  return g;
}

/** The golden document of one run's JSON output. */
export function goldenOf(doc) {
  const { errors, warnings, infos, entries } = doc.summary;
  return { errors, warnings, infos, entries, findings: doc.findings.map(goldenFinding) };
}
