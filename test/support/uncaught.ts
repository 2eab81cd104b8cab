/**
 * Fails each test of a file when anything escapes to the page uncaught (an error or an unhandled
 * rejection), after removing the elements it mounted and restoring its mocks.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { unmountAll } from './mount';

export function failOnUncaught(): void {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(async () => {
    // Give late rejections a chance to surface before judging.
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    unmountAll();
    vi.restoreAllMocks();
    expect(uncaught).toEqual([]);
  });
}
