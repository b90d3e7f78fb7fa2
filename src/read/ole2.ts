import * as XLSX from '@e965/xlsx';

/** What an OLE2 compound file holds: a workbook, a Word document, an encrypted OOXML package, or something else. */
export type Ole2Kind = 'workbook' | 'word' | 'encrypted' | 'other' | 'damaged';

export function ole2Kind(bytes: Buffer): Ole2Kind {
  let cfb: ReturnType<typeof XLSX.CFB.read>;
  try {
    cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
  } catch {
    return 'damaged';
  }
  const has = (name: string) => !!XLSX.CFB.find(cfb, name);
  if (has('EncryptedPackage')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'workbook';
  if (has('WordDocument')) return 'word';
  return 'other';
}
