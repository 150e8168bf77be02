// Bytes as the readers' libraries want them.

/** The bytes as an ArrayBuffer of their own (a Uint8Array may be a view on part of a larger buffer). */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
