// Two people of one session with the same check-in code: the desk would check in one for the other. It
// happens when two stations register people independently (walk-ins at two doors) and their data is merged,
// or in a backup written by hand. The rule is the same wherever it is applied (merge, restore) and gives the
// same result whichever station merges into which: whoever was registered first keeps the code (their badge
// may be printed), the others get a new code derived from their own id, so both stations compute the same one.
import { CHECKIN_ALPHABET, CHECKIN_PAYLOAD_LENGTH, checkCharacter, normaliseCheckinCode } from './checkin-code';
import type { Participant } from './types';

export interface Recoded {
  /** The participant as written, with the new code. */
  participant: Participant;
  previousCode: string;
  /** Who keeps the code. */
  keptBy: Participant;
}

const byRegistration = (a: Participant, b: Participant) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** FNV-1a: a stable 32-bit number from text, the same in every JavaScript engine. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A well-formed code derived from a participant's id, the first one not taken. */
export function derivedCheckinCode(id: string, taken: (code: string) => boolean): string {
  const n = CHECKIN_ALPHABET.length;
  for (let attempt = 0; attempt < 100_000; attempt++) {
    let h = hash32(`${id}#${attempt}`);
    let payload = '';
    for (let i = 0; i < CHECKIN_PAYLOAD_LENGTH; i++) {
      payload += CHECKIN_ALPHABET[h % n];
      h = Math.floor(h / n);
    }
    const code = payload + checkCharacter(payload);
    if (!taken(code)) return code;
  }
  throw new Error('No free check-in code left');
}

/** One millisecond after an instant: the new code counts as the latest change, so later merges keep it. */
function justAfter(instant: string): string {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : new Date(time + 1).toISOString();
}

/**
 * The participants with every code unique within its session, and who was given a new code. Participants
 * without a code are left alone. Pure and deterministic: the same people in any order give the same result.
 */
export function resolveCodeClashes(participants: readonly Participant[]): { participants: Participant[]; recoded: Recoded[] } {
  const groups = new Map<string, Participant[]>();
  for (const p of participants) {
    const code = normaliseCheckinCode(p.checkinCode);
    if (!code) continue;
    const key = `${p.sessionId}\u0000${code}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const clashes = [...groups].filter(([, g]) => g.length > 1).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!clashes.length) return { participants: [...participants], recoded: [] };

  const taken = new Set(participants.map((p) => normaliseCheckinCode(p.checkinCode)));
  const changed = new Map<string, Recoded>();
  for (const [, group] of clashes) {
    const [first, ...others] = [...group].sort(byRegistration);
    for (const p of others) {
      const code = derivedCheckinCode(p.id, (c) => taken.has(c));
      taken.add(code);
      changed.set(p.id, { participant: { ...p, checkinCode: code, updatedAt: justAfter(p.updatedAt) }, previousCode: p.checkinCode, keptBy: first! });
    }
  }
  return { participants: participants.map((p) => changed.get(p.id)?.participant ?? p), recoded: [...changed.values()] };
}
