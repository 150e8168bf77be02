// Check-in codes: short, typed or scanned at the door. Characters that look alike (0/O, 1/I/L) are left
// out, and the last character is a check character, so a mistyped or misread code is refused instead of
// matching somebody else.

/** 31 characters: digits 2-9 and letters without I, L, O. 31 is prime, which makes the check character strong. */
export const CHECKIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Random characters in a code, before the check character. */
export const CHECKIN_PAYLOAD_LENGTH = 4;
/** Characters printed and typed: payload plus check character. */
export const CHECKIN_CODE_LENGTH = CHECKIN_PAYLOAD_LENGTH + 1;

const N = CHECKIN_ALPHABET.length;

/**
 * The check character for a payload: the weighted sum of all characters (payload weights 2, 3, 4, …, check
 * weight 1) is 0 modulo 31. Every single wrong character and every swap of two neighbours changes the sum.
 */
export function checkCharacter(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const value = CHECKIN_ALPHABET.indexOf(payload[i]!);
    if (value < 0) throw new RangeError(`Not a check-in character: ${payload[i]}`);
    sum += (i + 2) * value;
  }
  return CHECKIN_ALPHABET[(N - (sum % N)) % N]!;
}

/** What a person typed or a scanner sent, uppercased, without spaces or dashes. */
export function normaliseCheckinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.]/g, '');
}

/** True for a well-formed code whose check character matches. */
export function isValidCheckinCode(input: string): boolean {
  const code = normaliseCheckinCode(input);
  if (code.length !== CHECKIN_CODE_LENGTH) return false;
  if ([...code].some((c) => !CHECKIN_ALPHABET.includes(c))) return false;
  return checkCharacter(code.slice(0, -1)) === code.slice(-1);
}

export type RandomInts = (count: number) => Uint32Array;

const cryptoRandom: RandomInts = (count) => crypto.getRandomValues(new Uint32Array(count));

/**
 * A new code not among `taken`. `random` is injectable for tests; by default the system's cryptographic source.
 * Gives up (throws) only if thousands of attempts collide, which means the code space is exhausted.
 */
export function generateCheckinCode(taken: (code: string) => boolean = () => false, random: RandomInts = cryptoRandom): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const ints = random(CHECKIN_PAYLOAD_LENGTH);
    let payload = '';
    for (let i = 0; i < CHECKIN_PAYLOAD_LENGTH; i++) payload += CHECKIN_ALPHABET[ints[i]! % N];
    const code = payload + checkCharacter(payload);
    if (!taken(code)) return code;
  }
  throw new Error('No free check-in code left');
}
