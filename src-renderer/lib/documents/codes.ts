// A participant's check-in code as a QR code and a Code 128 barcode, as PNG images for the document model.
// bwip-js encodes the symbol (bwipjs.raw gives the modules); lib/documents/png.ts draws it without a canvas.
import bwipjs from 'bwip-js/browser';
import { encodeMonochromePng, pngDataUrl } from './png';

export interface CodeImage {
  dataUrl: string;
  /** Pixels of the image; the document sets its printed size in millimetres. */
  widthPx: number;
  heightPx: number;
}

type Matrix = { pixs: number[]; pixx: number; pixy: number };
type Bars = { sbs: number[] };

/** QR code (error correction M) with a quiet zone of 4 modules, `scale` pixels per module. */
export function qrPng(text: string, scale = 4): CodeImage {
  const [symbol] = bwipjs.raw('qrcode', text, { eclevel: 'M' } as never) as unknown as Matrix[];
  if (!symbol) throw new Error('QR code not encoded');
  const quiet = 4;
  const modules = symbol.pixx + 2 * quiet;
  const size = modules * scale;
  const png = encodeMonochromePng(size, size, (x, y) => {
    const mx = Math.floor(x / scale) - quiet;
    const my = Math.floor(y / scale) - quiet;
    return mx >= 0 && my >= 0 && mx < symbol.pixx && my < symbol.pixy && symbol.pixs[my * symbol.pixx + mx] === 1;
  });
  return { dataUrl: pngDataUrl(png), widthPx: size, heightPx: size };
}

/** Code 128 barcode with a quiet zone of 10 modules, `scale` pixels per module, `height` pixels tall. */
export function barcodePng(text: string, scale = 2, height = 40): CodeImage {
  const [symbol] = bwipjs.raw('code128', text) as unknown as Bars[];
  if (!symbol) throw new Error('Barcode not encoded');
  const quiet = 10;
  const dark: boolean[] = [];
  symbol.sbs.forEach((w, i) => {
    for (let k = 0; k < w; k++) dark.push(i % 2 === 0);
  });
  const modules = dark.length + 2 * quiet;
  const width = modules * scale;
  const png = encodeMonochromePng(width, height, (x) => dark[Math.floor(x / scale) - quiet] === true);
  return { dataUrl: pngDataUrl(png), widthPx: width, heightPx: height };
}
