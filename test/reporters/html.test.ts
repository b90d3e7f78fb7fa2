import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { buildConference } from '../../src/ledger/conference.js';
import { esc, renderHtml } from '../../src/reporters/html.js';

const ECHARTS_STUB = 'window.echarts={init:function(){return{setOption:function(){},resize:function(){}}}};';

async function page(lang: 'en' | 'vi', hostile = false) {
  const { report, ledger } = await reconcile(['fixtures/region/faulty-2024'], { lang }, { prior: ['fixtures/region/2023'] });
  const c = buildConference(ledger)!;
  if (hostile) {
    c.regions[0]!.provinces[0]!.name = '<script>alert("p")</script>';
    report.findings[0]!.message = '<img src=x onerror=alert(1)></script>';
    report.findings[0]!.location.file = 'a"><script>x</script>.xlsx';
  }
  return { html: renderHtml(report, c, { echarts: ECHARTS_STUB, paragraph: 'Đoạn <b>văn</b>' }), report, c };
}

describe('HTML report', () => {
  it('is one file: nothing loaded from elsewhere, the chart library and data inlined', async () => {
    const { html } = await page('vi');
    expect(html).toContain(ECHARTS_STUB);
    expect(html).not.toMatch(/<(link|iframe|img|object|embed)\b/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toContain("default-src 'none'");
    const data = JSON.parse(html.match(/<script type="application\/json" id="chart-data">(.*?)<\/script>/s)![1]!);
    // Thanh Hóa sent no form: its row is the regional summary's (14,160 = 5,807 + 8,353).
    expect(data.names).toEqual(['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Huế']);
    expect(data.plan[0]).toBe(14160);
    expect(data.plan[1]).toBe(14133);
    expect(data.regionPct).toBe(58.87); // (33,666 + 8,633) ÷ (57,691 + 14,160) × 100, to two decimals
    for (const id of ['chart-plan-actual', 'chart-pct', 'chart-prior', 'chart-split']) expect(html).toContain(`id="${id}"`);
  });

  it('shows headline figures, the Kinh phí table, findings with a severity and file filter, and the files, in Vietnamese', async () => {
    const { html, report } = await page('vi');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<b>71.851</b>');
    expect(html).toContain('<b>58,9%</b>');
    expect(html).toContain('Tỷ lệ TH/KH (%)');
    expect(html).toContain('<th>KCĐP</th>');
    expect(html).not.toContain('KCDP<');
    expect(html).toContain('id="f-severity"');
    expect(html).toContain(`<option value="${esc(report.findings[0]!.location.file)}">`);
    expect(html.match(/<tr class="error" data-severity="error"/g)!.length).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(html).toContain('Biểu mẫu tỉnh');
    expect(html).toContain('Đoạn &lt;b&gt;văn&lt;/b&gt;');
  });

  it('escapes every text from the inputs', async () => {
    const { html } = await page('en', true);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;');
    expect(html).toContain('\\u003cscript\\u003ealert(\\"p\\")\\u003c/script\\u003e');
    expect(html).toContain('data-file="a&quot;&gt;&lt;script&gt;x&lt;/script&gt;.xlsx"');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Funding by province');
  });
});
