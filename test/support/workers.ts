/**
 * Browser test helper: counts the web workers the page starts from now on, and those not yet
 * terminated. It stubs the global `Worker`; the test undoes it with `vi.unstubAllGlobals()`.
 */
import { vi } from 'vitest';

export interface WatchedWorkers {
  /** Every worker constructed, in order. */
  started: Worker[];
  /** Those not terminated yet. */
  alive: Set<Worker>;
}

export function watchWorkers(): WatchedWorkers {
  const watched: WatchedWorkers = { started: [], alive: new Set() };
  const RealWorker = window.Worker;
  vi.stubGlobal(
    'Worker',
    class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        watched.started.push(this);
        watched.alive.add(this);
      }
      override terminate() {
        watched.alive.delete(this);
        super.terminate();
      }
    },
  );
  return watched;
}
