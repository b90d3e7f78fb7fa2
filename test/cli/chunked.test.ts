import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chunked, writeAtomic } from '../../src/cli/write-atomic.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('chunked', () => {
  it('joins lines into pieces of about the size asked, and passes pieces already in bytes on in their place', () => {
    const pieces = [...chunked(['ab', 'cd', 'ef', bytes('Hà'), 'gh', bytes('Nội'), bytes('!'), 'ij'], 4)];
    expect(pieces.map((p) => (typeof p === 'string' ? p : `<${new TextDecoder().decode(p)}>`))).toEqual(['abcd', 'ef', '<Hà>', 'gh', '<Nội>', '<!>', 'ij']);
  });

  it('writes text and bytes to a file in order (writeAtomic)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-chunked-'));
    try {
      const file = join(dir, 'out.csv');
      await writeAtomic(file, ['a,', bytes('Hà Nội,'), 'b\r\n', bytes('đ')]);
      expect(readFileSync(file, 'utf8')).toBe('a,Hà Nội,b\r\nđ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
