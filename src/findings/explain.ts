import { CATALOG, type CatalogEntry, type Lang } from './catalog.js';
import { sampleMessage } from './samples.js';
import { SEVERITY_WORDS, stageWords } from './phrases.js';

export function explainCode(code: string, lang: Lang): string | undefined {
  const e = (CATALOG as Record<string, CatalogEntry>)[code];
  if (!e) return undefined;
  const label = lang === 'vi'
    ? { severity: 'Mức độ mặc định', by: 'Phát hiện bởi', example: 'Ví dụ' }
    : { severity: 'Default severity', by: 'Emitted by', example: 'Example' };
  const lines = [
    `${code} — ${e.title[lang]}`,
    '',
    e.description[lang],
    '',
    `${label.severity}: ${SEVERITY_WORDS[e.severity][lang]}`,
    `${label.by}: ${stageWords(e.emittedBy, lang)}`,
    '',
    `${label.example}: ${sampleMessage(code, lang)}`,
  ];
  if (e.example) lines.push(`         ${e.example[lang]}`);
  return `${lines.join('\n')}\n`;
}

/** The codes nearest to a mistyped one, for a helpful error. */
export function nearestCodes(code: string): string[] {
  const words = code.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
  const close = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  return Object.keys(CATALOG).filter((c) => words.some((w) => c.split('-').some((cw) => cw.length > 2 && close(w, cw)))).slice(0, 5);
}
