// A minimal PNG encoder for black-and-white bitmaps (QR codes, barcodes): 1 bit per pixel, deflate "stored"
// blocks. Pure TypeScript, so it runs in the renderer without a canvas, in a worker and in Node alike.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib stream of uncompressed ("stored") deflate blocks. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  const view = new DataView(out.buffer);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let i = 0; i < blocks; i++) {
    const chunk = data.subarray(i * 65535, Math.min(data.length, (i + 1) * 65535));
    out[o++] = i === blocks - 1 ? 1 : 0;
    view.setUint16(o, chunk.length, true);
    view.setUint16(o + 2, ~chunk.length & 0xffff, true);
    o += 4;
    out.set(chunk, o);
    o += chunk.length;
  }
  view.setUint32(o, adler32(data));
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

function png(header: Uint8Array, chunks: Uint8Array[]): Uint8Array {
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), ...chunks, chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function imageHeader(width: number, height: number, bitDepth: number, colourType: number): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = bitDepth;
  header[9] = colourType;
  return header;
}

/**
 * A small picture in a few colours (the demo's coat of arms): `palette` holds [r, g, b, a] colours, at most 256,
 * and `colour(x, y)` the index of each pixel's colour.
 */
export function encodePalettePng(width: number, height: number, palette: [number, number, number, number][], colour: (x: number, y: number) => number): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = colour(x, y);
  }
  const plte = Uint8Array.from(palette.flatMap(([r, g, b]) => [r, g, b]));
  const trns = Uint8Array.from(palette.map(([, , , a]) => a));
  return png(imageHeader(width, height, 8, 3), [chunk('PLTE', plte), chunk('tRNS', trns), chunk('IDAT', zlibStored(raw))]);
}

/** A bitmap of `width` × `height` pixels: `dark(x, y)` true for black. */
export function encodeMonochromePng(width: number, height: number, dark: (x: number, y: number) => boolean): Uint8Array {
  const rowBytes = Math.ceil(width / 8);
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const base = y * (rowBytes + 1);
    raw[base] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      // Greyscale 1-bit: 1 is white, 0 is black.
      if (!dark(x, y)) raw[base + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return png(imageHeader(width, height, 1, 0), [chunk('IDAT', zlibStored(raw))]);
}

export function pngDataUrl(png: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < png.length; i++) binary += String.fromCharCode(png[i]!);
  return `data:image/png;base64,${btoa(binary)}`;
}
