/**
 * Long work done a slice per task, so that the page answers between slices: the work is written once
 * as a generator that yields at points where it may pause, and is either run at once (the
 * synchronous APIs) or given to the page a slice of about `SLICE_BUDGET` ms at a time.
 */

/** Milliseconds of work per task. */
export const SLICE_BUDGET = 30;

/**
 * How urgent sliced work is (the Prioritized Task Scheduling API's priorities): `user-visible` for
 * what the page does on its own, `user-blocking` for what the reader asked for and waits on (an
 * export), whose slices then go before the others' while input and frames still come between.
 */
export type SlicePriority = 'user-blocking' | 'user-visible';

/**
 * Lets the page run its own tasks (input, frames, the host page's scripts) before the next slice,
 * queued behind them as one of them: `scheduler.postTask` where there is one, else a zero timeout.
 * (`scheduler.yield()` would resume ahead of them, and keep the rest of the page waiting.)
 */
export async function yieldToPage(priority: SlicePriority = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: SlicePriority }) => Promise<void> } }).scheduler;
  await (scheduler?.postTask ? scheduler.postTask(() => {}, { priority }) : new Promise((resolve) => setTimeout(resolve, 0)));
  while (urgent > 0 && priority !== 'user-blocking') await new Promise<void>((resolve) => afterUrgent.push(resolve));
}

/** Work the reader waits on, under way: the page's own sliced work waits at its next pause meanwhile. */
let urgent = 0;
const afterUrgent: Array<() => void> = [];

/**
 * Runs `work`, which the reader waits on, with the page's own sliced work (a large graph's reading
 * and build, its overview being painted: whatever pauses with `yieldToPage`) held at its next pause
 * until it ends: the main thread is then `work`'s, and what the browser does for it in idle time
 * (it encodes a PNG so) is not shared with that work. `work` must not wait on sliced work itself.
 */
export async function urgently<T>(work: () => Promise<T>): Promise<T> {
  urgent++;
  try {
    return await work();
  } finally {
    if (--urgent === 0) for (const resume of afterUrgent.splice(0)) resume();
  }
}

/** Runs `work` to its end in one go. */
export function runAtOnce<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs `work` a slice per task; work that fits in one slice ends without giving the page a turn. */
export async function runInSlices<T>(work: Generator<void, T>, priority?: SlicePriority): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - start >= SLICE_BUDGET) {
      await yieldToPage(priority);
      start = performance.now();
    }
  }
}

/** How many elements are read between two points where the work may pause. */
export const PAUSE_EVERY = 200;
