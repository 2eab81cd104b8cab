/**
 * Sliced work (src/model/slices.ts): the page's own work pauses between slices, and holds at its
 * next pause while work the reader waits on runs.
 */
import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSlices, urgently } from '../../src/model/slices';

/** Work of `slices` slices of about `ms` each, noting when each slice ran. */
function* busy(slices: number, ms: number, log: string[], name: string): Generator<void, number> {
  for (let i = 0; i < slices; i++) {
    const start = performance.now();
    while (performance.now() - start < ms);
    log.push(`${name}${i}`);
    yield;
  }
  return slices;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sliced work', () => {
  it('runs to the same end at once or in slices', async () => {
    expect(runAtOnce(busy(3, 1, [], 'a'))).toBe(3);
    expect(await runInSlices(busy(3, 1, [], 'a'))).toBe(3);
  });

  it("holds at its next pause while urgent work runs, and goes on after; the urgent work's own slices do not wait", async () => {
    const log: string[] = [];
    const background = runInSlices(busy(6, 35, log, 'page'));
    await pause(0);
    const urgent = urgently(async () => {
      const before = log.length;
      await runInSlices(busy(4, 35, log, 'reader'), 'user-blocking');
      // A timer's turn too: the page's work stays held for as long as the urgent work lasts.
      await pause(60);
      return log.length - before;
    });
    // Nothing of the page's ran while the urgent work did: four slices of its own, in order.
    expect(await urgent).toBe(4);
    const readerStart = log.indexOf('reader0');
    expect(log.slice(readerStart, readerStart + 4)).toEqual(['reader0', 'reader1', 'reader2', 'reader3']);
    expect(await background).toBe(6);
    expect(log.filter((entry) => entry.startsWith('page'))).toHaveLength(6);
    expect(log.indexOf('page5')).toBeGreaterThan(log.indexOf('reader3'));
  });

  it('lets the page go on when the urgent work fails', async () => {
    const log: string[] = [];
    const background = runInSlices(busy(3, 35, log, 'page'));
    await pause(0);
    let during: string[] = [];
    const failing = urgently(async () => {
      const before = log.length;
      // Long enough for the page's work to reach its next pause and wait there.
      await pause(80);
      during = log.slice(before);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(during).toEqual([]);
    // Woken after the failure: the rest of its slices run.
    expect(await background).toBe(3);
  });
});
