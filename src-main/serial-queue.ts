// One job at a time, in the order asked: printing and PDF share one hidden window's worth of memory and one
// printer dialog, and a sheet of 300 certificates should not race a programme printed meanwhile.

export interface SerialQueue {
  /** Runs `job` after every job queued before it has settled; a failed job does not stop the ones after it. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs queued or running. */
  readonly pending: number;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      pending++;
      const result = tail.then(job).finally(() => pending--);
      tail = result.catch(() => undefined);
      return result;
    },
    get pending() {
      return pending;
    },
  };
}
