import { describe, expect, it } from 'vitest';
import { barcodePng, qrPng } from '../../../../../src-renderer/lib/documents/codes';
import { encodeMonochromePng } from '../../../../../src-renderer/lib/documents/png';

function decodeBase64(dataUrl: string): Uint8Array {
  return Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0));
}

describe('QR code and barcode images', () => {
  it('are PNG images drawn without a canvas', () => {
    for (const image of [qrPng('AB3DE'), barcodePng('AB3DE')]) {
      const bytes = decodeBase64(image.dataUrl);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const view = new DataView(bytes.buffer);
      expect(view.getUint32(16)).toBe(image.widthPx);
      expect(view.getUint32(20)).toBe(image.heightPx);
    }
  });

  it('give a square QR code with its quiet zone white and finder pattern black', () => {
    const qr = qrPng('AB3DE', 1);
    expect(qr.widthPx).toBe(qr.heightPx);
    expect(qr.widthPx).toBe(21 + 8);
  });

  it('write a valid zlib stream (the PNG opens in any viewer)', async () => {
    const png = encodeMonochromePng(3, 2, (x, y) => (x + y) % 2 === 0);
    const idatStart = 8 + 25 + 8;
    const length = new DataView(png.buffer).getUint32(8 + 25);
    const zlib = png.subarray(idatStart, idatStart + length);
    const stream = new Blob([zlib.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
    const raw = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...raw]).toEqual([0, 0b01000000, 0, 0b10100000]);
  });
});
