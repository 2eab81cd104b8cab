/**
 * Undo and redo over whole states, each with what was done ("Add entity Hezbollah") so that undoing
 * it can be announced. Pure: every step returns a new history.
 */
export interface Step<T> {
  state: T;
  /** What the step did, in the words of the person who did it. */
  label: string;
}

export interface History<T> {
  past: Step<T>[];
  present: Step<T>;
  future: Step<T>[];
}

/** How many steps back can be undone. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(state: T, label = 'Open'): History<T> {
  return { past: [], present: { state, label }, future: [] };
}

/** A new present; what had been undone can no longer be redone. */
export function record<T>(history: History<T>, state: T, label: string, limit = HISTORY_LIMIT): History<T> {
  return { past: [...history.past, history.present].slice(-limit), present: { state, label }, future: [] };
}

/** The history one step back; the step undone is `history.present.label`. Unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** The history one step forward again; unchanged when nothing was undone. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future };
}
