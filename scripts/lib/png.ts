// A minimal PNG encoder (RGBA, no filter) over node:zlib, for the demo's logo: no image library needed.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** PNG bytes of a width×height image; `pixel(x, y)` gives [r, g, b, a]. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

/** A shield, red with a white cross, as the demo municipality's logo. */
export function demoLogoPng(): { dataUrl: string; width: number; height: number } {
  const width = 120;
  const height = 144;
  const png = encodePng(width, height, (x, y) => {
    const cx = width / 2;
    // Straight sides down to 60%, then a rounded point.
    const inside = y >= 4 && x >= 4 && x < width - 4 && (y < height * 0.6 || ((x - cx) / (cx - 4)) ** 2 + ((y - height * 0.6) / (height * 0.4 - 4)) ** 2 <= 1);
    if (!inside) return [255, 255, 255, 0];
    const border = y < 9 || x < 9 || x >= width - 9 || (y >= height * 0.6 && ((x - cx) / (cx - 9)) ** 2 + ((y - height * 0.6) / (height * 0.4 - 9)) ** 2 > 1);
    if (border) return [23, 50, 77, 255];
    const cross = Math.abs(x - cx) < 10 || Math.abs(y - height * 0.42) < 10;
    return cross ? [255, 255, 255, 255] : [196, 30, 58, 255];
  });
  return { dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, width, height };
}
