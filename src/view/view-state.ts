/**
 * The view of one graph as one state object, and the pure functions over it: how a person's actions
 * change it, and what it makes the renderer draw. Like sigma's reducers, the data graph is never
 * written to; like Gephi Lite's appearance pipeline, every look that depends on the view is decided
 * here, in one place, and tested in Node.
 */
import { filterElements, neighbourhood, type ElementSet, type StoryStep } from '../model/queries';
import type { ArticleGraph } from '../model/types';

export type SelectionKind = 'node' | 'edge';

/** A node or an edge of the graph, by its graphology key. */
export interface Selection {
  kind: SelectionKind;
  key: string;
}

/** Story mode: the article replayed paragraph by paragraph. */
export interface StoryState {
  /** One step per paragraph (`storySteps`). */
  steps: readonly StoryStep[];
  /** Index of the current step. */
  step: number;
  /** Whether the story advances by itself. */
  playing: boolean;
}

export interface ViewState {
  selection: Selection | null;
  /** The element under the pointer. */
  hovered: Selection | null;
  /** Relation keys the legend has switched off. */
  hiddenRelations: ReadonlySet<string>;
  /** Entity type keys the legend has switched off. */
  hiddenTypes: ReadonlySet<string>;
  /** With a node selected, show only its neighbourhood within this many hops; 0 shows everything. */
  focusDepth: number;
  /** Story mode, or null outside it. */
  story: StoryState | null;
  /** The sentence the selection was chosen from in the article, and every relationship it supports. */
  fromSentence: { sentence: string; edges: readonly string[] } | null;
  /** Relationships previewed from the article: the sentence under the pointer or with focus. */
  preview: readonly string[];
}

const NOTHING: ReadonlySet<string> = new Set();

export const INITIAL_VIEW: ViewState = {
  selection: null,
  hovered: null,
  hiddenRelations: NOTHING,
  hiddenTypes: NOTHING,
  focusDepth: 0,
  story: null,
  fromSentence: null,
  preview: [],
};

// ---- How the view changes -------------------------------------------------------------------

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.key === b?.key;
}

/** `selection` when the graph has it, else null. */
export function existing(graph: ArticleGraph | undefined, selection: Selection | null): Selection | null {
  if (!selection || !graph) return null;
  return (selection.kind === 'node' ? graph.hasNode(selection.key) : graph.hasEdge(selection.key)) ? selection : null;
}

/** Selects a node or an edge (null clears, and ends the focus); the sentence it came from is forgotten. */
export function select(state: ViewState, graph: ArticleGraph | undefined, selection: Selection | null): ViewState {
  const chosen = existing(graph, selection);
  return { ...state, selection: chosen, fromSentence: null, focusDepth: chosen ? state.focusDepth : 0 };
}

/** Selects a node and shows only its neighbourhood within `depth` hops (0: everything). */
export function focus(state: ViewState, graph: ArticleGraph | undefined, key: string, depth: number): ViewState {
  const selected = select(state, graph, { kind: 'node', key });
  return selected.selection ? { ...selected, focusDepth: Math.max(0, depth) } : selected;
}

export function hover(state: ViewState, target: Selection | null): ViewState {
  return sameSelection(state.hovered, target) ? state : { ...state, hovered: target };
}

/** Switches one entity type or relation on or off. */
export function toggle(state: ViewState, kind: 'relation' | 'type', key: string, visible: boolean): ViewState {
  const field = kind === 'relation' ? 'hiddenRelations' : 'hiddenTypes';
  if (state[field].has(key) === !visible) return state;
  const next = new Set(state[field]);
  if (visible) next.delete(key);
  else next.add(key);
  return { ...state, [field]: next };
}

/** Filters, focus and selection back to nothing; story mode goes on. */
export function reset(state: ViewState): ViewState {
  return { ...state, selection: null, fromSentence: null, focusDepth: 0, hiddenRelations: NOTHING, hiddenTypes: NOTHING };
}

/**
 * A sentence (or one relationship of its note) chosen in the article: every relationship it
 * supports is selected; the first is the selection. A sentence supporting none clears it.
 */
export function chooseSentence(state: ViewState, graph: ArticleGraph | undefined, sentence: string | null, edges: readonly string[]): ViewState {
  const present = graph ? edges.filter((edge) => graph.hasEdge(edge)) : [];
  const selected = select(state, graph, present.length > 0 ? { kind: 'edge', key: present[0]! } : null);
  return { ...selected, fromSentence: sentence && present.length > 0 ? { sentence, edges: present } : null };
}

export function preview(state: ViewState, edges: readonly string[]): ViewState {
  return state.preview.length === 0 && edges.length === 0 ? state : { ...state, preview: edges };
}

/** A selection the story has not stated yet at its step is let go (and with it the focus). */
function withinStory(state: ViewState): ViewState {
  const step = currentStep(state);
  const selection = state.selection;
  if (!step || !selection) return state;
  const stated = selection.kind === 'node' ? step.shown.nodes : step.shown.edges;
  return stated.has(selection.key) ? state : { ...state, selection: null, fromSentence: null, focusDepth: 0 };
}

/** Starts story mode at `step` (the first by default); nothing happens without steps. */
export function startStory(state: ViewState, steps: readonly StoryStep[], step = 0): ViewState {
  if (steps.length === 0) return state;
  return withinStory({ ...state, story: { steps, step: clampStep(steps, step), playing: false } });
}

export function goToStep(state: ViewState, step: number): ViewState {
  const story = state.story;
  if (!story) return state;
  const next = clampStep(story.steps, step);
  return next === story.step ? state : withinStory({ ...state, story: { ...story, step: next } });
}

/** Plays from the current step; from the last, starts over. */
export function play(state: ViewState): ViewState {
  const story = state.story;
  if (!story) return state;
  const step = story.step === story.steps.length - 1 ? 0 : story.step;
  return withinStory({ ...state, story: { ...story, step, playing: true } });
}

export function pause(state: ViewState): ViewState {
  return state.story?.playing ? { ...state, story: { ...state.story, playing: false } } : state;
}

/** One step on while playing; playing stops at the last paragraph. */
export function advance(state: ViewState): ViewState {
  const story = state.story;
  if (!story?.playing) return state;
  const step = Math.min(story.step + 1, story.steps.length - 1);
  return { ...state, story: { ...story, step, playing: step < story.steps.length - 1 } };
}

export function exitStory(state: ViewState): ViewState {
  return state.story ? { ...state, story: null } : state;
}

function clampStep(steps: readonly StoryStep[], step: number): number {
  return Math.max(0, Math.min(steps.length - 1, Math.round(step)));
}

export function currentStep(state: ViewState): StoryStep | undefined {
  return state.story?.steps[state.story.step];
}

// ---- What the view draws --------------------------------------------------------------------

/** The key of the node whose neighbourhood is all that is shown, if any. */
function focusKey(state: ViewState): string | undefined {
  return state.focusDepth > 0 && state.selection?.kind === 'node' ? state.selection.key : undefined;
}

/** What the filters, the focus and the story leave visible. */
export function visibleElements(graph: ArticleGraph, state: ViewState): ElementSet {
  const key = focusKey(state);
  const onlyNodes = key !== undefined && graph.hasNode(key) ? neighbourhood(graph, key, state.focusDepth) : undefined;
  const visible = filterElements(graph, { hiddenRelations: state.hiddenRelations, hiddenTypes: state.hiddenTypes, onlyNodes });
  const step = currentStep(state);
  if (!step) return visible;
  return {
    nodes: new Set([...visible.nodes].filter((node) => step.shown.nodes.has(node))),
    edges: new Set([...visible.edges].filter((edge) => step.shown.edges.has(edge))),
  };
}

/** The classes the view gives elements, besides `hidden` (what is not visible) and selection. */
export const VIEW_CLASSES = ['faded', 'highlighted', 'labelled', 'story-new'] as const;
export type ViewClass = (typeof VIEW_CLASSES)[number];

/** What Cytoscape is to draw for a view: a class is given to exactly the elements of its set. */
export interface DrawnView {
  visible: ElementSet;
  classes: Record<ViewClass, ElementSet>;
  /** The selected elements: the selection, and every relationship of a sentence chosen in the article. */
  selected: ElementSet;
}

export interface DrawnViewOptions {
  /** What `visibleElements` returned for this state (computed once per change of filters, focus or story). */
  visible: ElementSet;
  /**
   * Fade everything but the hovered element's neighbourhood. Restyling every element on each hover
   * is too slow on a large graph, which only highlights the neighbourhood.
   */
  fadeOnHover: boolean;
}

function emptySet(): ElementSet {
  return { nodes: new Set(), edges: new Set() };
}

/** Every element of the graph but those of `keep`. */
function allBut(graph: ArticleGraph, keep: ElementSet, into: ElementSet): void {
  graph.forEachNode((node) => {
    if (!keep.nodes.has(node)) into.nodes.add(node);
  });
  graph.forEachEdge((edge) => {
    if (!keep.edges.has(edge)) into.edges.add(edge);
  });
}

/** An element, its neighbours and the edges to them (a node); an edge and its two ends. */
function closedNeighbourhood(graph: ArticleGraph, element: Selection): ElementSet {
  if (element.kind === 'edge') return { nodes: new Set(graph.extremities(element.key)), edges: new Set([element.key]) };
  return { nodes: new Set([element.key, ...graph.neighbors(element.key)]), edges: new Set(graph.edges(element.key)) };
}

/**
 * The view reduced to what is drawn:
 * - hovering: the neighbourhood is highlighted and its relationships labelled, the rest faded;
 * - a selected node labels its relationships;
 * - story mode marks what the current paragraph adds (`story-new`);
 * - a sentence previewed from the article highlights its relationships and fades the rest (not while hovering);
 * - a sentence chosen in the article selects and labels all its relationships and highlights their entities.
 */
export function drawnView(graph: ArticleGraph, state: ViewState, options: DrawnViewOptions): DrawnView {
  const classes: Record<ViewClass, ElementSet> = { faded: emptySet(), highlighted: emptySet(), labelled: emptySet(), 'story-new': emptySet() };
  const selected = emptySet();
  const add = (set: ElementSet, kind: SelectionKind, keys: Iterable<string>) => {
    for (const key of keys) set[kind === 'node' ? 'nodes' : 'edges'].add(key);
  };

  const hovered = existing(graph, state.hovered);
  if (hovered) {
    const near = closedNeighbourhood(graph, hovered);
    if (options.fadeOnHover) allBut(graph, near, classes.faded);
    add(classes.highlighted, 'edge', near.edges);
    add(classes.labelled, 'edge', near.edges);
  }
  const selection = existing(graph, state.selection);
  if (selection) add(selected, selection.kind, [selection.key]);
  if (selection?.kind === 'node') add(classes.labelled, 'edge', graph.edges(selection.key));

  const step = currentStep(state);
  if (step) {
    add(classes['story-new'], 'node', step.newNodes.filter((node) => graph.hasNode(node)));
    add(classes['story-new'], 'edge', step.newEdges.filter((edge) => graph.hasEdge(edge)));
  }

  const previewed = state.preview.filter((edge) => graph.hasEdge(edge));
  if (!hovered && previewed.length > 0) {
    const ends = previewed.flatMap((edge) => graph.extremities(edge));
    allBut(graph, { nodes: new Set(ends), edges: new Set(previewed) }, classes.faded);
    add(classes.highlighted, 'edge', previewed);
    add(classes.highlighted, 'node', ends);
    add(classes.labelled, 'edge', previewed);
  }

  const chosen = (state.fromSentence?.edges ?? []).filter((edge) => graph.hasEdge(edge));
  add(selected, 'edge', chosen);
  add(classes.labelled, 'edge', chosen);
  add(classes.highlighted, 'node', chosen.flatMap((edge) => graph.extremities(edge)));

  return { visible: options.visible, classes, selected };
}
