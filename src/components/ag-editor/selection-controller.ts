/**
 * Follows the words selected in the editor's text (with the mouse, by touch, or with the keyboard)
 * and keeps them as ranges of sentences, so that they survive a click on a button that moves the
 * browser's own selection. A selection over several sentences is kept as one range per sentence.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SentenceRange } from '../../model/quotes';

type Host = ReactiveControllerHost & HTMLElement;

/** The browser's selection inside a shadow root, wherever the browser lets a page read it. */
function selectedRange(root: ShadowRoot): AbstractRange | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const composed = selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };
  if (typeof composed.getComposedRanges === 'function') return composed.getComposedRanges({ shadowRoots: [root] })[0];
  const legacy = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  return legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : selection.getRangeAt(0);
}

/** Characters from the start of `sentence` to a boundary point inside it (or at its edges). */
function offsetIn(sentence: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(sentence, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The ranges of the sentences a DOM range covers, each cut to the sentence. */
export function sentenceRanges(container: HTMLElement, range: AbstractRange): SentenceRange[] {
  if (range.collapsed) return [];
  const ranges: SentenceRange[] = [];
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  for (const sentence of container.querySelectorAll<HTMLElement>('[data-sentence]')) {
    if (!live.intersectsNode(sentence)) continue;
    const length = sentence.textContent?.length ?? 0;
    const starts = sentence.contains(range.startContainer) ? offsetIn(sentence, range.startContainer, range.startOffset) : 0;
    const ends = sentence.contains(range.endContainer) ? offsetIn(sentence, range.endContainer, range.endOffset) : length;
    if (ends > starts) ranges.push({ sentence: sentence.dataset.sentence!, start: starts, end: ends });
  }
  return ranges;
}

export class SelectionController implements ReactiveController {
  /** The words chosen last in the text, one range per sentence; empty when none. */
  ranges: SentenceRange[] = [];

  constructor(
    private readonly host: Host,
    private readonly container: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** A mouse or finger is selecting: the words are read once it lets go, so that nothing moves under it. */
  private dragging = false;

  hostConnected(): void {
    document.addEventListener('selectionchange', this.onSelectionChange);
    this.host.addEventListener('pointerdown', this.onPointerDown);
    window.addEventListener('pointerup', this.onPointerUp);
    window.addEventListener('pointercancel', this.onPointerUp);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.host.removeEventListener('pointerdown', this.onPointerDown);
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.onPointerUp);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const container = this.container();
    this.dragging = Boolean(container && event.composedPath().includes(container));
  };

  private readonly onPointerUp = (): void => {
    if (!this.dragging) return;
    this.dragging = false;
    // The browser settles the selection after the pointer is released.
    setTimeout(this.onSelectionChange, 0);
  };

  /** Forgets the chosen words (once used, or when the text changes). */
  clear(): void {
    if (this.ranges.length === 0) return;
    this.ranges = [];
    this.host.requestUpdate();
  }

  /** Chooses a whole sentence, as the keyboard's way to select: the browser's selection follows. */
  chooseSentence(element: HTMLElement): void {
    const selection = document.getSelection();
    const range = document.createRange();
    range.selectNodeContents(element);
    selection?.removeAllRanges();
    selection?.addRange(range);
    this.ranges = [{ sentence: element.dataset.sentence!, start: 0, end: element.textContent?.length ?? 0 }];
    this.host.requestUpdate();
  }

  private readonly onSelectionChange = (): void => {
    if (this.dragging) return;
    const container = this.container();
    const root = this.host.shadowRoot;
    if (!container || !root) return;
    const range = selectedRange(root);
    if (!range) return;
    const inText = container.contains(range.startContainer) || container.contains(range.endContainer);
    // A click elsewhere (a button, a field) moves the browser's selection: the chosen words stay.
    if (!inText) return;
    const ranges = sentenceRanges(container, range);
    if (range.collapsed || ranges.length > 0) {
      const same = JSON.stringify(ranges) === JSON.stringify(this.ranges);
      this.ranges = ranges;
      if (!same) this.host.requestUpdate();
    }
  };
}
