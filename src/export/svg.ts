/**
 * SVG export through cytoscape-svg: vector shapes, labels as `<text>`. The extension is registered
 * once, on first use, behind a typed wrapper so nothing untyped leaks out of it.
 */
import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { graphTitle } from '../model/title';
import type { ExportSource } from './png';

export interface SvgExportOptions {
  /** `graph` (default) draws every visible element; `view` draws what the viewport shows. */
  scope?: 'graph' | 'view';
  /** Size multiplier, 1 to 4. */
  scale?: number;
  /** A CSS colour, or `transparent` for none. */
  background?: string;
}

interface SvgCapableCore {
  svg(options: { full: boolean; scale: number; bg?: string }): string;
}

/** The one renderer method the SVG export needs to adjust; Cytoscape does not type its renderer. */
interface RoundPolygonRenderer {
  drawRoundPolygonPath(context: CanvasRenderingContext2D, ...rest: unknown[]): void;
}

let registered = false;

/**
 * Runs `draw` with round polygons (round-triangle, round-tag, …) starting their own path. Cytoscape
 * leaves that to the Path2D it draws into on screen; canvas2svg, drawing into SVG elements, would
 * otherwise put the shape onto the label drawn before it, losing the node and restyling the label.
 */
function withRoundPolygonPaths<T>(cy: Core, draw: () => T): T {
  const renderer = (cy as unknown as { renderer(): RoundPolygonRenderer }).renderer();
  const own = Object.hasOwn(renderer, 'drawRoundPolygonPath');
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath();
    return original.call(this, context, ...rest);
  };
  try {
    return draw();
  } finally {
    if (own) renderer.drawRoundPolygonPath = original;
    else delete (renderer as Partial<RoundPolygonRenderer>).drawRoundPolygonPath;
  }
}

function withSvg(cy: Core): SvgCapableCore {
  if (!registered) {
    cytoscape.use(svgExtension);
    registered = true;
  }
  const candidate = cy as Core & Partial<SvgCapableCore>;
  if (typeof candidate.svg !== 'function') throw new Error('The SVG exporter (cytoscape-svg) did not register on this Cytoscape core.');
  return candidate as SvgCapableCore;
}

/** The picture as an SVG document; `title` goes into its `<title>`, for screen readers and file browsers. */
export function renderSvg(cy: Core, options: SvgExportOptions & { title?: string } = {}): string {
  const scale = Math.min(4, Math.max(1, options.scale ?? 1));
  const background = options.background === 'transparent' ? undefined : options.background;
  const exporter = withSvg(cy);
  let svg = withRoundPolygonPaths(cy, () => exporter.svg({ full: (options.scope ?? 'graph') === 'graph', scale, ...(background ? { bg: background } : {}) }));
  if (options.title) {
    const escaped = options.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    svg = svg.replace(/<svg\b([^>]*)>/, `<svg$1><title>${escaped}</title>`);
  }
  return svg;
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml' });
}

/** The SVG export as a file: the theme's background unless asked otherwise, titled after the graph. */
export async function renderSvgBlob({ cy, graph, tokens }: ExportSource, options: SvgExportOptions = {}): Promise<Blob> {
  // Labels are measured in the on-screen font.
  await document.fonts.ready;
  return svgBlob(renderSvg(cy, { background: tokens.background, ...options, title: graphTitle(graph.getAttributes()) }));
}
