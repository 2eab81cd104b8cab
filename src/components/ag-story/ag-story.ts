import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { StoryStep } from '../../model/queries';
import { emit } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { agStoryStyles } from './ag-story.styles';

/**
 * The controls of story mode: previous, play or pause, next, a scrubber over the paragraphs and a
 * way out, with what the current paragraph adds to the graph. With the bar focused, the left and
 * right arrow keys step, space plays or pauses and Escape leaves.
 *
 * The element only reports what the reader asks for; the shell owns the step and the timer.
 *
 * @summary Step through the article paragraph by paragraph.
 * @fires ag-story-step - A step was asked for; detail `{ step }`.
 * @fires ag-story-play - Play or pause was asked for; detail `{ playing }`.
 * @fires ag-story-exit - Leaving story mode was asked for.
 */
export class AgStory extends LitElement {
  static override styles = [sharedStyles, agStoryStyles];

  /** The story, one step per paragraph. */
  @property({ attribute: false }) steps: StoryStep[] = [];

  /** Index of the current step, from 0. */
  @property({ type: Number }) step = 0;

  /** Whether the story advances by itself. */
  @property({ type: Boolean }) playing = false;

  /** Show the current paragraph's text in the bar (when the article panel is not in view). */
  @property({ type: Boolean, attribute: 'show-text' }) showText = false;

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.bar')?.focus(options);
  }

  override render() {
    const count = this.steps.length;
    const current = this.steps[this.step];
    if (!current) return nothing;
    const position = `Paragraph ${this.step + 1} of ${count}`;
    return html`<div class="bar card" role="group" aria-label="Story mode: the article paragraph by paragraph" tabindex="0" @keydown=${this.onKey}>
      <div class="controls">
        <button type="button" aria-label="Previous paragraph" title="Previous paragraph (←)" ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>‹</button>
        <button type="button" class="play" aria-label=${this.playing ? 'Pause' : 'Play'} title=${this.playing ? 'Pause (space)' : 'Play (space)'} @click=${this.togglePlay}>
          ${this.playing ? '❚❚' : '▶'}
        </button>
        <button type="button" aria-label="Next paragraph" title="Next paragraph (→)" ?disabled=${this.step === count - 1} @click=${() => this.go(this.step + 1)}>›</button>
        <label class="scrub">
          <span class="position" aria-hidden="true">${this.step + 1} / ${count}</span>
          <input
            type="range"
            min="1"
            max=${count}
            step="1"
            .value=${String(this.step + 1)}
            aria-label="Paragraph"
            aria-valuetext=${position}
            @input=${(event: Event) => this.go(Number((event.target as HTMLInputElement).value) - 1)}
          />
        </label>
        <button type="button" aria-label="Leave story mode" title="Leave story mode (Esc)" @click=${this.exit}>Done</button>
      </div>
      <p class="news" aria-live="polite">
        <span class="visually-hidden">${position}: </span>${this.describe(current)}
      </p>
      ${this.showText ? html`<p class="text">${current.paragraph.sentences.map((s) => s.text).join(' ')}</p>` : nothing}
    </div>`;
  }

  private describe(step: StoryStep) {
    const entities = step.newNodes.length;
    const relationships = step.newEdges.length;
    if (entities === 0 && relationships === 0) return 'Nothing new in the graph in this paragraph.';
    const parts = [
      entities > 0 ? html`<strong>${entities}</strong> new ${entities === 1 ? 'entity' : 'entities'}` : undefined,
      relationships > 0 ? html`<strong>${relationships}</strong> new ${relationships === 1 ? 'relationship' : 'relationships'}` : undefined,
    ].filter(Boolean);
    return html`${parts.map((part, index) => html`${index > 0 ? ', ' : nothing}${part}`)}; ${step.shown.edges.size} stated so far.`;
  }

  private onKey(event: KeyboardEvent) {
    const target = event.composedPath()[0];
    const onRange = target instanceof HTMLInputElement;
    const onButton = target instanceof HTMLButtonElement;
    if (event.key === 'ArrowLeft' && !onRange) this.go(this.step - 1);
    else if (event.key === 'ArrowRight' && !onRange) this.go(this.step + 1);
    else if (event.key === ' ' && !onButton) this.togglePlay();
    else if (event.key === 'Escape') this.exit();
    else return;
    event.preventDefault();
  }

  private go(step: number) {
    const clamped = Math.max(0, Math.min(this.steps.length - 1, step));
    if (clamped === this.step) return;
    emit(this, 'ag-story-step', { step: clamped });
  }

  private togglePlay() {
    emit(this, 'ag-story-play', { playing: !this.playing });
  }

  private exit() {
    emit(this, 'ag-story-exit', null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-story': AgStory;
  }
}
