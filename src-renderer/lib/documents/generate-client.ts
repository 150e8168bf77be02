// Starts a document job in a Web Worker (inline where Workers are missing) and lets the UI follow it and
// cancel it. Each job has its own worker, terminated when the job ends or is cancelled.
import { GenerationCancelled } from './generation-cancelled';
import type { GeneratedFile, GenerateRequest, WorkerMessage } from './generate';

export interface GenerationHandle {
  result: Promise<GeneratedFile[]>;
  /** Stops the job at once; `result` rejects with GenerationCancelled. */
  cancel(): void;
}

export function startGeneration(request: GenerateRequest, onProgress: (done: number, total: number) => void): GenerationHandle {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return inline(request, onProgress);
  const w = worker;
  let settle: { resolve: (f: GeneratedFile[]) => void; reject: (e: unknown) => void } | null = null;
  const result = new Promise<GeneratedFile[]>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => {
    w.terminate();
    settle = null;
  };
  w.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(m.done, m.total);
    else if (m.type === 'done') {
      settle?.resolve(m.files);
      finish();
    } else {
      settle?.reject(new Error(m.message));
      finish();
    }
  };
  w.onerror = (event) => {
    event.preventDefault();
    settle?.reject(new Error(event.message || 'worker error'));
    finish();
  };
  w.postMessage(request);
  return {
    result,
    cancel: () => {
      settle?.reject(new GenerationCancelled());
      finish();
    },
  };
}

/** Where there is no Worker: the same job on this thread, its libraries loaded only then. */
function inline(request: GenerateRequest, onProgress: (done: number, total: number) => void): GenerationHandle {
  let cancelled = false;
  return { result: import('./generate').then(({ generate }) => generate(request, onProgress, () => cancelled)), cancel: () => (cancelled = true) };
}

export { GenerationCancelled };
