/**
 * ForceAtlas2 off the main thread, as a Cytoscape layout named `forceatlas2`: the graph's
 * structure is copied into a small graphology graph, graphology-layout-forceatlas2's web worker
 * iterates on it, and the positions are set on the nodes once, when it is done. The layout emits
 * `layoutprogress` (with the fraction done) while it runs, and its worker is terminated by
 * `stop()`, so a core that is destroyed mid-layout leaves nothing running.
 */
import cytoscape, { type Core, type CollectionReturnValue } from 'cytoscape';
import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';

export interface ForceAtlas2WorkerOptions {
  /** Stop after this many iterations... */
  maxIterations: number;
  /** ...or after this many milliseconds, whichever comes first. */
  maxDuration: number;
  fit: boolean;
  padding: number;
}

export const FORCE_ATLAS2_DEFAULTS: ForceAtlas2WorkerOptions = {
  maxIterations: 500,
  maxDuration: 1500,
  fit: true,
  padding: 40,
};

/** How often progress is reported and the budget checked, in ms. */
const TICK = 50;
/** Spacing of the starting spiral; ForceAtlas2 scales the result anyway. */
const SPIRAL_STEP = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface LayoutInput extends Partial<ForceAtlas2WorkerOptions> {
  cy: Core;
  eles: CollectionReturnValue;
}

/** Live layouts, for tests that check nothing outlives its element. */
export const runningWorkerLayouts = new Set<object>();

/** Builds the structure-only copy FA2 works on; nodes start on a spiral, so runs are repeatable. */
function structureOf(eles: CollectionReturnValue): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  eles.nodes().forEach((node, index) => {
    const radius = SPIRAL_STEP * Math.sqrt(index + 1);
    graph.addNode(node.id(), { x: radius * Math.cos(index * GOLDEN_ANGLE), y: radius * Math.sin(index * GOLDEN_ANGLE) });
  });
  eles.edges().forEach((edge) => {
    const source = edge.source().id();
    const target = edge.target().id();
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.mergeEdge(source, target);
  });
  return graph;
}

interface EmittingLayout {
  emit(event: string, params?: unknown[]): void;
}

/** One run of the layout: owns the supervisor (and so the worker) until it finishes or is stopped. */
class ForceAtlas2Run {
  private supervisor: FA2LayoutSupervisor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  running = false;

  constructor(
    private readonly options: ForceAtlas2WorkerOptions & LayoutInput,
    private readonly layout: EmittingLayout,
  ) {}

  start(): void {
    const { cy, eles, maxIterations, maxDuration } = this.options;
    this.running = true;
    runningWorkerLayouts.add(this);
    this.layout.emit('layoutstart');
    const graph = structureOf(eles);
    let iterations = 0;
    // The supervisor writes the graph's positions once per iteration.
    graph.on('eachNodeAttributesUpdated', () => iterations++);
    const supervisor = new FA2LayoutSupervisor(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
    this.supervisor = supervisor;
    supervisor.start();
    const started = performance.now();
    const tick = () => {
      if (!this.running) return;
      const done = Math.min(1, Math.max(iterations / maxIterations, (performance.now() - started) / maxDuration));
      this.layout.emit('layoutprogress', [done]);
      if (done < 1) {
        this.timer = setTimeout(tick, TICK);
        return;
      }
      this.release();
      if (cy.destroyed()) return;
      cy.batch(() => {
        eles.nodes().positions((node) => {
          const id = node.id();
          return { x: graph.getNodeAttribute(id, 'x') as number, y: graph.getNodeAttribute(id, 'y') as number };
        });
      });
      if (this.options.fit) cy.fit(eles, this.options.padding);
      this.layout.emit('layoutready');
      this.layout.emit('layoutstop');
    };
    this.timer = setTimeout(tick, TICK);
  }

  stop(): void {
    if (!this.running) return;
    this.release();
    this.layout.emit('layoutstop');
  }

  private release(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = undefined;
    runningWorkerLayouts.delete(this);
  }
}

interface ForceAtlas2WorkerLayout extends EmittingLayout {
  options: ForceAtlas2WorkerOptions & LayoutInput;
  current: ForceAtlas2Run | undefined;
}

/** Cytoscape calls a layout's constructor without `new` (it wraps it), so this is a plain function. */
function ForceAtlas2WorkerLayout(this: ForceAtlas2WorkerLayout, options: LayoutInput): void {
  this.options = { ...FORCE_ATLAS2_DEFAULTS, ...options };
  this.current = undefined;
}

ForceAtlas2WorkerLayout.prototype.run = function run(this: ForceAtlas2WorkerLayout) {
  this.current?.stop();
  this.current = new ForceAtlas2Run(this.options, this);
  this.current.start();
  return this;
};

ForceAtlas2WorkerLayout.prototype.stop = function stop(this: ForceAtlas2WorkerLayout) {
  this.current?.stop();
  return this;
};

let registered = false;

/** Registers the `forceatlas2` layout with Cytoscape; idempotent. */
export function registerForceAtlas2Worker(): void {
  if (registered) return;
  registered = true;
  (cytoscape as unknown as (type: 'layout', name: string, layout: unknown) => void)('layout', 'forceatlas2', ForceAtlas2WorkerLayout);
}
