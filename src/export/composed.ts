/**
 * The whole graph composed straight from its elements, for a picture export: what the screen's
 * first pictures are drawn with, which draw what Cytoscape draws. The full level of detail is the
 * first picture's composition (view/picture.ts) at the graph's own size; the `fast` level of a large
 * graph is its overview (view/overview.ts) with the labels that have room below their node, as the
 * Cytoscape-drawn export of a large graph has them. Cytoscape's core is not touched: nothing is
 * restyled or placed for the export and back, and a large graph's export does not wait for
 * Cytoscape to finish building it.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ElementSet } from '../model/queries';
import type { ArticleGraph } from '../model/types';
import { NODE_BOX, NODE_LABEL_FONT, UNSCALED, type Encoding } from '../view/encoding';
import type { Measure } from '../view/label-text';
import { PAUSE_EVERY } from '../model/slices';
import { labelCandidates, labelPriority, placeLabels, type Box, type NodeLabelSite } from '../view/labels';
import { FAST_ABOVE, type LevelOfDetail } from '../view/level-of-detail';
import { drawingElements, overviewPaint } from '../view/overview';
import { canCompose, composeAt, degreesOf, nodeLabelLook, nodeLabelSite, paintElements, paintNodeLabels, pictureExtent, textBlock, type Composition, type PictureNode } from '../view/picture';
import { LABEL_MARGIN, LABEL_OUTLINE, type ThemeTokens } from '../view/stylesheet';
import type { PictureOptions } from './picture';

/** What a composed picture is made from: the graph as drawn, and its elements as they stand. */
export interface PictureSource {
  graph: ArticleGraph;
  /** What is shown (filters, focus and story applied). */
  shown: ElementSet;
  encoding: Encoding;
  tokens: ThemeTokens;
  levelOfDetail?: LevelOfDetail;
  /** Every element, as Cytoscape holds it or is given it: data, classes, and the nodes' positions now. */
  elements: readonly ElementDefinition[];
}

/** A composed graph: the box it is drawn in (model units) and how to draw it there. */
export interface ComposedGraph {
  extent: Box;
  /**
   * Draws the graph in model units onto `context` as transformed; may pause between elements.
   * `background`: the colour of an opaque canvas, painted beforehand.
   */
  painting(context: CanvasRenderingContext2D, background?: string): Generator<void, void>;
}

/**
 * The whole graph as `options` ask for it, composed from the elements, as work that may pause
 * (model/slices.ts): undefined where only Cytoscape draws the picture asked for (the view, the
 * highlight kept, or a graph at the full level that the composition does not draw as Cytoscape
 * does: see `canCompose`).
 */
export function* composingGraph(source: PictureSource, options: PictureOptions, measure: (font: string) => Measure): Generator<void, ComposedGraph | undefined> {
  if ((options.scope ?? 'graph') !== 'graph' || options.highlight) return undefined;
  const { shown, levelOfDetail } = source;
  const keyOf = (element: ElementDefinition) => String(element.data.key ?? element.data.id);
  const visible = source.elements.filter((element) => (element.group === 'nodes' ? shown.nodes : shown.edges).has(keyOf(element)));
  if (!visible.some((element) => element.group === 'nodes')) return undefined;
  if (levelOfDetail === 'full') {
    // A large graph forced to the full level is drawn by Cytoscape: the composition is done in one go.
    if (visible.length > FAST_ABOVE.nodes + FAST_ABOVE.edges || !canCompose(source.elements)) return undefined;
    const degrees = degreesOf(source.elements);
    const composition = composeAt(visible, source, { viewport: { zoom: 1, pan: { x: 0, y: 0 } }, scale: UNSCALED, degrees }, measure);
    return {
      extent: pictureExtent(composition),
      *painting(context, background) {
        paintElements(context, composition, background);
      },
    };
  }
  if (levelOfDetail === 'fast') return yield* composingOverview(source, visible, measure);
  return undefined;
}

/**
 * A large graph: its overview's shapes and lines, and the labels with room below their node. Its
 * labels are measured in steps, between which the work may pause.
 */
function* composingOverview(source: PictureSource, visible: readonly ElementDefinition[], measure: (font: string) => Measure): Generator<void, ComposedGraph> {
  const { encoding, tokens } = source;
  const paint = overviewPaint(encoding, tokens);
  const font = nodeLabelLook(UNSCALED);
  const nodes = visible.filter((element) => element.group === 'nodes' && element.position);
  const degree = degreesOf(source.elements);
  const headline = (element: ElementDefinition) => [element.classes].flat().includes('headline');
  const pictured: PictureNode[] = [];
  const labels = new Map<string, ReturnType<typeof textBlock>>();
  const sites: NodeLabelSite[] = [];
  for (const [index, node] of nodes.entries()) {
    if (index % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const id = node.data.id as string;
    const text = String(node.data.label ?? '');
    // The `fast` stylesheet sets no bold for the headline's entities.
    const label = text !== '' ? textBlock(measure, tokens.fontFamily, text, NODE_LABEL_FONT.weight, font.size, font.maxWidth) : undefined;
    if (label) labels.set(id, label);
    const size = (node.data.size as number | undefined) ?? NODE_BOX.size;
    const look = paint.types.get(String(node.data.type));
    // Where its label goes and how far the body reaches: the overview draws the node itself.
    pictured.push({ id, x: node.position!.x, y: node.position!.y, size, shape: look?.shape ?? 'ellipse', fill: look?.color ?? paint.node.color });
    sites.push(nodeLabelSite({ id, centre: node.position!, size, label, priority: labelPriority({ node: true, degree: degree.get(id) ?? 0, headline: headline(node) }) }, font.halo, 1));
  }
  yield;
  // Only below the node: thousands of labels placed on every side would take the room of one another's nodes.
  const found = labelCandidates(sites, [], 1, LABEL_MARGIN - LABEL_OUTLINE);
  yield;
  const candidates = found.candidates.map((candidate) => ({ ...candidate, places: candidate.places.filter((place) => place.side.startsWith('centre') || place.side === 'bottom') }));
  const placed = placeLabels(candidates, found.obstacles, { gap: 2 });
  const drawn = pictured.map((node): PictureNode => {
    const label = labels.get(node.id);
    return label && placed.get(node.id) === 'bottom' ? { ...node, label: { ...label, side: 'bottom' } } : node;
  });
  const labelled = drawn.filter((node) => node.label);
  const look: Composition['node'] = { borderWidth: NODE_BOX.borderWidth, borderColour: tokens.halo, labelColour: tokens.text, haloColour: tokens.halo, haloWidth: font.halo, labelMargin: font.margin };
  return {
    extent: extentOf(drawn, look),
    *painting(context) {
      context.save();
      yield* drawingElements(context, visible, paint);
      context.restore();
      context.save();
      paintNodeLabels(context, labelled, look);
      context.restore();
    },
  };
}

/** The box the overview's nodes and their labels stay in (its edges join nodes), as Cytoscape bounds them. */
function extentOf(nodes: PictureNode[], look: Composition['node']): Box {
  return pictureExtent({ viewport: { zoom: 1, pan: { x: 0, y: 0 } }, scale: UNSCALED, edges: [], nodes, node: look, plateColour: '', placed: new Map() });
}
