/**
 * Long work done a slice per task, so that the page answers between slices: the work is written once
 * as a generator that yields at points where it may pause, and is either run at once (the
 * synchronous APIs) or given to the page a slice of about `SLICE_BUDGET` ms at a time.
 */

/** Milliseconds of work per task. */
export const SLICE_BUDGET = 30;

/**
 * Lets the page run its own tasks (input, frames, the host page's scripts) before the next slice,
 * queued behind them as one of them: `scheduler.postTask` where there is one, else a zero timeout.
 * (`scheduler.yield()` would resume ahead of them, and keep the rest of the page waiting.)
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => {}) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` to its end in one go. */
export function runAtOnce<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs `work` a slice per task; work that fits in one slice ends without giving the page a turn. */
export async function runInSlices<T>(work: Generator<void, T>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - start >= SLICE_BUDGET) {
      await yieldToPage();
      start = performance.now();
    }
  }
}

/** How many elements are read between two points where the work may pause. */
export const PAUSE_EVERY = 200;
