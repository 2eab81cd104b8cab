/**
 * Browser commands that run in Node with Playwright: real mouse input at coordinates inside the
 * test page, for clicking a node where it is drawn on the canvas or dragging over words to select them.
 */
import type { BrowserCommand } from 'vitest/node';

type Point = { x: number; y: number };

/** Converts client coordinates of the test frame into page coordinates (the frame may be scaled). */
async function toPage(context: Parameters<BrowserCommand<[]>>[0], point: Point, frameWidth: number): Promise<Point> {
  const frame = await context.frame();
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  if (!box) throw new Error('The test frame has no box');
  const scale = box.width / frameWidth;
  return { x: box.x + point.x * scale, y: box.y + point.y * scale };
}

export const mouseClick: BrowserCommand<[point: Point, frameWidth: number]> = async (context, point, frameWidth) => {
  const at = await toPage(context, point, frameWidth);
  await context.page.mouse.click(at.x, at.y);
};

export const mouseMove: BrowserCommand<[point: Point, frameWidth: number]> = async (context, point, frameWidth) => {
  const at = await toPage(context, point, frameWidth);
  await context.page.mouse.move(at.x, at.y, { steps: 4 });
};

export const mouseWheel: BrowserCommand<[point: Point, frameWidth: number, deltaY: number]> = async (context, point, frameWidth, deltaY) => {
  const at = await toPage(context, point, frameWidth);
  await context.page.mouse.move(at.x, at.y);
  await context.page.mouse.wheel(0, deltaY);
};

/** Presses the mouse at one point, moves it to another in steps and releases it: a drag, as a person selects words. */
export const mouseDrag: BrowserCommand<[from: Point, to: Point, frameWidth: number]> = async (context, from, to, frameWidth) => {
  const start = await toPage(context, from, frameWidth);
  const end = await toPage(context, to, frameWidth);
  await context.page.mouse.move(start.x, start.y);
  await context.page.mouse.down();
  await context.page.mouse.move(end.x, end.y, { steps: 8 });
  await context.page.mouse.up();
};

type Session = Awaited<ReturnType<ReturnType<Parameters<BrowserCommand<[]>>[0]['page']['context']>['newCDPSession']>>;

/** Touch input through the DevTools protocol, as a finger on the screen: the browser scrolls and dispatches as it would. */
async function touches(context: Parameters<BrowserCommand<[]>>[0], frames: Point[][], frameWidth: number): Promise<void> {
  const session: Session = await context.page.context().newCDPSession(context.page);
  try {
    const toPoints = async (points: Point[]) => Promise.all(points.map(async (point) => toPage(context, point, frameWidth)));
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: await toPoints(frames[0]!) });
    for (const points of frames.slice(1)) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: await toPoints(points) });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await session.detach();
  }
}

/** One finger from the first point to the last, in ten steps. */
export const touchSwipe: BrowserCommand<[points: Point[], frameWidth: number]> = async (context, points, frameWidth) => {
  const [from, to] = [points[0]!, points[points.length - 1]!];
  const frames = Array.from({ length: 11 }, (_, i) => [{ x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 }]);
  await touches(context, frames, frameWidth);
};

/** Two fingers down at `points`, both moved by `by`, in ten steps. */
export const touchSwipe2: BrowserCommand<[points: Point[], by: Point, frameWidth: number]> = async (context, points, by, frameWidth) => {
  const frames = Array.from({ length: 11 }, (_, i) => points.map((point) => ({ x: point.x + (by.x * i) / 10, y: point.y + (by.y * i) / 10 })));
  await touches(context, frames, frameWidth);
};

/** Forces a full garbage collection through the DevTools protocol, then returns the bytes of JavaScript heap in use. */
export const heapAfterGarbageCollection: BrowserCommand<[]> = async (context) => {
  const session = await context.page.context().newCDPSession(context.page);
  try {
    await session.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
};

export const browserCommands = { mouseClick, mouseMove, mouseWheel, mouseDrag, touchSwipe, touchSwipe2, heapAfterGarbageCollection };

declare module 'vitest/browser' {
  interface BrowserCommands {
    mouseClick: (point: Point, frameWidth: number) => Promise<void>;
    mouseMove: (point: Point, frameWidth: number) => Promise<void>;
    mouseWheel: (point: Point, frameWidth: number, deltaY: number) => Promise<void>;
    mouseDrag: (from: Point, to: Point, frameWidth: number) => Promise<void>;
    heapAfterGarbageCollection: () => Promise<number>;
    touchSwipe: (points: Point[], frameWidth: number) => Promise<void>;
    touchSwipe2: (points: Point[], by: Point, frameWidth: number) => Promise<void>;
  }
}
