// The document worker: receives one GenerateRequest, posts progress, then the files (bytes transferred, not
// copied). Cancelling is terminating the worker: the UI thread never waits for it.
import { generate, type GenerateRequest, type WorkerMessage } from './generate';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
  const started = performance.now();
  let last = 0;
  generate(event.data, (done, total) => {
    // At most one progress message every 50 ms, and always the last one.
    const now = performance.now();
    if (done === total || now - last > 50) {
      last = now;
      post({ type: 'progress', done, total });
    }
  })
    .then((files) => {
      const transfer = files.flatMap((f) => (f.data instanceof Uint8Array ? [f.data.buffer as ArrayBuffer] : []));
      post({ type: 'done', files, ms: performance.now() - started }, transfer);
    })
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
});
