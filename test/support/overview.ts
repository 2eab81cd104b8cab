/**
 * Watches an `<article-graph>` for the overview it puts up over a large graph (src/view/overview.ts),
 * for the browser tests and the benchmark page, and reads the pixels of what it drew. The overview is
 * drawn before its canvas is added.
 */
export interface OverviewWatch {
  /** Resolves with the overview's canvas once it is on the element. */
  shown: Promise<HTMLCanvasElement>;
  /** Stops watching; `shown` then stays pending if it had not resolved. */
  stop(): void;
}

/** Call once the element has its shadow root (after it is connected). */
export function watchOverview(element: HTMLElement): OverviewWatch {
  let stop = () => {};
  const shown = new Promise<HTMLCanvasElement>((resolve) => {
    const observer = new MutationObserver(() => {
      const canvas = element.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.overview');
      if (!canvas) return;
      observer.disconnect();
      resolve(canvas);
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    stop = () => observer.disconnect();
  });
  return { shown, stop };
}

/** Pixels of an image or canvas over `background`, at `width` x `height`. */
export async function pixels(source: string | HTMLCanvasElement, width: number, height: number, background: string): Promise<Uint8ClampedArray> {
  let drawable: CanvasImageSource = source as HTMLCanvasElement;
  if (typeof source === 'string') {
    const image = new Image();
    image.src = source;
    await image.decode();
    drawable = image;
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(drawable, 0, 0);
  return context.getImageData(0, 0, width, height).data;
}

/** The share of pixels that differ clearly, and the share Cytoscape inked, over `background`. */
export function comparePixels(a: Uint8ClampedArray, b: Uint8ClampedArray, background: string): { differing: number; inked: number } {
  const [r, g, bl] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  let differing = 0;
  let inked = 0;
  for (let i = 0; i < a.length; i += 4) {
    const difference = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    if (difference > 48) differing++;
    if (Math.max(Math.abs(b[i]! - r!), Math.abs(b[i + 1]! - g!), Math.abs(b[i + 2]! - bl!)) > 55) inked++;
  }
  return { differing: differing / (a.length / 4), inked: inked / (a.length / 4) };
}
