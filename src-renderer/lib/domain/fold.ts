// Accent folding: the one way every comparison, search and reader ignores accents and case ("Nicolò", "NICOLO'"
// and "nicolo" meet). Each caller then keeps or drops punctuation as its job needs. Pure.

/** Lower case without accents (or any other combining mark): "Nicolò D'Àlessandro" → "nicolo d'alessandro". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The same, character by character, so that NFC text keeps its length and a position found in the folded text
 * holds in the original (the form reader's labels and dates). A lone combining mark stays as it is.
 */
export function foldAccentsKeepingLength(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += foldAccents(ch) || ch;
  return out;
}
