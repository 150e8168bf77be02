// Display names as the platforms show them, made into a person's name: "(Guest)", "(Esterno)", "(Host)",
// "(iPhone)" and the like are not part of it; accents and apostrophes are. Zoom's "Name (Original Name)" column
// holds the name shown in the call and, in brackets, the one the person first had: both help to recognise them.

const SUFFIX_WORDS =
  /^(guest|ospite|external|esterno|esterna|unverified|non verificat[oa]|verified|verificat[oa]|host|co-?host|organi[sz]er|co-?organi[sz]er|organizzat(ore|rice)|presenter|relat(ore|rice)|me|io|you|tu|moderator|moderat(ore|rice)|panelist|attendee|partecipante|invitat[oa]|gast|invite|invitado|anonymous|anonimo)$/i;
const DEVICE = /\b(iphone|ipad|android|galaxy|pixel|phone|telefono|cellulare|smartphone|tablet|mobile|desktop|laptop|notebook|macbook|pc|web|browser|teams room|zoom room|sala riunioni|via telefono|dial-?in)\b/i;

function isSuffix(inner: string): boolean {
  const text = inner.trim();
  return SUFFIX_WORDS.test(text) || DEVICE.test(text);
}

export interface CleanName {
  name: string;
  /** Other forms of the name worth matching on (the original name, the name without any bracket). */
  aliases: string[];
}

/**
 * The person's name from a report's name cell. `originalInBrackets` is true for Zoom's "Name (Original Name)"
 * column, whose last bracket is the original name rather than a note.
 */
export function cleanDisplayName(raw: string, originalInBrackets = false): CleanName {
  let name = raw.replace(/\s+/g, ' ').trim();
  const aliases: string[] = [];
  // Brackets at the end that only say how or as what someone joined: "(Guest)", "[Esterno]", "(Mario's iPhone)".
  for (;;) {
    const m = /\s*[([]([^()[\]]*)[)\]]\s*$/.exec(name);
    if (!m || m.index === 0) break;
    if (isSuffix(m[1]!)) {
      name = name.slice(0, m.index).trim();
      continue;
    }
    if (originalInBrackets) {
      const original = m[1]!.trim();
      name = name.slice(0, m.index).trim();
      if (original && !isSuffix(original)) aliases.push(original);
    }
    break;
  }
  // A suffix written without brackets: "Mario Rossi - Guest", "Mario Rossi | Esterno".
  name = name.replace(/\s*[-–|]\s*(guest|ospite|external|esterno|esterna|unverified|non verificat[oa])$/i, '').trim();
  const withoutBrackets = name.replace(/\s*[([][^()[\]]*[)\]]/g, '').replace(/\s+/g, ' ').trim();
  if (withoutBrackets && withoutBrackets !== name) aliases.push(withoutBrackets);
  return { name, aliases };
}

/**
 * The key two forms of one person's name share: words without accents, case or apostrophes, in alphabetical
 * order ("D'Amico Lucia" and "Lucia D’Amico" are one; "De Luca Marco" and "Marco De Luca" too).
 */
export { personNameKey as nameKey } from '../../domain/online-attendance';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** An e-mail address in lower case, or '' (a Teams guest's UPN such as "mario_x.it#EXT#@…" is not one). */
export function cleanEmail(raw: string): string {
  const text = raw.trim().replace(/^mailto:/i, '').toLowerCase();
  return EMAIL.test(text) && !text.includes('#ext#') ? text : '';
}
