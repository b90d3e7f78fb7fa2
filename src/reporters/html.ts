import type { Report } from '../findings/build-report.js';
import type { Lang } from '../findings/catalog.js';
import { PROGS, type ByProg, type Conference, type Figure } from '../ledger/conference.js';
import { formatDec, type Dec } from '../ledger/money.js';
import { inUnit, ratioRounded, writeNumber } from '../ledger/round.js';
import {
  LAYOUT_WORD, periodWords, progName, regionLabel, roman, scopeName, SEVERITY_WORD, STATUS_WORD, UNIT_DECIMALS, UNIT_EXP, UNIT_NAME, type MoneyUnit,
} from './conference-words.js';

/**
 * The HTML report: one self-contained page (styles, echarts and the chart data inlined; nothing
 * is fetched when it opens), readable on a phone and printable. Every text that comes from an
 * input is escaped. The figures are those of the workbook: the same conference model.
 */

export interface HtmlOptions {
  unit?: MoneyUnit;
  /** echarts' minified build (the CLI reads it from node_modules/echarts/dist/echarts.min.js). */
  echarts: string;
  paragraph?: string;
}

const W = {
  vi: {
    title: 'Báo cáo khuyến công', generated: 'Lập bằng budget-recon từ báo cáo của các tỉnh; mọi số liệu tính chính xác từ các ô nguồn.',
    plan: 'Kế hoạch năm', actual: 'Thực hiện', pctPlan: 'Tỷ lệ TH/KH', vsPrior: 'So với cùng kỳ', findings: 'Phát hiện', files: 'Tệp đã đọc',
    table: 'Kinh phí theo tỉnh', charts: 'Biểu đồ', paragraph: 'Đoạn tổng hợp', province: 'Tỉnh, thành phố', stt: 'STT', total: 'Tổng cộng',
    prior: 'Cùng kỳ', ratio: 'So với cùng kỳ (%)', pct: 'Tỷ lệ TH/KH (%)', growth: 'Tăng (+), giảm (-) (%)',
    cPlanActual: 'Kế hoạch và thực hiện theo tỉnh', cPct: 'Tỷ lệ thực hiện so với kế hoạch (%) theo tỉnh', cPrior: 'Thực hiện so với cùng kỳ năm trước', cSplit: 'Cơ cấu thực hiện theo chương trình',
    regionMark: 'Cả vùng', all: 'Tất cả', severity: 'Mức độ', file: 'Tệp', cell: 'Ô', message: 'Nội dung', code: 'Mã', status: 'Trạng thái', layout: 'Mẫu biểu', entries: 'Số liệu đã đọc',
    none: 'Không có', shown: 'đang hiện', unit: 'Đơn vị tính',
  },
  en: {
    title: 'Khuyến công report', generated: 'Made with budget-recon from the provinces’ reports; every figure computed exactly from its source cells.',
    plan: 'Plan of the year', actual: 'Actual', pctPlan: '% of plan', vsPrior: 'Against same period last year', findings: 'Findings', files: 'Files read',
    table: 'Funding by province', charts: 'Charts', paragraph: 'Summary paragraph', province: 'Province', stt: 'No.', total: 'Total',
    prior: 'Same period last year', ratio: '% of same period', pct: '% of plan', growth: 'Growth (%)',
    cPlanActual: 'Plan and actual by province', cPct: '% of plan by province', cPrior: 'Actual against the same period last year', cSplit: 'Actual by programme',
    regionMark: 'Region', all: 'All', severity: 'Severity', file: 'File', cell: 'Cell', message: 'Message', code: 'Code', status: 'Status', layout: 'Layout', entries: 'Figures read',
    none: 'None', shown: 'shown', unit: 'Unit',
  },
} as const;

/** Escapes text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe inside a <script> element: no "</script>", no line separators. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function moneyText(f: Figure | undefined, unit: MoneyUnit, lang: Lang): string {
  return f ? writeNumber(inUnit(f.value, UNIT_EXP[unit]), UNIT_DECIMALS[unit], lang) : '';
}

function pctText(a: Figure | undefined, b: Figure | undefined, lang: Lang, growth = false): string {
  if (!a || !b) return '';
  const r = ratioRounded(a.value, b.value, 1);
  if (!r) return '';
  return writeNumber(growth ? { units: r.units - 1000n, scale: 1 } : r, 1, lang);
}

/** Chart numbers: a money figure in the unit (the exact decimal, read once as a number for drawing). */
const chartNum = (f: Figure | undefined, unit: MoneyUnit): number | null => (f ? Number(formatDec(inUnit(f.value, UNIT_EXP[unit]))) : null);
const pctNum = (a?: Figure, b?: Figure): number | null => {
  const r = a && b ? ratioRounded(a.value, b.value, 2) : undefined;
  return r ? Number(formatDec(r as Dec)) : null;
};

function tableRow(cls: string, stt: string, label: string, b: ByProg, unit: MoneyUnit, lang: Lang): string {
  const cells: string[] = [];
  for (const p of PROGS) cells.push(moneyText(b[p].plan, unit, lang));
  for (const p of PROGS) cells.push(moneyText(b[p].actual, unit, lang));
  for (const p of PROGS) cells.push(pctText(b[p].actual, b[p].plan, lang));
  for (const p of PROGS) cells.push(moneyText(b[p].prior, unit, lang));
  for (const p of PROGS) cells.push(pctText(b[p].actual, b[p].prior, lang));
  return `<tr class="${cls}"><td>${esc(stt)}</td><th scope="row">${esc(label)}</th>${cells.map((c) => `<td class="n">${esc(c)}</td>`).join('')}</tr>`;
}

function fundingTable(c: Conference, unit: MoneyUnit, lang: Lang): string {
  const w = W[lang];
  const pw = periodWords(c.period, c.year, lang);
  const groups = [`${w.plan} ${c.year}`, `${w.actual} ${pw}`, w.pct, `${w.prior} ${periodWords(c.period, c.year - 1, lang)}`, w.ratio];
  const subs = PROGS.map((p) => progName(p, lang));
  const head = `<tr><th rowspan="2">${w.stt}</th><th rowspan="2">${w.province}</th>${groups.map((g) => `<th colspan="3">${esc(g)}</th>`).join('')}</tr><tr>${groups.map(() => subs.map((s) => `<th>${esc(s)}</th>`).join('')).join('')}</tr>`;
  const rows = [tableRow('total', '', w.total, c.total, unit, lang)];
  c.regions.forEach((g, i) => {
    rows.push(tableRow('region', roman(i), regionLabel(g, lang), g.total, unit, lang));
    g.provinces.forEach((p, j) => rows.push(tableRow('', String(j + 1), p.name, p.programs, unit, lang)));
  });
  return `<p class="unit">${w.unit}: ${esc(UNIT_NAME[lang][unit])}</p><div class="scroll"><table class="funding"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function chartData(c: Conference, unit: MoneyUnit, lang: Lang) {
  const provinces = c.regions.flatMap((g) => g.provinces);
  const w = W[lang];
  return {
    unit: UNIT_NAME[lang][unit],
    names: provinces.map((p) => p.name),
    plan: provinces.map((p) => chartNum(p.programs[''].plan, unit)),
    actual: provinces.map((p) => chartNum(p.programs[''].actual, unit)),
    prior: provinces.map((p) => chartNum(p.programs[''].prior, unit)),
    pct: provinces.map((p) => pctNum(p.programs[''].actual, p.programs[''].plan)),
    regionPct: pctNum(c.total[''].actual, c.total[''].plan),
    split: (['KCQG', 'KCDP'] as const).map((p) => ({ name: progName(p, lang), value: chartNum(c.total[p].actual, unit) })).filter((x) => x.value !== null),
    words: {
      plan: w.plan, actual: w.actual, prior: w.prior, regionMark: w.regionMark,
      cPlanActual: w.cPlanActual, cPct: w.cPct, cPrior: w.cPrior, cSplit: w.cSplit,
    },
  };
}

const CHART_SCRIPT = `
(function(){
  var d = JSON.parse(document.getElementById('chart-data').textContent);
  var charts = [];
  function make(id, option){
    var el = document.getElementById(id); if (!el) return;
    var ch = echarts.init(el, null, { renderer: 'svg' });
    option.animation = false;
    ch.setOption(option); charts.push(ch);
  }
  var grid = { left: 8, right: 16, top: 44, bottom: 30, containLabel: true };
  var axis = { type: 'category', data: d.names, axisLabel: { interval: 0, rotate: d.names.length > 6 ? 40 : 0 } };
  make('chart-plan-actual', { title: { text: d.words.cPlanActual, textStyle: { fontSize: 13 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: grid, xAxis: axis, yAxis: { type: 'value', name: d.unit },
    series: [{ name: d.words.plan, type: 'bar', data: d.plan }, { name: d.words.actual, type: 'bar', data: d.actual }] });
  make('chart-pct', { title: { text: d.words.cPct, textStyle: { fontSize: 13 } }, tooltip: { trigger: 'axis' }, grid: grid, xAxis: axis, yAxis: { type: 'value', name: '%' },
    series: [{ name: '%', type: 'bar', data: d.pct, markLine: d.regionPct === null ? undefined : { symbol: 'none', label: { position: 'insideStartTop', formatter: d.words.regionMark + ': ' + d.regionPct + '%' }, lineStyle: { color: '#c23531', type: 'dashed', width: 2 }, data: [{ yAxis: d.regionPct }] } }] });
  make('chart-prior', { title: { text: d.words.cPrior, textStyle: { fontSize: 13 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: grid, xAxis: axis, yAxis: { type: 'value', name: d.unit },
    series: [{ name: d.words.prior, type: 'bar', data: d.prior }, { name: d.words.actual, type: 'bar', data: d.actual }] });
  make('chart-split', { title: { text: d.words.cSplit, textStyle: { fontSize: 13 } }, tooltip: { trigger: 'item' }, legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['30%', '62%'], center: ['50%', '52%'], data: d.split, label: { position: 'inside', formatter: '{b}\\n{d}%', color: '#fff', fontWeight: 'bold' } }] });
  window.addEventListener('resize', function(){ charts.forEach(function(c){ c.resize(); }); });
  window.addEventListener('beforeprint', function(){ charts.forEach(function(c){ c.resize(); }); });
})();`;

const FILTER_SCRIPT = `
(function(){
  var sev = document.getElementById('f-severity'), file = document.getElementById('f-file'), count = document.getElementById('f-count');
  if (!sev || !file) return;
  function apply(){
    var n = 0;
    document.querySelectorAll('#findings tbody tr').forEach(function(tr){
      var ok = (!sev.value || tr.dataset.severity === sev.value) && (!file.value || tr.dataset.file === file.value);
      tr.hidden = !ok; if (ok) n++;
    });
    count.textContent = String(n);
  }
  sev.addEventListener('change', apply); file.addEventListener('change', apply); apply();
})();`;

const STYLE = `
:root{--b:#d0d7e2;--h:#eef2f8;--bad:#fde2e1;--warn:#fff4d6;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d2430}
body{margin:0 auto;max-width:1200px;padding:12px;line-height:1.45}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.4rem 0 .4rem;border-bottom:2px solid var(--b)}
.sub{color:#556;margin:0}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;margin:12px 0}
.card{border:1px solid var(--b);border-radius:8px;padding:8px 10px;background:#fafcff}.card b{display:block;font-size:1.3rem}.card span{color:#556;font-size:.85rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border:1px solid var(--b);padding:3px 6px;vertical-align:top}thead th{background:var(--h);text-align:center}
td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}tr.total,tr.region{font-weight:bold;background:#f4f6fa}
tbody th{text-align:left;font-weight:normal}tr.total th,tr.region th{font-weight:bold}.unit{text-align:right;font-style:italic;margin:.2rem 0}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}.chart{height:340px;width:100%;border:1px solid var(--b);border-radius:8px}
tr.error td:first-child{background:var(--bad)}tr.warning td:first-child{background:var(--warn)}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0}select{font-size:.9rem;max-width:100%}
.para{white-space:pre-wrap;background:#fafcff;border-left:4px solid var(--b);padding:8px 12px}
@media (max-width:600px){body{padding:6px}.chart{height:280px}table{font-size:.78rem}}
@media print{@page{size:A4 landscape;margin:10mm}.filters{display:none}body{max-width:none}.chart{break-inside:avoid;height:300px}
tr[hidden]{display:table-row}h2{break-after:avoid}.scroll{overflow:visible}}`;

function findingsSection(report: Report, lang: Lang): string {
  const w = W[lang];
  const files = [...new Set(report.findings.map((f) => f.location.file))];
  const sevs = ['error', 'warning', 'info'].filter((s) => report.findings.some((f) => f.severity === s));
  const filters = `<div class="filters"><label>${w.severity} <select id="f-severity"><option value="">${w.all}</option>${sevs.map((s) => `<option value="${s}">${esc(SEVERITY_WORD[lang][s]!)}</option>`).join('')}</select></label>
<label>${w.file} <select id="f-file"><option value="">${w.all}</option>${files.map((f) => `<option value="${esc(f)}">${esc(f)}</option>`).join('')}</select></label><span><span id="f-count">${report.findings.length}</span> ${w.shown}</span></div>`;
  const rows = report.findings.map((f) => {
    const l = f.location;
    const place = `${l.sheet ? `${l.sheet}!` : ''}${l.cell ?? ''}`;
    const related = f.related.map((r) => `${r.file === l.file ? '' : `${r.file}:`}${r.sheet && r.sheet !== l.sheet ? `${r.sheet}!` : ''}${r.cell ?? ''}`).join(', ');
    return `<tr class="${esc(f.severity)}" data-severity="${esc(f.severity)}" data-file="${esc(l.file)}"><td>${esc(SEVERITY_WORD[lang][f.severity] ?? f.severity)}</td><td><code>${esc(f.code)}</code></td><td>${esc(l.file)}</td><td>${esc(place)}${related ? `<br><small>${esc(related)}</small>` : ''}</td><td>${esc(f.message)}</td></tr>`;
  });
  const table = rows.length
    ? `<div class="scroll"><table id="findings"><thead><tr><th>${w.severity}</th><th>${w.code}</th><th>${w.file}</th><th>${w.cell}</th><th>${w.message}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    : `<p>${w.none}</p>`;
  return `<h2 id="h-findings">${w.findings} (${report.findings.length})</h2>${rows.length ? filters : ''}${table}`;
}

function filesSection(report: Report, lang: Lang): string {
  const w = W[lang];
  const rows = report.files.map((f) => `<tr><td>${esc(f.file)}</td><td>${esc(STATUS_WORD[lang][f.status] ?? f.status)}</td><td>${esc(LAYOUT_WORD[lang][f.layout ?? 'none'] ?? '')}</td><td class="n">${f.entries}</td></tr>`);
  return `<h2>${w.files} (${report.files.length})</h2><div class="scroll"><table><thead><tr><th>${w.file}</th><th>${w.status}</th><th>${w.layout}</th><th>${w.entries}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function cards(c: Conference, report: Report, unit: MoneyUnit, lang: Lang): string {
  const w = W[lang];
  const t = c.total[''];
  const u = UNIT_NAME[lang][unit];
  const card = (label: string, value: string) => (value ? `<div class="card"><span>${esc(label)}</span><b>${esc(value)}</b></div>` : '');
  const pct = (a?: Figure, b?: Figure) => (a && b ? `${pctText(a, b, lang)}%` : '');
  return `<div class="cards">${[
    card(`${w.plan} ${c.year} (${u})`, moneyText(t.plan, unit, lang)),
    card(`${w.actual} ${periodWords(c.period, c.year, lang)} (${u})`, moneyText(t.actual, unit, lang)),
    card(w.pctPlan, pct(t.actual, t.plan)),
    card(w.vsPrior, pct(t.actual, t.prior)),
    card(w.findings, `${report.summary.errors} / ${report.summary.warnings} / ${report.summary.infos}`),
    card(w.files, String(report.files.length)),
  ].join('')}</div>`;
}

/** The page, as one string. */
export function renderHtml(report: Report, c: Conference | undefined, options: HtmlOptions): string {
  const lang = report.lang;
  const unit = options.unit ?? 'trieu';
  const w = W[lang];
  const scope = c ? `${scopeName(c.region, lang, c.regionRead)} – ${periodWords(c.period, c.year, lang)}` : scopeName('', lang);
  const body: string[] = [`<header><h1>${esc(w.title)}</h1><p class="sub">${esc(scope)}</p><p class="sub"><small>${esc(w.generated)}</small></p></header>`];
  if (c) {
    body.push(cards(c, report, unit, lang));
    if (options.paragraph) body.push(`<h2>${w.paragraph}</h2><p class="para">${esc(options.paragraph)}</p>`);
    body.push(`<h2>${w.table}</h2>${fundingTable(c, unit, lang)}`);
    body.push(`<h2>${w.charts}</h2><div class="charts"><div class="chart" id="chart-plan-actual"></div><div class="chart" id="chart-pct"></div><div class="chart" id="chart-prior"></div><div class="chart" id="chart-split"></div></div>`);
  }
  body.push(findingsSection(report, lang), filesSection(report, lang));
  const scripts = c
    ? `<script type="application/json" id="chart-data">${scriptJson(chartData(c, unit, lang))}</script><script>${options.echarts.replace(/<\/(script)/gi, '<\\/$1')}</script><script>${CHART_SCRIPT}</script>`
    : '';
  const page = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${w.title} – ${scope}`)}</title><style>${STYLE}</style></head>
<body>${body.join('\n')}
`.normalize('NFC');
  return `${page}${scripts}<script>${FILTER_SCRIPT}</script></body></html>\n`;
}
