// What the .docx writers share: units (Word measures in twips and half-points), the body's line height, and the
// two conversions of text and images every part needs.

const TWIPS_PER_MM = 1440 / 25.4;
export const PX_PER_MM = 96 / 25.4;
export const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/**
 * Line height of body text: 1.1 lines, always with its rule written out. Without `w:lineRule` LibreOffice reads a
 * line value as an exact height, so a wrapped name was drawn with its two lines on top of each other.
 */
export const LINE = 264;
export const HEADER_DISTANCE_MM = 8;

/** Characters XML 1.0 refuses (control characters other than tab, line feed, carriage return). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function decodeDataUrl(dataUrl: string): { type: 'png' | 'jpg'; data: Uint8Array } {
  const match = /^data:image\/(png|jpeg|jpg);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Immagine non valida: serve un PNG o un JPEG.');
  const binary = atob(match[2]!.replace(/\s/g, ''));
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
  return { type: match[1] === 'png' ? 'png' : 'jpg', data };
}
