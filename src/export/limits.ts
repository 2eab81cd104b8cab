/**
 * Canvas size limits. Browsers give up on canvases past their limits and hand back a blank image or
 * `data:,`; an export stays within both limits below by lowering its scale, and says so.
 */

/** Longest side of an exported image, in pixels. */
export const MAX_SIDE = 16_384;
/** Largest exported image, in pixels (64 megapixels). */
export const MAX_PIXELS = 64 * 1024 * 1024;
/** Smallest and largest scale a caller may ask for. */
export const MIN_SCALE = 1;
export const MAX_SCALE = 4;

export interface ScaleDecision {
  /** The scale asked for, after bounding to MIN_SCALE..MAX_SCALE. */
  requested: number;
  /** The scale used: `requested`, or lower when the image would exceed a limit. */
  scale: number;
  /** Size of the image at `scale`, in whole pixels. */
  width: number;
  height: number;
  /** Why the scale was lowered; undefined when it was not. */
  clamped: 'side' | 'pixels' | undefined;
}

/** A scale option as given (any number, or nothing) -> a scale in MIN_SCALE..MAX_SCALE. */
export function boundScale(scale: number | undefined): number {
  if (scale === undefined || !Number.isFinite(scale)) return MIN_SCALE;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/**
 * The largest scale, at most `requested`, at which an image of `width` x `height` CSS pixels (at
 * scale 1) stays within MAX_SIDE and MAX_PIXELS. Sizes are rounded up, as the canvas rounds them.
 */
export function fitScale(width: number, height: number, requested: number, limits = { side: MAX_SIDE, pixels: MAX_PIXELS }): ScaleDecision {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  let scale = requested;
  let clamped: ScaleDecision['clamped'];
  const bySide = limits.side / Math.max(w, h);
  if (bySide < scale) {
    scale = bySide;
    clamped = 'side';
  }
  const byPixels = Math.sqrt(limits.pixels / (w * h));
  if (byPixels < scale) {
    scale = byPixels;
    clamped = 'pixels';
  }
  // Rounding up may push a side one pixel over; step the scale down until it fits.
  const size = (s: number) => ({ width: Math.ceil(w * s), height: Math.ceil(h * s) });
  let { width: outW, height: outH } = size(scale);
  while (clamped && (outW > limits.side || outH > limits.side || outW * outH > limits.pixels)) {
    scale *= 0.999;
    ({ width: outW, height: outH } = size(scale));
  }
  return { requested, scale, width: outW, height: outH, clamped };
}

/** A sentence for people: what was lowered and why; empty when nothing was. */
export function describeClamp(decision: ScaleDecision): string {
  if (!decision.clamped) return '';
  const limit = decision.clamped === 'side' ? `${MAX_SIDE.toLocaleString('en')} pixels a side` : `${MAX_PIXELS / (1024 * 1024)} megapixels`;
  return `Scaled down from ${decision.requested}x to ${decision.scale.toFixed(2)}x to stay within the browser limit of ${limit} (${decision.width} x ${decision.height} px).`;
}
