/**
 * The mark of a workbook budget-recon wrote: a custom document property in docProps/custom.xml.
 * The writer (reporters/stamp-workbook.ts) sets it; the reader skips a marked workbook, so a
 * summary written into the folder being checked is never read back as a report.
 */
export const GENERATOR_PROPERTY = 'budget-recon.generated';

/** The property's value ("budget-recon 0.1.0") when docProps/custom.xml carries the mark. */
export function generatorOf(customXmlText: string): string | undefined {
  const m = new RegExp(`name="${GENERATOR_PROPERTY.replace(/\./g, '\\.')}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(customXmlText);
  return m ? m[1] : undefined;
}
