export function findChromium(): Promise<string | null>;
export const CHROMIUM_MISSING: string;
export const CHROMIUM_ARGS: string[];
export function chromiumCandidates(options?: { platform?: NodeJS.Platform; env?: Record<string, string | undefined>; home?: string }): string[];
