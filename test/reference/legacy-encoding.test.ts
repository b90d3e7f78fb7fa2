import { describe, expect, it } from 'vitest';
import { decodeLegacy, decodeTcvn3, decodeTcvnBytes, decodeVni, detectLegacy } from '../../src/reference/legacy-encoding.js';

describe('legacy Vietnamese encodings', () => {
  it('decodes the reference round trips (shared/reference/legacy-encodings.md)', () => {
    expect(decodeTcvn3('KhuyÕn c«ng')).toBe('Khuyến công');
    expect(decodeTcvn3('Kinh phÝ khuyÕn c«ng ®Þa ph\u00ad¬ng')).toBe('Kinh phí khuyến công địa phương');
    expect(decodeTcvn3('§¬n vÞ tÝnh: triÖu ®ång')).toBe('Đơn vị tính: triệu đồng');
    expect(decodeVni('Khuyeán coâng')).toBe('Khuyến công');
    expect(decodeVni('Ñôn vò tính: trieäu ñoàng')).toBe('Đơn vị tính: triệu đồng');
    expect(decodeVni('Thanh Hoùa')).toBe('Thanh Hóa');
  });

  it('recovers capitals typed in an H font, from the font or from the case of the word', () => {
    expect(decodeTcvn3('TæNG CéNG')).toBe('TỔNG CỘNG');
    expect(decodeTcvn3('KÕ ho¹ch')).toBe('Kế hoạch');
    expect(decodeLegacy('Hµ néi', 'tcvn3', '.VnArialH')).toBe('HÀ NỘI');
  });

  it('detects legacy text, never Vietnamese Unicode nor plain Latin-1', () => {
    expect(detectLegacy('Tæng céng')).toBe('tcvn3');
    expect(detectLegacy('Toång coäng')).toBe('vni');
    expect(detectLegacy('Néi dung', '.VnTime')).toBe('tcvn3');
    for (const t of ['Hà Nam', 'Tây Ninh, Hà Nam', 'Cà Mau', 'Hồ Chí Minh', 'Café', 'Tổng cộng', '12.345']) expect(detectLegacy(t), t).toBeUndefined();
  });

  it('decodes a whole TCVN 5712 byte stream, capitals at their own codes', () => {
    // "Tổng" as iconv -t TCVN5712-1 writes it: T, ổ = 0xE6, n, g.
    expect(decodeTcvnBytes(Uint8Array.from([0x54, 0xe6, 0x6e, 0x67]))).toBe('Tổng');
  });
});

describe('detectLegacy on plain ASCII', () => {
  it('finds no legacy encoding in a text of ASCII characters, whatever the font or the sheet (the reader skips them)', () => {
    const ascii = ['', 'KCDP', 'Line 12', '35.30', 'VND', 'Tong cong', 'Ha Noi', '~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./', 'DVT: trieu dong'];
    for (const t of ascii) {
      for (const font of [undefined, '.VnTime', '.VnTimeH', 'VNI-Times', 'Arial']) {
        for (const sheet of [undefined, 'vni', 'tcvn3'] as const) expect(detectLegacy(t, font, sheet), `${t} ${font} ${sheet}`).toBeUndefined();
      }
    }
  });
});
