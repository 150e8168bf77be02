// Reads one participant list off the page's thread: decoding, parsing and guessing the columns of a large or
// strange file (thousands of columns, 20 MB of rows) never freezes the screen. Posts progress, then the result.
import { ImportError } from './errors';
import { readParticipantFile } from './index';
import type { ReadWorkerMessage } from './read-protocol';

const post = (message: ReadWorkerMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  let last = 0;
  readParticipantFile(event.data, (phase, share) => {
    // At most one progress message every 50 ms.
    const now = performance.now();
    if (now - last > 50 || share === 0) {
      last = now;
      post({ type: 'progress', phase, share });
    }
  })
    .then((file) => post({ type: 'done', file }))
    .catch((error: unknown) => {
      if (error instanceof ImportError) post({ type: 'refused', code: error.code, params: error.params });
      else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
});
