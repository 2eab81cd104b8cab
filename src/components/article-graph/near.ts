/**
 * An embed costs a page nothing until the reader comes near it (the way `<img loading="lazy">` and
 * "lite" embeds behave): the element fetches its data and Cytoscape, and draws, only once it is
 * within a screen of the viewport, or at once with `loading="eager"`. The bundle's loader
 * (autoload.ts) waits the same way before it fetches the element's own code.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Loading = 'lazy' | 'eager';

/** How near counts as near: a screen above or below the viewport, so that a reader scrolling down finds the picture there. */
export const NEAR_MARGIN = '100% 0px';

/** Anything but `eager` is the default, `lazy` (as for `<img loading>`, an unknown value means the default). */
export function isEager(loading: unknown): boolean {
  return loading === 'eager';
}

/**
 * Whether `element` is within `NEAR_MARGIN` of the viewport now (one layout read). Deciding at once
 * saves waiting for the first frame, when an observer first reports; clipping by scrolled
 * containers is left to the observer.
 */
export function nearNow(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  const margin = view.innerHeight;
  return box.bottom >= -margin && box.top <= view.innerHeight + margin && box.right >= 0 && box.left <= view.innerWidth;
}

const watchers = new WeakMap<Document, { observer: IntersectionObserver; near: Map<Element, () => void> }>();

/** Calls `near` once, when `element` comes within `NEAR_MARGIN` of the viewport; returns a function that stops watching. */
export function whenNear(element: Element, near: () => void): () => void {
  const document = element.ownerDocument;
  let watcher = watchers.get(document);
  if (!watcher) {
    const waiting = new Map<Element, () => void>();
    // One observer per document, however many elements it watches.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const callback = waiting.get(entry.target);
          if (!entry.isIntersecting || !callback) continue;
          waiting.delete(entry.target);
          observer.unobserve(entry.target);
          callback();
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    watcher = { observer, near: waiting };
    watchers.set(document, watcher);
  }
  const { observer, near: waiting } = watcher;
  waiting.set(element, near);
  observer.observe(element);
  return () => {
    if (waiting.get(element) !== near) return;
    waiting.delete(element);
    observer.unobserve(element);
  };
}

export interface StartHost extends ReactiveControllerHost, HTMLElement {
  loading: Loading;
}

/** Starts its host once it is near the viewport, or at once when it asks for `loading="eager"`; started stays started. */
export class StartController implements ReactiveController {
  private begun = false;
  private fresh = false;
  private stopWatching: (() => void) | undefined;

  constructor(private readonly host: StartHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.begun || isEager(this.host.loading)) return;
    if (nearNow(this.host)) return this.begin();
    this.stopWatching = whenNear(this.host, () => {
      this.begin();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** Whether the host has started; one that asks for `loading="eager"` starts now. */
  started(): boolean {
    if (!this.begun && isEager(this.host.loading)) this.begin();
    return this.begun;
  }

  /** True once, on the first call after the host started: it then loads what it shows. */
  takeStart(): boolean {
    const fresh = this.fresh;
    this.fresh = false;
    return fresh;
  }

  private begin(): void {
    this.begun = true;
    this.fresh = true;
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
