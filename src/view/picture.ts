/**
 * The first picture of a graph at the full level of detail, drawn straight from the elements onto
 * one canvas, before Cytoscape has arrived (on a slow network its code takes seconds) or while it
 * builds its model. It is the picture Cytoscape then draws at the same viewport, from the same
 * encoding, tokens and constants as the stylesheet: type shapes and colours, edges in relation
 * colours, widths and line styles, bundled edges curved (edge-geometry.ts), arrowheads, labels
 * wrapped as Cytoscape wraps them (label-text.ts), with their halos and plates, placed by the same
 * label placement (labels.ts), at the screen scale the label controller would pick, in Cytoscape's
 * drawing order. The overview of large graphs (overview.ts) is its `fast` counterpart.
 *
 * `composePicture` is pure (the caller measures text); `paintPicture` draws a composition.
 */
import type { ElementDefinition } from 'cytoscape';
import { CERTAINTY_ENCODING, DASH_PATTERNS, EDGE_LABEL_FONT, EDGE_LINE, NODE_BOX, NODE_LABEL_FONT, paint, screenScale, type Encoding, type LineStyle, type ScreenScale } from './encoding';
import { edgePaths, type EdgePath, type NodeBody } from './edge-geometry';
import { fitExtent, type Covered, type Viewport } from './fit';
import { canvasFont, textSize, wrapLabel, type Measure } from './label-text';
import { labelCandidates, labelPriority, placeLabels, slideFor, type Box, type EdgeLabelSite, type LabelSide, type NodeLabelSite } from './labels';
import type { NodeShape } from './shapes';
import { traceShape } from './shapes';
import { SMALL_GRAPH_EDGES } from './conventions';
import { LABEL_MARGIN, LABEL_OUTLINE, quoteValue, type ThemeTokens } from './stylesheet';

/** Whether an element carries a look of its own, which the stylesheet's convention rules draw. */
const hasOwnLook = (element: ElementDefinition) => ['color', 'size', 'width'].some((field) => element.data[field] !== undefined);

/** Lengths as the stylesheet writes them: to a hundredth of a pixel. */
const px = (value: number) => Math.round(value * 100) / 100;

/** Cytoscape pads a label's box by this much on every side, beyond its outline or plate. */
const LABEL_BOX_SLACK = 2;
/** The radius of an edge label's plate's corners (Cytoscape's round-rectangle plates). */
const PLATE_RADIUS = 2;
/** A node label's halo, and an edge label's plate, as the stylesheet draws them. */
const HALO_OPACITY = 0.9;
const PLATE_OPACITY = 0.9;

export interface PictureLook {
  encoding: Encoding;
  tokens: ThemeTokens;
}

export interface TextBlock {
  lines: string[];
  font: string;
  size: number;
  width: number;
  height: number;
}

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  /** The body's size (width and height), without the border. */
  size: number;
  shape: NodeShape;
  fill: string;
  label?: TextBlock & { side: Exclude<LabelSide, 'centre' | `centre@${number}`> };
}

export interface PictureEdge {
  id: string;
  path: EdgePath;
  colour: string;
  width: number;
  opacity: number;
  lineStyle: LineStyle;
  label?: TextBlock & { x: number; y: number; padding: number; colour: string };
}

/** Everything the picture draws, in model units and Cytoscape's drawing order (edges, then nodes). */
export interface Composition {
  viewport: Viewport;
  scale: ScreenScale;
  edges: PictureEdge[];
  nodes: PictureNode[];
  node: { borderWidth: number; borderColour: string; labelColour: string; haloColour: string; haloWidth: number; labelMargin: number };
  plateColour: string;
  /** Where each label went: what the label controller would decide for Cytoscape's first frame. */
  placed: Map<string, LabelSide>;
}

export interface PictureBox {
  width: number;
  height: number;
  insets: Covered;
  padding: number;
  zoom: { min: number; max: number };
}

interface RelationLook {
  colour: string;
  width: number;
  opacity: number;
  z: number;
  labelled: boolean;
}

/** A node label's size, wrap width, margin from the body and halo at `scale`, as the stylesheet sets them. */
export function nodeLabelLook(scale: ScreenScale): { size: number; maxWidth: number; margin: number; halo: number } {
  return { size: px(NODE_LABEL_FONT.size * scale.nodeLabel), maxWidth: px(170 * scale.nodeLabel), margin: px(LABEL_MARGIN * scale.nodeLabel), halo: px(LABEL_OUTLINE * scale.nodeLabel) };
}

/** A label's lines, wrapped as Cytoscape wraps them, and its size in its canvas font. */
export function textBlock(measure: (font: string) => Measure, fontFamily: string, text: string, weight: number | string, fontSize: number, maxWidth: number): TextBlock {
  const font = canvasFont(weight, fontSize, fontFamily);
  const width = measure(font);
  const lines = wrapLabel(text, maxWidth, width);
  return { lines, font, size: fontSize, ...textSize(lines, fontSize, width) };
}

/**
 * A node as the label placement sees it (labels.ts), on screen at `zoom`: its body, and its label's
 * box with the halo and Cytoscape's slack around the text.
 */
export function nodeLabelSite(
  node: { id: string; centre: { x: number; y: number }; size: number; label: TextBlock | undefined; priority: number },
  halo: number,
  zoom: number,
): NodeLabelSite {
  const slack = halo + LABEL_BOX_SLACK;
  const { label } = node;
  return {
    id: node.id,
    centre: node.centre,
    radius: ((node.size + NODE_BOX.borderWidth) / 2) * zoom,
    bodyRadius: (node.size / 2) * zoom,
    label: label ? { width: (label.width + 2 * slack) * zoom, height: (label.height + 2 * slack) * zoom } : undefined,
    priority: node.priority,
  };
}

/**
 * Each node's relationships by id, loops left out, as Cytoscape's `degree(false)` counts them: the
 * label placement's priority goes by it. Count over every edge, shown or not, as Cytoscape does.
 */
export function degreesOf(elements: readonly ElementDefinition[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of elements) {
    if (edge.group === 'nodes' || edge.data.source === edge.data.target) continue;
    for (const end of [edge.data.source, edge.data.target] as string[]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return degree;
}

/** Whether the picture draws `elements` as Cytoscape's stylesheet does: see `composePicture`. */
export function canCompose(elements: readonly ElementDefinition[]): boolean {
  const nodes = elements.filter((element) => element.group === 'nodes');
  if (nodes.length === 0 || nodes.some((node) => !node.position || !Number.isFinite(node.position.x) || !Number.isFinite(node.position.y))) return false;
  // What this does not draw, Cytoscape is left to draw from the start, so that nothing changes at the
  // swap: every edge label of a small graph, a graph's own colours, sizes and widths (conventions.ts),
  // and loops.
  return elements.length - nodes.length > SMALL_GRAPH_EDGES && !elements.some((element) => hasOwnLook(element) || (element.group !== 'nodes' && element.data.source === element.data.target));
}

/**
 * Lays out the picture of `elements` (with positions) in `box`: the fit, the screen scale, each
 * edge's path and each label's lines and place. `measure` gives the width of text in a canvas font.
 * Undefined when the elements have no positions, the box no room, or the picture would not be
 * Cytoscape's (`canCompose`).
 */
export function composePicture(elements: readonly ElementDefinition[], look: PictureLook, box: PictureBox, measure: (font: string) => Measure): Composition | undefined {
  if (!canCompose(elements)) return undefined;
  const nodeDefinitions = elements.filter((element) => element.group === 'nodes');
  const edgeDefinitions = elements.filter((element) => element.group !== 'nodes');
  // The fit is Cytoscape's, made before the stylesheet is rebuilt at the screen scale: unscaled bodies.
  const unscaled = edgePaths(bodies(nodeDefinitions, look.encoding, NODE_BOX.size), edgeDefinitions.map((edge) => ends(edge, EDGE_LINE.width)));
  const viewport = fitExtent(extentOf(nodeDefinitions, NODE_BOX.size, unscaled), box, box);
  if (!viewport) return undefined;
  return composeAt(elements, look, { viewport, scale: screenScale(viewport.zoom), within: { x1: 0, y1: 0, x2: box.width, y2: box.height } }, measure);
}

/**
 * The picture of `elements` (with positions) seen at `viewport`, styled at `scale`; labels kept
 * `within` a box on screen when given (the whole graph at its own size, for an export, has no such
 * bounds). Check `canCompose` first: this draws what Cytoscape would only for such elements.
 */
export function composeAt(
  elements: readonly ElementDefinition[],
  look: PictureLook,
  frame: {
    viewport: Viewport;
    scale: ScreenScale;
    within?: Box;
    /** Each node's relationships, which its label's priority counts: by default those among `elements`. */
    degrees?: ReadonlyMap<string, number>;
  },
  measure: (font: string) => Measure,
): Composition {
  const { encoding, tokens } = look;
  const { viewport, scale } = frame;
  const zoom = viewport.zoom;
  const nodeDefinitions = elements.filter((element) => element.group === 'nodes');
  const edgeDefinitions = elements.filter((element) => element.group !== 'nodes');

  const size = px(NODE_BOX.size * scale.node);
  const nodeBodies = bodies(nodeDefinitions, encoding, size);
  const relations = relationLooks(encoding, tokens, scale);
  const headline = (element: ElementDefinition) => [element.classes].flat().includes('headline');
  const lookOf = (edge: ElementDefinition): RelationLook => {
    const own = relations.get(String(edge.data.relation));
    const base = own ?? { colour: EDGE_LINE.color, width: px(EDGE_LINE.width * scale.line), opacity: EDGE_LINE.opacity, z: 0, labelled: false };
    return headline(edge) ? { ...base, width: px(EDGE_LINE.headlineWidth * scale.line), opacity: 1, z: 8, labelled: true } : base;
  };
  const looks = new Map(edgeDefinitions.map((edge) => [edge.data.id as string, lookOf(edge)]));
  const paths = edgePaths(nodeBodies, edgeDefinitions.map((edge) => ends(edge, looks.get(edge.data.id as string)!.width)));

  const nodeFont = nodeLabelLook(scale);
  const edgeFont = { size: px(EDGE_LABEL_FONT.size * scale.edgeLabel), maxWidth: px(230 * scale.edgeLabel), padding: px(2 * scale.edgeLabel) };
  const degree = frame.degrees ?? degreesOf(edgeDefinitions);
  const block = (text: string, weight: number | string, fontSize: number, maxWidth: number) => textBlock(measure, tokens.fontFamily, text, weight, fontSize, maxWidth);
  const onScreen = (x: number, y: number) => ({ x: x * zoom + viewport.pan.x, y: y * zoom + viewport.pan.y });
  const nodeSites: NodeLabelSite[] = [];
  const nodeLabels = new Map<string, TextBlock>();
  for (const node of nodeDefinitions) {
    const id = node.data.id as string;
    const text = String(node.data.label ?? '');
    const label = text !== '' ? block(text, headline(node) ? 700 : NODE_LABEL_FONT.weight, nodeFont.size, nodeFont.maxWidth) : undefined;
    if (label) nodeLabels.set(id, label);
    const priority = labelPriority({ node: true, degree: degree.get(id) ?? 0, headline: headline(node) });
    nodeSites.push(nodeLabelSite({ id, centre: onScreen(node.position!.x, node.position!.y), size, label, priority }, nodeFont.halo, zoom));
  }
  const edgeSites: EdgeLabelSite[] = [];
  const edgeLabels = new Map<string, TextBlock>();
  for (const edge of edgeDefinitions) {
    const id = edge.data.id as string;
    const path = paths.get(id);
    const text = String(edge.data.label ?? '');
    if (!path || !looks.get(id)!.labelled || text === '') continue;
    const label = block(text, headline(edge) ? 600 : EDGE_LABEL_FONT.weight, edgeFont.size, edgeFont.maxWidth);
    edgeLabels.set(id, label);
    const slack = edgeFont.padding + LABEL_BOX_SLACK;
    const corner = onScreen(path.mid.x - label.width / 2 - slack, path.mid.y - label.height / 2 - slack);
    const source = nodeBodies.get(edge.data.source as string)!;
    const target = nodeBodies.get(edge.data.target as string)!;
    edgeSites.push({
      id,
      box: { x1: corner.x, y1: corner.y, x2: corner.x + (label.width + 2 * slack) * zoom, y2: corner.y + (label.height + 2 * slack) * zoom },
      span: { x: target.x - source.x, y: target.y - source.y },
      priority: labelPriority({ node: false, degree: 0, headline: headline(edge) }),
    });
  }
  const margin = (LABEL_MARGIN - LABEL_OUTLINE) * scale.nodeLabel * zoom;
  const { candidates, obstacles, slides } = labelCandidates(nodeSites, edgeSites, zoom, margin);
  const placed = placeLabels(candidates, obstacles, { gap: 2, ...(frame.within ? { viewport: frame.within } : {}) });

  const edges: PictureEdge[] = edgeDefinitions
    .map((edge, index) => ({ edge, index, look: looks.get(edge.data.id as string)! }))
    .filter(({ edge }) => paths.has(edge.data.id as string))
    .sort((a, b) => a.look.z - b.look.z || a.index - b.index)
    .map(({ edge, look }) => {
      const id = edge.data.id as string;
      const path = paths.get(id)!;
      const label = edgeLabels.get(id);
      const side = placed.get(id);
      const slide = slideFor(slides, id, side);
      const lineStyle = CERTAINTY_ENCODING.find((c) => c.key === edge.data.certainty)?.lineStyle ?? 'solid';
      return {
        id,
        path,
        colour: look.colour,
        width: look.width,
        opacity: look.opacity,
        lineStyle,
        ...(label && side !== undefined ? { label: { ...label, x: path.mid.x + slide.x, y: path.mid.y + slide.y, padding: edgeFont.padding, colour: tokens.text } } : {}),
      };
    });
  const nodes: PictureNode[] = nodeDefinitions.map((node) => {
    const id = node.data.id as string;
    const body = nodeBodies.get(id)!;
    const label = nodeLabels.get(id);
    const side = placed.get(id);
    return {
      id,
      x: body.x,
      y: body.y,
      size,
      shape: body.shape,
      fill: fillOf(node, encoding, tokens),
      ...(label && side !== undefined ? { label: { ...label, side: side as 'bottom' | 'right' | 'left' | 'top' } } : {}),
    };
  });
  return {
    viewport,
    scale,
    edges,
    nodes,
    node: { borderWidth: NODE_BOX.borderWidth, borderColour: tokens.halo, labelColour: tokens.text, haloColour: tokens.halo, haloWidth: nodeFont.halo, labelMargin: nodeFont.margin },
    plateColour: tokens.background,
    placed,
  };
}

/** The nodes' bodies for the edges' geometry: outer size (body and border), keyed by id in the elements' order. */
function bodies(nodes: readonly ElementDefinition[], encoding: Encoding, size: number): Map<string, NodeBody> {
  const shapes = new Map(encoding.types.filter((type) => quoteValue(type.key) !== undefined).map((type) => [type.key, type.shape]));
  return new Map(
    nodes.map((node) => [
      node.data.id as string,
      { x: node.position!.x, y: node.position!.y, width: size + NODE_BOX.borderWidth, height: size + NODE_BOX.borderWidth, shape: shapes.get(String(node.data.type)) ?? 'ellipse' },
    ]),
  );
}

function ends(edge: ElementDefinition, width: number) {
  return { id: edge.data.id as string, source: edge.data.source as string, target: edge.data.target as string, width, arrow: [edge.classes].flat().includes('directed') };
}

function fillOf(node: ElementDefinition, encoding: Encoding, tokens: ThemeTokens): string {
  const type = encoding.types.find((t) => t.key === node.data.type && quoteValue(t.key) !== undefined);
  return type ? paint(type.color, tokens) : NODE_BOX.color;
}

/** Each relation's line as the stylesheet's rules give it at `scale`. */
function relationLooks(encoding: Encoding, tokens: ThemeTokens, scale: ScreenScale): Map<string, RelationLook> {
  const line = (width: number) => px(width * scale.line);
  return new Map(
    encoding.relations
      .filter((relation) => quoteValue(relation.key) !== undefined)
      .map((relation) => [
        relation.key,
        {
          colour: paint(relation.color, tokens),
          width: relation.emphasis ? line(EDGE_LINE.emphasisWidth) : line(EDGE_LINE.width),
          opacity: relation.emphasis ? EDGE_LINE.emphasisOpacity : EDGE_LINE.opacity,
          z: relation.emphasis ? 5 : 0,
          labelled: relation.labelled,
        },
      ]),
  );
}

/** What Cytoscape's fit takes in: node bodies and the edges' ends and middles, with half their width. */
function extentOf(nodes: readonly ElementDefinition[], size: number, paths: ReadonlyMap<string, EdgePath>) {
  const half = (size + NODE_BOX.borderWidth) / 2;
  const extent = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const take = (x: number, y: number, r: number) => {
    extent.x1 = Math.min(extent.x1, x - r);
    extent.y1 = Math.min(extent.y1, y - r);
    extent.x2 = Math.max(extent.x2, x + r);
    extent.y2 = Math.max(extent.y2, y + r);
  };
  for (const node of nodes) take(node.position!.x, node.position!.y, half);
  for (const path of paths.values()) {
    const [x1, y1] = path.points;
    const [x2, y2] = path.points.slice(-2);
    take(x1!, y1!, EDGE_LINE.width / 2);
    take(x2!, y2!, EDGE_LINE.width / 2);
    take(path.mid.x, path.mid.y, EDGE_LINE.width / 2);
  }
  return extent;
}

/** Draws a composition onto `canvas`, sized to `width` x `height` CSS px at `pixelRatio`. */
export function paintPicture(canvas: HTMLCanvasElement, picture: Composition, size: { width: number; height: number; pixelRatio: number }): void {
  canvas.width = Math.round(size.width * size.pixelRatio);
  canvas.height = Math.round(size.height * size.pixelRatio);
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  const context = canvas.getContext('2d');
  if (!context) return;
  const { zoom, pan } = picture.viewport;
  const scale = size.pixelRatio * zoom;
  context.setTransform(scale, 0, 0, scale, size.pixelRatio * pan.x, size.pixelRatio * pan.y);
  paintElements(context, picture);
}

/**
 * Draws the composition's edges and nodes, in model units, onto `context` as it is transformed
 * (`paintPicture` sets it to the composition's viewport; an export, to its own frame). It leaves the
 * context's transform as it was. `background`: the colour of an opaque canvas, painted beforehand.
 */
export function paintElements(context: CanvasRenderingContext2D, picture: Composition, background?: string): void {
  context.save();
  context.lineJoin = 'round';
  for (const edge of picture.edges) {
    drawEdge(context, edge, background);
    if (edge.label) drawEdgeLabel(context, edge.label, picture.plateColour, edge.opacity);
  }
  for (const node of picture.nodes) {
    context.beginPath();
    traceShape(context, node.shape, node.x, node.y, node.size / 2);
    context.fillStyle = node.fill;
    context.fill();
    context.lineWidth = picture.node.borderWidth;
    context.lineJoin = 'miter';
    context.strokeStyle = picture.node.borderColour;
    context.stroke();
    context.lineJoin = 'round';
    if (node.label) drawNodeLabel(context, node, picture.node);
  }
  context.restore();
}

/** Draws the labels of `nodes` (those that have one), with their halos, in model units. */
export function paintNodeLabels(context: CanvasRenderingContext2D, nodes: readonly PictureNode[], look: Composition['node']): void {
  for (const node of nodes) if (node.label) drawNodeLabel(context, node, look);
}

/** Where a node label's text starts and how it hangs, for each side (Cytoscape's anchors). */
function nodeLabelAnchor(node: PictureNode, look: Composition['node']) {
  const margin = look.labelMargin;
  const half = node.size / 2;
  return {
    bottom: { x: node.x, y: node.y + half + margin, align: 'center', valign: 'bottom' },
    top: { x: node.x, y: node.y - half - margin, align: 'center', valign: 'top' },
    right: { x: node.x + half + margin, y: node.y, align: 'left', valign: 'center' },
    left: { x: node.x - half - margin, y: node.y, align: 'right', valign: 'center' },
  }[node.label!.side];
}

/**
 * The box, in model units, that everything the composition draws stays in, as Cytoscape bounds its
 * elements: bodies and their borders, lines (curves within their control points) and arrowheads,
 * labels with their halos and plates, and Cytoscape's slack around them.
 */
export function pictureExtent(picture: Composition): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const take = (x1: number, y1: number, x2: number, y2: number) => {
    box.x1 = Math.min(box.x1, x1);
    box.y1 = Math.min(box.y1, y1);
    box.x2 = Math.max(box.x2, x2);
    box.y2 = Math.max(box.y2, y2);
  };
  for (const edge of picture.edges) {
    const { points, arrow } = edge.path;
    const half = edge.width / 2;
    for (let i = 0; i + 1 < points.length; i += 2) take(points[i]! - half, points[i + 1]! - half, points[i]! + half, points[i + 1]! + half);
    if (arrow) take(arrow.x - arrow.size, arrow.y - arrow.size, arrow.x + arrow.size, arrow.y + arrow.size);
    const label = edge.label;
    if (label) {
      const w = label.width / 2 + label.padding + LABEL_BOX_SLACK;
      const h = label.height / 2 + label.padding + LABEL_BOX_SLACK;
      take(label.x - w, label.y - h, label.x + w, label.y + h);
    }
  }
  const border = picture.node.borderWidth / 2;
  const halo = picture.node.haloWidth + LABEL_BOX_SLACK;
  for (const node of picture.nodes) {
    const half = node.size / 2 + border;
    take(node.x - half, node.y - half, node.x + half, node.y + half);
    const label = node.label;
    if (!label) continue;
    const anchor = nodeLabelAnchor(node, picture.node);
    const x1 = anchor.align === 'center' ? anchor.x - label.width / 2 : anchor.align === 'left' ? anchor.x : anchor.x - label.width;
    const y1 = anchor.valign === 'bottom' ? anchor.y : anchor.valign === 'center' ? anchor.y - label.height / 2 : anchor.y - label.height;
    take(x1 - halo, y1 - halo, x1 + label.width + halo, y1 + label.height + halo);
  }
  // Cytoscape widens every box by a pixel on each side for antialiasing.
  return { x1: box.x1 - 1, y1: box.y1 - 1, x2: box.x2 + 1, y2: box.y2 + 1 };
}

function drawEdge(context: CanvasRenderingContext2D, edge: PictureEdge, background: string | undefined): void {
  const { path } = edge;
  const points = path.points;
  context.globalAlpha = edge.opacity;
  context.strokeStyle = edge.colour;
  context.lineWidth = edge.width;
  context.lineCap = 'butt';
  context.setLineDash(edge.lineStyle === 'solid' ? [] : [...DASH_PATTERNS[edge.lineStyle]]);
  context.beginPath();
  context.moveTo(points[0]!, points[1]!);
  if (path.kind === 'bezier') context.quadraticCurveTo(points[2]!, points[3]!, points[4]!, points[5]!);
  else context.lineTo(points[2]!, points[3]!);
  context.stroke();
  context.setLineDash([]);
  context.globalAlpha = 1;
  const arrow = path.arrow;
  if (!arrow) return;
  const triangle = () => {
    context.beginPath();
    for (const [i, [x, y]] of ([[-0.15, -0.3], [0, 0], [0.15, -0.3]] as const).entries()) {
      const px = (x * Math.cos(arrow.angle) - y * Math.sin(arrow.angle)) * arrow.size + arrow.x;
      const py = (x * Math.sin(arrow.angle) + y * Math.cos(arrow.angle)) * arrow.size + arrow.y;
      if (i === 0) context.moveTo(px, py);
      else context.lineTo(px, py);
    }
    context.closePath();
  };
  // A translucent arrowhead first clears what is under it, as Cytoscape's does: to transparency, or
  // on an opaque picture to its background.
  if (edge.opacity !== 1) {
    context.globalCompositeOperation = background ? 'source-over' : 'destination-out';
    context.fillStyle = background ?? '#ffffff';
    triangle();
    context.fill();
    context.globalCompositeOperation = 'source-over';
  }
  context.globalAlpha = edge.opacity;
  context.fillStyle = edge.colour;
  triangle();
  context.fill();
  context.globalAlpha = 1;
}

function drawEdgeLabel(context: CanvasRenderingContext2D, label: NonNullable<PictureEdge['label']>, plate: string, opacity: number): void {
  context.font = label.font;
  context.textAlign = 'center';
  context.textBaseline = 'bottom';
  let y = label.y + label.height / 2;
  context.globalAlpha = PLATE_OPACITY * opacity;
  context.fillStyle = plate;
  context.beginPath();
  roundRect(context, label.x - label.padding - label.width / 2, y - label.height - label.padding, label.width + 2 * label.padding, label.height + 2 * label.padding, PLATE_RADIUS);
  context.fill();
  context.globalAlpha = opacity;
  context.fillStyle = label.colour;
  y -= (label.lines.length - 1) * label.size;
  for (const line of label.lines) {
    context.fillText(line, label.x, y);
    y += label.size;
  }
  context.globalAlpha = 1;
}

function drawNodeLabel(context: CanvasRenderingContext2D, node: PictureNode, look: Composition['node']): void {
  const label = node.label!;
  const anchor = nodeLabelAnchor(node, look);
  let y = anchor.y + (anchor.valign === 'bottom' ? label.height : anchor.valign === 'center' ? label.height / 2 : 0);
  y -= (label.lines.length - 1) * label.size;
  context.font = label.font;
  context.textAlign = anchor.align as CanvasTextAlign;
  context.textBaseline = 'bottom';
  // Round joins, as Cytoscape strokes a label's outline: mitred ones spike at sharp letter corners.
  context.lineJoin = 'round';
  context.lineWidth = 2 * look.haloWidth;
  for (const line of label.lines) {
    context.globalAlpha = HALO_OPACITY;
    context.strokeStyle = look.haloColour;
    context.strokeText(line, anchor.x, y);
    context.globalAlpha = 1;
    context.fillStyle = look.labelColour;
    context.fillText(line, anchor.x, y);
    y += label.size;
  }
}

function roundRect(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number, radius: number): void {
  const r = Math.min(radius, width / 2, height / 2);
  context.moveTo(x + r, y);
  context.lineTo(x + width - r, y);
  context.quadraticCurveTo(x + width, y, x + width, y + r);
  context.lineTo(x + width, y + height - r);
  context.quadraticCurveTo(x + width, y + height, x + width - r, y + height);
  context.lineTo(x + r, y + height);
  context.quadraticCurveTo(x, y + height, x, y + height - r);
  context.lineTo(x, y + r);
  context.quadraticCurveTo(x, y, x + r, y);
  context.closePath();
}
