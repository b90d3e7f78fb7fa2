import { summariseClaims } from '../claims/check-text.js';
import type { ClaimResult } from '../claims/types.js';
import { CLAIM_KIND_WORDS, CLAIM_WORDS, renderReason } from '../findings/claims-catalog.js';
import type { Lang } from '../findings/catalog.js';

export interface ClaimsReport {
  results: ClaimResult[];
  /** The texts read, in order (a text with no claim is still listed). */
  files: string[];
  lang: Lang;
}

const message = (r: ClaimResult, lang: Lang) => renderReason(r.reason.code, r.reason.params, lang);

/** The stable JSON contract of `claims --format json`. */
export function renderClaimsJson(report: ClaimsReport): string {
  const doc = {
    claims: report.results.map((r) => ({
      text: r.text,
      file: r.place.file,
      line: r.place.line,
      column: r.place.column,
      kind: r.kind,
      status: r.status,
      stated: r.stated,
      computed: r.computed ?? null,
      reason: message(r, report.lang),
      facts: r.facts,
    })),
    summary: summariseClaims(report.results),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One line per claim, grouped by text: place, status, kind, the figure and why. */
export function renderClaimsText(report: ClaimsReport, color: (status: ClaimResult['status'], s: string) => string = (_s, t) => t): string {
  const w = CLAIM_WORDS[report.lang];
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(file);
    const list = report.results.filter((r) => r.place.file === file);
    if (!list.length) lines.push(`  ${w.none}`);
    for (const r of list) {
      const cells = r.facts.length ? ` [${w.data}: ${r.facts.slice(0, 4).map((f) => `${f.sheet}!${f.cell}`).join(', ')}${r.facts.length > 4 ? ', …' : ''}]` : '';
      lines.push(`  ${`${r.place.line}:${r.place.column}`.padEnd(9)} ${color(r.status, w[r.status].padEnd(16))} ${(CLAIM_KIND_WORDS[r.kind]?.[report.lang] ?? r.kind).padEnd(15)} ${r.text} — ${message(r, report.lang)}${cells}`);
    }
    lines.push('');
  }
  const s = summariseClaims(report.results);
  lines.push(w.summary(s.verified, s.contradicted, s.unverifiable));
  return `${lines.join('\n')}\n`;
}

const RULES = {
  'claim-contradicted': { level: 'error', en: 'A figure in the text disagrees with the data or with the text itself', vi: 'Số liệu trong văn bản không khớp với số liệu báo cáo hoặc với chính văn bản' },
  'claim-unverifiable': { level: 'note', en: 'A figure in the text could not be checked', vi: 'Không kiểm được số liệu trong văn bản' },
  'claim-verified': { level: 'none', en: 'A figure in the text agrees with the data', vi: 'Số liệu trong văn bản khớp với số liệu báo cáo' },
} as const;

function ruleOf(r: ClaimResult): keyof typeof RULES {
  return `claim-${r.status}`;
}

/** SARIF 2.1.0: a result per claim at its line and column; the cells it rests on as related locations. */
export function renderClaimsSarif(report: ClaimsReport, version: string): string {
  const ids = Object.keys(RULES) as Array<keyof typeof RULES>;
  const rules = ids.map((id) => ({ id, shortDescription: { text: RULES[id][report.lang] }, defaultConfiguration: { level: RULES[id].level } }));
  const results = report.results.map((r) => ({
    ruleId: ruleOf(r),
    ruleIndex: ids.indexOf(ruleOf(r)),
    level: RULES[ruleOf(r)].level,
    ...(r.status === 'verified' ? { kind: 'pass' } : {}),
    message: { text: `${r.text}: ${message(r, report.lang)}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: r.place.file.split('\\').join('/') }, region: { startLine: r.place.line, startColumn: r.place.column, endColumn: r.place.column + [...r.text].length } } }],
    ...(r.facts.length ? { relatedLocations: r.facts.map((f, i) => ({ id: i + 1, physicalLocation: { artifactLocation: { uri: f.file.split('\\').join('/') } }, logicalLocations: [{ name: f.cell, fullyQualifiedName: `${f.sheet}!${f.cell}`, kind: 'element' }], message: { text: `${f.sheet}!${f.cell}` } })) } : {}),
    properties: { kind: r.kind, stated: r.stated, ...(r.computed !== undefined ? { computed: r.computed } : {}) },
  }));
  const doc = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'budget-recon claims', version, rules } }, results }] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub workflow commands at the claim's line and column: errors for contradicted claims, notices for unverifiable ones. */
export function renderClaimsGithub(report: ClaimsReport): string {
  const lines = report.results
    .filter((r) => r.status !== 'verified')
    .map((r) => `::${r.status === 'contradicted' ? 'error' : 'notice'} ${[`file=${prop(r.place.file)}`, `line=${r.place.line}`, `col=${r.place.column}`, `title=${prop(`claim ${r.status}: ${r.text}`)}`].join(',')}::${data(message(r, report.lang))}`);
  const s = summariseClaims(report.results);
  lines.push(`budget-recon claims: ${CLAIM_WORDS[report.lang].summary(s.verified, s.contradicted, s.unverifiable)}`);
  return `${lines.join('\n')}\n`;
}
