// "Quanto tempo dura ogni sessione…": one or two days, in digits or words ("2 giorni", "n. 1 giornata",
// "Una giornata", "due giornate").
import { fold, NUMBER, numberValue } from './text';

export interface DurationReading {
  /** Every number of days mentioned, in order. */
  days: number[];
  half: boolean;
}

const DAYS = new RegExp(`(?<![\\p{L}\\d])(?:n\\.?\\s*°?\\s*)?${NUMBER}\\s*(?:\\(\\s*\\w+\\s*\\)\\s*)?(?:giorn(?:o|i|ata|ate)|gg\\.?)(?![\\p{L}])`, 'gu');

export function readDuration(lines: string[]): DurationReading {
  const folded = fold(lines.join(' '));
  const days = [...folded.matchAll(DAYS)].map((m) => numberValue(m[1]!)).filter((n) => Number.isFinite(n) && n > 0);
  const half = /mezza giornata|mezza-giornata/.test(folded);
  if (days.length === 0 && !half) {
    const bare = /^\s*(\d)\s*$/.exec(folded);
    if (bare) days.push(Number(bare[1]));
  }
  return { days, half };
}
