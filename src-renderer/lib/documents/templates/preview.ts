// A filled template as HTML for a preview on screen, through mammoth (already used to read forms): the text with
// its bold, tables and pictures; the page's header, footer and exact layout are only in the Word file.
export async function docxPreviewHtml(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both.
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  return (await mammoth.convertToHtml(input, { externalFileAccess: false })).value;
}
