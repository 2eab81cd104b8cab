/**
 * Story mode of one host: the article read paragraph by paragraph. Owns the current step and the
 * play timer (cleared when the host disconnects); the host reads `current` to decide what is shown.
 */
import type { Core, NodeCollection } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { paragraphsOf, storySteps, type ElementSet, type StoryStep } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';

export interface StoryOptions {
  /** Milliseconds between steps while playing. */
  interval: number;
  /** Called after every change of step, play state or story. */
  changed: () => void;
}

const DEFAULTS: StoryOptions = {
  interval: 3500,
  changed: () => {},
};

export class StoryController implements ReactiveController {
  /** Index of the current step; null outside story mode. */
  step: number | null = null;
  playing = false;

  private readonly options: StoryOptions;
  private graph: ArticleGraph | undefined;
  private paragraphs = 0;
  private stepsCache: StoryStep[] | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: Partial<StoryOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTimer();
    this.playing = false;
  }

  /** Follows a newly loaded graph: its story replaces the old one, and story mode ends. */
  setGraph(graph: ArticleGraph | undefined): void {
    if (graph === this.graph) return;
    this.graph = graph;
    this.paragraphs = graph ? paragraphsOf(graph).length : 0;
    this.stepsCache = undefined;
    this.exit();
  }

  /**
   * One step per paragraph of the graph's source text; empty when it has none. Worked out when
   * first asked for, not on every load: for a long text over a large graph it takes a while.
   */
  get steps(): StoryStep[] {
    this.stepsCache ??= this.graph ? storySteps(this.graph) : [];
    return this.stepsCache;
  }

  get available(): boolean {
    return this.paragraphs > 0;
  }

  get active(): boolean {
    return this.step !== null;
  }

  get current(): StoryStep | undefined {
    return this.step === null ? undefined : this.steps[this.step];
  }

  /** What stays visible of `visible` at the current step: only what has been stated so far. */
  restrict(visible: ElementSet): ElementSet {
    const current = this.current;
    if (!current) return visible;
    return {
      nodes: new Set([...visible.nodes].filter((node) => current.shown.nodes.has(node))),
      edges: new Set([...visible.edges].filter((edge) => current.shown.edges.has(edge))),
    };
  }

  start(step = 0): void {
    if (!this.available) return;
    this.go(step);
  }

  go(step: number): void {
    if (!this.available) return;
    const next = Math.max(0, Math.min(this.steps.length - 1, Math.round(step)));
    if (next === this.step) return;
    this.step = next;
    if (this.playing) this.schedule();
    this.notify();
  }

  next(): void {
    this.go((this.step ?? -1) + 1);
  }

  previous(): void {
    this.go((this.step ?? 1) - 1);
  }

  /** Advances every `interval` ms until the last paragraph; from the last, starts over. */
  play(): void {
    if (!this.available) return;
    if (this.step === null || this.step === this.steps.length - 1) this.step = 0;
    this.playing = true;
    this.schedule();
    this.notify();
  }

  pause(): void {
    if (!this.playing) return;
    this.stopTimer();
    this.playing = false;
    this.notify();
  }

  exit(): void {
    const was = this.step !== null || this.playing;
    this.stopTimer();
    this.playing = false;
    this.step = null;
    if (was) this.notify();
  }

  private schedule(): void {
    this.stopTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.step === null) return;
      this.step += 1;
      if (this.step >= this.steps.length - 1) {
        this.step = this.steps.length - 1;
        this.playing = false;
      } else {
        this.schedule();
      }
      this.notify();
    }, this.options.interval);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private notify(): void {
    this.host.requestUpdate();
    this.options.changed();
  }
}

/**
 * Fits `elements` into the stage above a band of `bottomInset` px (where the story bar sits), so
 * that the whole story is in view at every step and nothing moves as paragraphs add to it.
 */
export function fitAbove(cy: Core, nodes: NodeCollection, bottomInset: number, padding = 30): void {
  if (nodes.empty()) return;
  cy.resize();
  const box = nodeExtent(nodes);
  const width = Math.max(1, cy.width() - 2 * padding);
  const height = Math.max(1, cy.height() - bottomInset - 2 * padding);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1))));
  cy.viewport({
    zoom,
    pan: { x: padding + (width - box.w * zoom) / 2 - box.x1 * zoom, y: padding + (height - box.h * zoom) / 2 - box.y1 * zoom },
  });
}

/**
 * The model-space box around nodes and their labels, computed from positions: Cytoscape's own
 * bounding box leaves out nodes not displayed, and most are not, early in the story.
 */
function nodeExtent(nodes: NodeCollection): { x1: number; y1: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const half = Math.max(node.width(), node.height()) / 2;
    // Labels sit under the node and are wider than it.
    x1 = Math.min(x1, x - half - LABEL_SPREAD);
    x2 = Math.max(x2, x + half + LABEL_SPREAD);
    y1 = Math.min(y1, y - half);
    y2 = Math.max(y2, y + half + LABEL_DEPTH);
  });
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** Room for a node's label, in model units: beside it and below it. */
const LABEL_SPREAD = 45;
const LABEL_DEPTH = 40;
