// Starts reading a participant list in a Web Worker (inline where Workers are missing, as in the Node tests and
// command-line tools) and lets the wizard follow and cancel it. Each file has its own worker, ended afterwards.
import { ImportError } from './errors';
import { readParticipantFile, type ParsedFile, type ReadPhase } from './index';
import type { ReadWorkerMessage } from './read-protocol';

export interface ReadingHandle {
  /** The file read, or an ImportError (a file that cannot be used) or another Error (something unexpected). */
  result: Promise<ParsedFile>;
  /** Stops at once (another file was chosen, the dialog closed); `result` then never settles. */
  cancel(): void;
}

function spawn(): Worker | null {
  try {
    return typeof Worker === 'undefined' ? null : new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** A worker started ahead, while the user is still choosing the file: its code is loaded by then. */
let spare: Worker | null = null;

/**
 * Starts a worker for the next file now (the wizard opens): reading then begins at once. It waits, idle, until
 * a file is chosen, also in a later wizard; one that fails to start is dropped, and the file gets a new one.
 */
export function prepareReading(): void {
  if (spare) return;
  const w = spawn();
  if (!w) return;
  w.onerror = (event) => {
    event.preventDefault();
    w.terminate();
    if (spare === w) spare = null;
  };
  spare = w;
}

export function readInBackground(bytes: Uint8Array, onProgress: (phase: ReadPhase, share: number) => void): ReadingHandle {
  const worker = spare ?? spawn();
  spare = null;
  if (!worker) return { result: readParticipantFile(bytes, onProgress), cancel: () => {} };
  const w = worker;
  const result = new Promise<ParsedFile>((resolve, reject) => {
    w.onmessage = (event: MessageEvent<ReadWorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress(m.phase, m.share);
      w.terminate();
      if (m.type === 'done') resolve(m.file);
      else if (m.type === 'refused') reject(new ImportError(m.code, m.params));
      else reject(new Error(m.message));
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      reject(new Error(event.message || 'worker error'));
    };
  });
  // The bytes move to the worker instead of being copied: the wizard has no further use for them.
  w.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
  return { result, cancel: () => w.terminate() };
}
