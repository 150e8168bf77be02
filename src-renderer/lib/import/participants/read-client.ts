// Reads participant lists in a Web Worker (inline where Workers are missing, as in the Node tests and the
// command-line tools), so a huge or strange file never freezes the screen. One reader per import wizard: its
// worker starts when the wizard opens, so its code is loaded before a file is chosen, and serves every file
// chosen in that wizard; cancelling a file ends the worker, and the next file starts another.
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

export class ParticipantFileReader {
  #worker: Worker | null = null;
  #busy = false;

  /** Starts the worker now, while the user is still choosing the file. */
  constructor() {
    this.#worker = spawn();
    if (this.#worker) this.#worker.onerror = (event) => this.#failed(event);
  }

  read(bytes: Uint8Array, onProgress: (phase: ReadPhase, share: number) => void): ReadingHandle {
    if (this.#busy) this.dispose(); // a file still being read is abandoned
    this.#worker ??= spawn();
    const w = this.#worker;
    if (!w) return { result: readParticipantFile(bytes, onProgress), cancel: () => {} };
    this.#busy = true;
    const result = new Promise<ParsedFile>((resolve, reject) => {
      w.onmessage = (event: MessageEvent<ReadWorkerMessage>) => {
        const m = event.data;
        if (m.type === 'progress') return onProgress(m.phase, m.share);
        this.#busy = false;
        if (m.type === 'done') resolve(m.file);
        else if (m.type === 'refused') reject(new ImportError(m.code, m.params));
        else reject(new Error(m.message));
      };
      w.onerror = (event) => {
        this.#failed(event);
        reject(new Error(event.message || 'worker error'));
      };
    });
    // The bytes move to the worker instead of being copied: the wizard has no further use for them.
    w.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    return { result, cancel: () => this.#worker === w && this.dispose() };
  }

  /** Ends the worker (the dialog closed, or a file is abandoned); a later file starts a new one. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#busy = false;
  }

  #failed(event: ErrorEvent): void {
    event.preventDefault();
    this.dispose();
  }
}
