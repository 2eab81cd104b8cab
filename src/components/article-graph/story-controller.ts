/**
 * Story mode of one host: the article read paragraph by paragraph. The step and play state are part
 * of the view (view-state.ts); this controller works out the steps of a graph when first asked and
 * owns the play timer, cleared when the host disconnects or the story stops playing.
 */
import type { Core, NodeCollection } from 'cytoscape';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { paragraphsOf, storySteps, type StoryStep } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';
import { advance, currentStep, exitStory, goToStep, pause, play, startStory } from '../../view/view-state';
import type { AgStory } from '../ag-story/ag-story';
import type { CytoscapeController } from './cytoscape-controller';
import { defineLaterParts } from './on-demand';
import type { PanelsController } from './panels-controller';
import type { ViewController } from './view-controller';

export interface StoryOptions {
  /** Milliseconds between steps while playing. */
  interval: number;
}

const DEFAULTS: StoryOptions = { interval: 3500 };

export class StoryController implements ReactiveController {
  private readonly options: StoryOptions;
  private graph: ArticleGraph | undefined;
  private paragraphs = 0;
  private stepsCache: StoryStep[] | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The step the timer was set for: a step taken by hand while playing starts the wait again. */
  private timedStep: number | undefined;
  /** The toolbar's button in and out of story mode, which focus goes back to when the story ends. */
  readonly toggleButton = createRef<HTMLButtonElement>();
  private readonly bar = createRef<AgStory>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: ViewController,
    private readonly cytoscape: CytoscapeController,
    private readonly panels: PanelsController,
    options: Partial<StoryOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTimer();
    this.view.update(pause);
  }

  hostUpdated(): void {
    const story = this.view.state.story;
    if (!story?.playing) this.stopTimer();
    else if (this.timer === undefined || this.timedStep !== story.step) this.schedule(story.step);
  }

  /** Follows a newly loaded graph: its story replaces the old one. */
  setGraph(graph: ArticleGraph | undefined): void {
    if (graph === this.graph) return;
    this.graph = graph;
    this.paragraphs = graph ? paragraphsOf(graph).length : 0;
    this.stepsCache = undefined;
    this.stopTimer();
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
    return this.view.state.story !== null;
  }

  get playing(): boolean {
    return this.view.state.story?.playing ?? false;
  }

  /** Index of the current step; null outside story mode. */
  get step(): number | null {
    return this.view.state.story?.step ?? null;
  }

  get current(): StoryStep | undefined {
    return currentStep(this.view.state);
  }

  start(step = 0): void {
    if (this.available) this.view.update((state) => startStory(state, this.steps, step));
  }

  go(step: number): void {
    this.view.update((state) => goToStep(state, step));
  }

  play(): void {
    this.view.update(play);
  }

  pause(): void {
    this.view.update(pause);
  }

  exit(): void {
    this.stopTimer();
    this.view.update(exitStory);
  }

  /**
   * Starts story mode, with the paragraph alongside and the whole story fitted above the bar, or
   * leaves it, back to the whole graph. Focus goes to the bar, or back to the toggle.
   */
  readonly toggle = async (): Promise<void> => {
    await defineLaterParts().catch(() => undefined);
    if (this.active) {
      this.exit();
      await this.host.updateComplete;
      this.toggleButton.value?.focus();
      this.cytoscape.frame();
      return;
    }
    this.panels.storyStarted();
    this.start();
    await this.host.updateComplete;
    this.bar.value?.focus();
    await this.cytoscape.nextRender();
    const cy = this.cytoscape.cy;
    const whole = this.steps[this.steps.length - 1]?.shown;
    const bar = this.bar.value;
    if (!cy || !bar || !whole) return;
    cy.stop();
    fitAbove(cy, cy.nodes().filter((node) => whole.nodes.has(node.data('key'))), bar.getBoundingClientRect().height + 12);
  };

  /** The story bar over the stage, while in story mode; `showText` when the article is not in view. */
  renderBar(showText: boolean) {
    const story = this.view.state.story;
    if (!story) return nothing;
    return html`<ag-story class="story" .steps=${story.steps} .step=${story.step} ?playing=${story.playing} ?show-text=${showText}
      @ag-story-step=${(event: CustomEvent<{ step: number }>) => this.go(event.detail.step)}
      @ag-story-play=${(event: CustomEvent<{ playing: boolean }>) => (event.detail.playing ? this.play() : this.pause())}
      @ag-story-exit=${this.toggle} ${ref(this.bar)}></ag-story>`;
  }

  private schedule(step: number): void {
    this.stopTimer();
    this.timedStep = step;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.view.update(advance);
    }, this.options.interval);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timedStep = undefined;
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
