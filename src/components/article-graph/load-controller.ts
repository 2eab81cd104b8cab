/**
 * Loads the graph of one host: from its `graph` property, its `src` URL, or else the curated article
 * dataset. The newest load wins (an older one still running is aborted); a failure is kept to be
 * shown and announced with `ag-error`, and the last good graph stays. What a loaded graph held that
 * could not be read as given is announced with `ag-warning` and shown in a line that can be dismissed.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { GraphInput } from '../../model/load';
import type { ArticleGraph } from '../../model/types';
import type { Problem } from '../../model/validate';
import { emit } from '../../events/events';
import { articleDataset, graphLoader } from './on-demand';

/** The properties of the host that say what to load. */
export interface LoadHost extends ReactiveControllerHost, HTMLElement {
  graph: GraphInput | undefined;
  src: string | undefined;
  maxNodes: number;
  timeout: number;
}

export interface LoadFailure {
  message: string;
  problems: Problem[];
  /** What failed: reading the graph, or drawing one that was read. */
  stage: 'load' | 'draw';
}

export class LoadController implements ReactiveController {
  loading = false;
  failure: LoadFailure | undefined;
  /** What the graph shown held that was ignored or read differently; empty when nothing was. */
  warnings: Problem[] = [];
  private sequence = 0;
  private pending: AbortController | undefined;

  constructor(private readonly host: LoadHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pending?.abort();
  }

  /** Loads what the host asks for; resolves to the graph, or undefined when it failed or a newer load took over. */
  async load(): Promise<ArticleGraph | undefined> {
    const sequence = ++this.sequence;
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    this.setLoading(true);
    const loader = graphLoader();
    const { graph, src, maxNodes, timeout } = this.host;
    try {
      const input = graph ?? src ?? (await articleDataset());
      const { readGraph } = await loader;
      const { graph: data, warnings } = await readGraph(input, { signal: controller.signal, baseUrl: document.baseURI, maxNodes, timeout });
      if (sequence !== this.sequence) return undefined;
      this.failure = undefined;
      this.warnings = warnings;
      if (warnings.length > 0) emit(this.host, 'ag-warning', { message: describeWarnings(warnings), problems: warnings });
      return data;
    } catch (error) {
      // A newer load has taken over: its outcome is the one to show.
      if (sequence !== this.sequence || controller.signal.aborted) return undefined;
      const GraphLoadError = await loader.then((module) => module.GraphLoadError, () => undefined);
      const problems = GraphLoadError && error instanceof GraphLoadError ? error.problems : [];
      const message = error instanceof Error ? error.message : String(error);
      this.fail({ message, problems, stage: 'load' });
      return undefined;
    } finally {
      if (sequence === this.sequence) this.setLoading(false);
    }
  }

  /** A graph that was read could not be drawn: said as a load failure is, with what went wrong. */
  drawFailed(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.warnings = [];
    this.fail({ message: `The graph could not be drawn (${reason})`, problems: [], stage: 'draw' });
  }

  private fail(failure: LoadFailure): void {
    this.failure = failure;
    this.host.requestUpdate();
    emit(this.host, 'ag-error', { message: failure.message, problems: failure.problems });
  }

  dismiss(): void {
    this.failure = undefined;
    this.host.requestUpdate();
  }

  dismissWarnings(): void {
    this.warnings = [];
    this.host.requestUpdate();
  }

  /** One line over the graph saying what was ignored, the list behind a disclosure, and a button to dismiss it. */
  renderWarnings() {
    const warnings = this.warnings;
    if (warnings.length === 0 || this.failure) return nothing;
    const listed = warnings.slice(0, 12);
    return html`<div class="notice" part="notice" role="status">
      <details>
        <summary>${describeWarnings(warnings)}</summary>
        <ul>
          ${listed.map((problem) => html`<li>${problem.where}: ${problem.message}</li>`)}
          ${warnings.length > listed.length ? html`<li>… and ${warnings.length - listed.length} more</li>` : nothing}
        </ul>
      </details>
      <button type="button" aria-label="Dismiss the notice" @click=${() => this.dismissWarnings()}>×</button>
    </div>`;
  }

  /**
   * The failure over the graph, with every problem and its place (the first 12); `stillShown` when a
   * graph stays under it. Without a failure, the notice of what the graph shown held that was ignored.
   */
  /** What is said over the stage while a graph loads, or when the graph shown is empty. */
  renderState(shown: ArticleGraph | undefined) {
    if (shown && shown.order === 0 && !this.failure) return html`<div class="overlay empty"><div><strong>This graph is empty.</strong> It has no entities to show yet.</div></div>`;
    return this.loading && !shown ? html`<div class="overlay loading"><div>Loading the graph…</div></div>` : nothing;
  }

  renderFailure(stillShown: boolean) {
    const failure = this.failure;
    if (!failure) return this.renderWarnings();
    const listed = failure.problems.slice(0, 12);
    const count = failure.problems.length;
    return html`<div class="overlay error" part="error"><div role="alert">
      <h2>${headings[failure.stage][stillShown ? 'stillShown' : 'alone']}</h2>
      ${count === 0 ? html`<p>${failure.message}</p>` : html`<p>${count === 1 ? 'One problem' : `${count} problems`} in the data:</p>`}
      ${listed.length > 0
        ? html`<ul>
            ${listed.map((problem) => html`<li>${problem.where}: ${problem.message}</li>`)}
            ${count > listed.length ? html`<li>… and ${count - listed.length} more</li>` : nothing}
          </ul>`
        : nothing}
      ${stillShown ? html`<button type="button" @click=${() => this.dismiss()}>Dismiss</button>` : nothing}
    </div></div>`;
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.host.requestUpdate();
  }
}

const headings = {
  load: { stillShown: 'Could not load the new graph; the last one is still shown.', alone: 'Could not load the graph.' },
  draw: { stillShown: 'Could not draw the new graph; the last one is still shown.', alone: 'Could not draw the graph.' },
};

/** "2 parts of the data were ignored or read differently." */
function describeWarnings(warnings: readonly Problem[]): string {
  return `${warnings.length === 1 ? 'One part' : `${warnings.length} parts`} of the data ${warnings.length === 1 ? 'was' : 'were'} ignored or read differently.`;
}
