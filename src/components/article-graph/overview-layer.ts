/**
 * The first picture over the container of Cytoscape's canvas, shown while Cytoscape is fetched or
 * builds its model, and removed once it has drawn: at the full level, the picture itself
 * (src/view/picture.ts); for a large graph at the `fast` level, its overview (src/view/overview.ts).
 * The core need not exist yet: `box` is the container's size.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Encoding } from '../../view/encoding';
import type { Covered } from '../../view/fit';
import type { Measure } from '../../view/label-text';
import { drawOverview, fitViewport, overviewApplies, overviewPaint, type Viewport } from '../../view/overview';
import { composePicture, paintPicture } from '../../view/picture';
import type { ThemeTokens } from '../../view/stylesheet';

export interface OverviewLayer {
  /** Where the picture put the graph: Cytoscape is given the same, so nothing moves at the swap. */
  viewport: Viewport;
  remove(): void;
}

type Box = { width: number; height: number };
type Look = { encoding: Encoding; tokens: ThemeTokens; pixelRatio: number };

/** A canvas over the container, sized to it, hidden from assistive technology and the pointer. */
function layer(container: HTMLElement, level: 'full' | 'fast', draw: (canvas: HTMLCanvasElement) => void): () => void {
  const canvas = container.ownerDocument.createElement('canvas');
  canvas.className = 'overview';
  canvas.dataset.level = level;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;left:0;top:0;z-index:10;pointer-events:none';
  draw(canvas);
  container.append(canvas);
  return () => canvas.remove();
}

/**
 * Draws the overview when Cytoscape would draw no labels at the fitted zoom, and returns it;
 * otherwise (or without positions or room) draws nothing. `nodes` are the node elements among
 * `elements`, which the caller has already picked out.
 */
export function showOverview(
  box: Box,
  container: HTMLElement,
  graph: { elements: readonly ElementDefinition[]; nodes: readonly ElementDefinition[] },
  look: Look,
  fit: { padding: number; zoom: { min: number; max: number } },
): OverviewLayer | undefined {
  const paint = overviewPaint(look.encoding, look.tokens);
  const { elements, nodes } = graph;
  // Within the core's own zoom limits, as its fit would be.
  const viewport = fitViewport(nodes, paint.node.size, box, fit.padding, fit.zoom);
  if (!viewport || !overviewApplies(paint, viewport)) return undefined;
  const remove = layer(container, 'fast', (canvas) => drawOverview(canvas, elements, paint, viewport, { ...box, pixelRatio: look.pixelRatio }));
  return { viewport, remove };
}

/** Draws the full picture of `elements` (which carry positions) fitted as Cytoscape would fit them, and returns it. */
export function showPicture(
  box: Box,
  container: HTMLElement,
  elements: readonly ElementDefinition[],
  look: Look,
  fit: { padding: number; insets: Covered; zoom: { min: number; max: number } },
): OverviewLayer | undefined {
  const composition = composePicture(elements, look, { ...box, ...fit }, textMeasure(container.ownerDocument));
  if (!composition) return undefined;
  const remove = layer(container, 'full', (canvas) => paintPicture(canvas, composition, { ...box, pixelRatio: look.pixelRatio }));
  return { viewport: composition.viewport, remove };
}

/** Measures text in a canvas font, as Cytoscape measures its labels. */
function textMeasure(document: Document): (font: string) => Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (font) => (text) => {
    if (!context) return text.length * 8;
    context.font = font;
    return context.measureText(text).width;
  };
}
