/**
 * PNG export: the graph drawn by Cytoscape at the chosen scale, composed on a canvas with the
 * background, an optional caption and legend. The size is decided before drawing and kept within the
 * browser's canvas limits (see limits.ts), so the result is never blank.
 */
import type { Core } from 'cytoscape';
import { describeClamp, fitScale, MAX_SIDE, type ScaleDecision } from './limits';
import { canvasPainter, paintOverlay } from './overlay';
import { ExportError } from './export-error';
import { paintElements, type Composition } from '../view/picture';
import { asExported, backgroundOf, composeWhole, drawingOrder, PICTURE_DEFAULTS, planPicture, rendererOf, type ExportScope, type ExportSource, type GraphArea, type PictureOptions } from './picture';

export type { ExportScope, ExportSource };
export { canvasColour } from './picture';

/** The options of `exportPng`: those of every picture (see picture.ts). */
export type PngExportOptions = PictureOptions;

export const PNG_DEFAULTS = PICTURE_DEFAULTS;

/**
 * An exported PNG: a Blob, usable wherever one is (downloads, `<img>`, uploads), that also says how
 * it was made. `clamped` is set when the scale was lowered to stay within the canvas limits, and
 * `notice` then says so in a sentence.
 */
export class ExportedImage extends Blob {
  readonly width: number;
  readonly height: number;
  /** The scale used. */
  readonly scale: number;
  /** The scale asked for (after bounding to 1..4). */
  readonly requestedScale: number;
  readonly clamped: ScaleDecision['clamped'];
  readonly notice: string;

  constructor(parts: BlobPart[], decision: ScaleDecision) {
    super(parts, { type: 'image/png' });
    this.width = decision.width;
    this.height = decision.height;
    this.scale = decision.scale;
    this.requestedScale = decision.requested;
    this.clamped = decision.clamped;
    this.notice = describeClamp(decision);
  }
}

export { ExportError };

/** Lets the browser paint and handle input between the heavy steps of an export. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob && blob.size > 0 ? resolve(blob) : reject(new ExportError(`The browser could not encode a ${canvas.width} x ${canvas.height} px PNG.`))), 'image/png');
  });
}

/**
 * Draws the graph into the composed image at (x, y), `area` at `scale`. Cytoscape paints straight
 * onto the image, as it does onto the canvas it makes for `cy.png()`: no second full-size canvas to
 * copy, and the pixels are encoded once. A renderer without that painter hands back `cy.png()`'s
 * picture to be drawn in (synchronous too, so that it shows the graph as exported).
 */
function drawGraph(
  cy: Core,
  context: CanvasRenderingContext2D,
  target: { x: number; y: number; width: number; height: number; scale: number; area: GraphArea; full: boolean },
  labels?: ReadonlySet<string>,
): Blob | undefined {
  const { x, y, scale, area } = target;
  const renderer = rendererOf(cy);
  if (typeof renderer?.drawElements === 'function' && typeof renderer.getCachedZSortedEles === 'function') {
    context.save();
    context.beginPath();
    context.rect(x, y, Math.ceil(target.width * scale), Math.ceil(target.height * scale));
    context.clip();
    context.translate(x - area.box.x1 * area.zoom * scale, y - area.box.y1 * area.zoom * scale);
    context.scale(scale * area.zoom, scale * area.zoom);
    const ordered = drawingOrder(cy);
    if (labels && renderer.drawElement) for (const element of ordered) renderer.drawElement(context, element, false, labels.has(element.id()));
    else renderer.drawElements(context, ordered);
    context.restore();
    return undefined;
  }
  // Passing maxWidth keeps Cytoscape from multiplying by the screen's pixel ratio: the scale is ours.
  return cy.png({ output: 'blob', full: target.full, scale, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE });
}

/** The canvas of the picture, sized by `decision`; refused with a sentence when the browser gives none. */
function canvasFor(decision: ScaleDecision): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = decision.width;
  canvas.height = decision.height;
  const context = canvas.getContext('2d');
  if (!context) throw new ExportError(`The browser refused a ${decision.width} x ${decision.height} px canvas.`);
  return { canvas, context };
}

/**
 * Paints the picture: the background under everything (last, beneath what is drawn, so that what
 * the graph clears, such as the line under a translucent arrowhead, shows it), caption and legend,
 * and the graph by `drawGraphAt` at its place.
 */
function paintPicture(
  context: CanvasRenderingContext2D,
  plan: ReturnType<typeof planPicture>,
  decision: ScaleDecision,
  background: string | undefined,
  tokens: ExportSource['tokens'],
  drawGraphAt: (at: { x: number; y: number }) => Blob | undefined,
): { drawn: Blob | undefined; at: { x: number; y: number } } {
  const { layout } = plan;
  const scale = decision.scale;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  paintOverlay(canvasPainter(context, tokens), layout, tokens);
  context.setTransform(1, 0, 0, 1, 0, 0);
  const at = { x: Math.round(layout.graph.x * scale), y: Math.round(layout.graph.y * scale) };
  const drawn = drawGraphAt(at);
  if (background) {
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = background;
    context.fillRect(0, 0, decision.width, decision.height);
    context.globalCompositeOperation = 'source-over';
  }
  return { drawn, at };
}

/** Draws a composed graph (picture.ts `composeWhole`) into the image at `at`, its box at `scale`. */
function paintComposed(context: CanvasRenderingContext2D, composed: Composition, area: GraphArea, at: { x: number; y: number }, scale: number): void {
  context.save();
  context.translate(at.x - area.box.x1 * scale, at.y - area.box.y1 * scale);
  context.scale(scale, scale);
  paintElements(context, composed);
  context.restore();
}

export async function renderPng(source: ExportSource, options: PngExportOptions = {}): Promise<ExportedImage> {
  const { cy, tokens } = source;
  const background = backgroundOf(options, tokens);
  // Labels are drawn in the on-screen font; measuring or drawing before it has loaded would use a fallback.
  await document.fonts.ready;
  const scratch = document.createElement('canvas').getContext('2d')!;
  const composed = composeWhole(source, options, scratch);
  let canvas: HTMLCanvasElement;
  let decision: ScaleDecision;
  let drawn: Blob | undefined;
  let at: { x: number; y: number };
  if (composed) {
    // The whole graph composed from the elements: Cytoscape's core is not touched.
    const plan = planPicture(source, options, scratch, composed);
    decision = fitScale(plan.layout.width, plan.layout.height, plan.scale);
    let context: CanvasRenderingContext2D;
    ({ canvas, context } = canvasFor(decision));
    ({ drawn, at } = paintPicture(context, plan, decision, background, tokens, (place) => (paintComposed(context, composed, plan.area, place, decision.scale), undefined)));
  } else {
    // Planned and drawn in one go: the passing state is taken off (and the labels placed for the
    // picture) once, and put back once.
    ({ canvas, decision, drawn, at } = asExported(source, options, (labels) => {
      const plan = planPicture(source, options, scratch);
      const decision = fitScale(plan.layout.width, plan.layout.height, plan.scale);
      const { canvas, context } = canvasFor(decision);
      const painted = paintPicture(context, plan, decision, background, tokens, (place) => {
        const target = { ...place, width: plan.layout.graph.width, height: plan.layout.graph.height, scale: decision.scale, area: plan.area, full: plan.scope === 'graph' };
        return drawGraph(cy, context, target, labels);
      });
      return { canvas, decision, ...painted };
    }));
  }
  if (drawn) {
    // `cy.png()`'s picture, already on its own background: drawn over the composed one.
    const bitmap = await createImageBitmap(drawn);
    canvas.getContext('2d')!.drawImage(bitmap, at.x, at.y);
    bitmap.close();
  }
  await breathe();
  const blob = await toBlob(canvas);
  // Free the pixels now rather than when the collector gets to them.
  canvas.width = canvas.height = 0;
  return new ExportedImage([blob], decision);
}
