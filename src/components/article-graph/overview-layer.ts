/**
 * The overview's canvas over Cytoscape's, for the first picture of a large graph (see
 * src/view/overview.ts). Loaded with the first graph that has one.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Encoding } from '../../view/encoding';
import { drawOverview, fitViewport, overviewApplies, overviewPaint, type Viewport } from '../../view/overview';
import type { ThemeTokens } from '../../view/stylesheet';

export interface OverviewLayer {
  /** Where the overview put the graph: Cytoscape is given the same, so nothing moves at the swap. */
  viewport: Viewport;
  remove(): void;
}

/**
 * Draws the overview over `cy`'s canvas when Cytoscape would draw no labels at the fitted zoom, and
 * returns it; otherwise (or without positions or room) draws nothing. `nodes` are the node elements
 * among `elements`, which the caller has already picked out.
 */
export function showOverview(
  cy: Core,
  container: HTMLElement,
  graph: { elements: readonly ElementDefinition[]; nodes: readonly ElementDefinition[] },
  look: { encoding: Encoding; tokens: ThemeTokens; pixelRatio: number },
  fit: { padding: number; maxZoom: number },
): OverviewLayer | undefined {
  const paint = overviewPaint(look.encoding, look.tokens);
  const box = { width: cy.width(), height: cy.height() };
  const { elements, nodes } = graph;
  // Within the core's own zoom limits, as its fit would be.
  const zoomLimits = { min: cy.minZoom(), max: Math.min(fit.maxZoom, cy.maxZoom()) };
  const viewport = fitViewport(nodes, paint.node.size, box, fit.padding, zoomLimits);
  if (!viewport || !overviewApplies(paint, viewport)) return undefined;
  const canvas = container.ownerDocument.createElement('canvas');
  canvas.className = 'overview';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;left:0;top:0;z-index:10;pointer-events:none';
  drawOverview(canvas, elements, paint, viewport, { ...box, pixelRatio: look.pixelRatio });
  container.append(canvas);
  return { viewport, remove: () => canvas.remove() };
}
