// Telling a barcode/QR scanner from a person. A scanner in keyboard-wedge mode "types" the code in a burst,
// a few milliseconds per character, then presses Enter; people type far slower. What was typed in the last
// burst is the scanned code, even if someone had started typing a name before the scan.

/** Largest gap between two characters of one scan, in ms (scanners send 1-20 ms; people rarely under 60). */
export const SCAN_GAP_MS = 35;
/** Shortest burst taken as a scan. */
export const SCAN_MIN_LENGTH = 4;

export class ScanDetector {
  private times: number[] = [];
  private lastValue = '';

  /**
   * Call on every input event with the box's value and the time: appended characters are timed, anything else
   * (deleting, pasting in the middle, clearing) starts over.
   */
  input(value: string, now: number): void {
    if (value.length === this.lastValue.length + 1 && value.startsWith(this.lastValue)) this.times.push(now);
    else this.times = value.length === 1 ? [now] : [];
    this.lastValue = value;
  }

  /** On Enter: the characters typed in the final fast burst, if they look like a scan; null otherwise. */
  scanned(now: number): string | null {
    const times = this.times;
    if (times.length < SCAN_MIN_LENGTH || this.lastValue.length < times.length) return null;
    if (now - times[times.length - 1]! > SCAN_GAP_MS * 3) return null;
    let start = times.length - 1;
    while (start > 0 && times[start]! - times[start - 1]! <= SCAN_GAP_MS) start--;
    const length = times.length - start;
    return length >= SCAN_MIN_LENGTH ? this.lastValue.slice(this.lastValue.length - length) : null;
  }

  reset(): void {
    this.times = [];
    this.lastValue = '';
  }
}
