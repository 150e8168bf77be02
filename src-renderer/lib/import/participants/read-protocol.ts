// The messages between the import wizard and the Worker that reads a participant list.
import type { ImportErrorCode } from './errors';
import type { ParsedFile, ReadPhase } from './index';

export type ReadWorkerMessage =
  | { type: 'progress'; phase: ReadPhase; share: number }
  | { type: 'done'; file: ParsedFile }
  | { type: 'refused'; code: ImportErrorCode; params: Record<string, string | number> }
  | { type: 'failed'; message: string };
