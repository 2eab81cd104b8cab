import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  addAlias,
  addEntity,
  addEvidence,
  addRelationship,
  entityLabel,
  emptyArticleGraph,
  relationshipsOf,
  removeEntity,
  removeEvidence,
  removeRelationship,
  sentenceTexts,
  setArticle,
  setPositions,
  sourceOf,
  updateEntity,
  updateRelationship,
} from '../../model/authoring';
import type { SuggestionKind } from '../../model/entity-suggestions';
import { findMentions, namesOf, type Mention, type NamedEntity } from '../../model/mentions';
import { placeProblems } from '../../model/problems';
import { quotesFor } from '../../model/quotes';
import { joinArticle } from '../../model/segment';
import type { Evidence, SerializedArticleGraph } from '../../model/types';
import { describeProblem, validateSerializedGraph } from '../../model/validate';
import { emit, type AgEntitySubmitDetail, type AgRelationSubmitDetail } from '../../events/events';
import { download } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import type { ArticleGraphElement } from '../article-graph/article-graph';
import { sharedStyles } from '../shared/shared.styles';
import { agEditorStyles } from './ag-editor.styles';
import { DraftsController } from './drafts-controller';
import { embedSnippet } from './embed-snippet';
import { renderEntities, renderRelationships, type OutlineAction } from './outline';
import { PreviewController } from './preview-controller';
import { SelectionController } from './selection-controller';
import { SuggestionsController } from './suggestions-controller';
import { renderText } from './text-view';

export type EditorTheme = 'light' | 'dark' | 'auto';

type OpenForm = { kind: 'entity' | 'relation'; editing: string | null; words: string; quotes: Evidence[]; type?: string } | null;

/** Vocabulary types for the kinds of suggestion, the first one a graph defines. */
const KIND_TYPES: Record<SuggestionKind, string[]> = {
  person: ['person', 'people'],
  place: ['place', 'location', 'country'],
  organisation: ['organisation', 'organization', 'group', 'company'],
};
const KIND_LABELS: Record<SuggestionKind, string> = { person: 'People', place: 'Places', organisation: 'Organisations' };

/** Facts of the graph that depend only on it, worked out once per state. */
interface Annotations {
  entities: NamedEntity[];
  mentions: Map<string, Mention[]>;
  mentionCounts: Map<string, number>;
  evidence: Map<string, number>;
  sentences: Map<string, string>;
}

function annotate(graph: SerializedArticleGraph): Annotations {
  const entities = graph.nodes.map((node) => ({ key: String(node.key), names: namesOf(String(node.key), node.attributes) }));
  const sentences = sentenceTexts(graph);
  const mentions = new Map<string, Mention[]>();
  const mentionCounts = new Map<string, number>();
  for (const [id, text] of sentences) {
    const found = findMentions(text, entities);
    mentions.set(id, found);
    for (const mention of found) mentionCounts.set(mention.key, (mentionCounts.get(mention.key) ?? 0) + 1);
  }
  const evidence = new Map<string, number>();
  for (const edge of graph.edges) {
    for (const sentence of new Set((edge.attributes?.evidence ?? []).map((item) => item.sentence))) evidence.set(sentence, (evidence.get(sentence) ?? 0) + 1);
  }
  return { entities, mentions, mentionCounts, evidence, sentences };
}

/**
 * An editor for article graphs: paste an article, select the words that name an entity or state a
 * relationship, and the graph is made as you go, every relationship tied to the sentence that states
 * it. Likely entities are suggested; every change is validated, saved in the browser (several drafts
 * by name) and can be undone; a live `<article-graph>` shows the result, which exports as the
 * graphology JSON the viewer reads, with the snippet to embed it.
 *
 * Keyboard: in the text, the arrow keys move between sentences and Enter selects one; E adds an
 * entity and R a relationship from the selected words; Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y)
 * redoes.
 *
 * @summary Make an article graph from an article's text, with the evidence for every relationship.
 *
 * @fires ag-change - After every change of the graph being made (an edit, undo or redo, a new text, an import, another draft opened); detail `{ graph, problems, label }`.
 *
 * @csspart toolbar - The bar with drafts, undo and redo, import, export and embed.
 * @csspart text - The article's text, where words are selected.
 * @csspart work - The forms and the lists of entities and relationships.
 * @csspart preview - The live preview of the graph.
 *
 * @cssprop --ag-background - Background of the editor. [=#ffffff]
 * @cssprop --ag-surface - Background of toolbars, forms and lists. [=#f9fafb]
 * @cssprop --ag-text - Text colour. [=#1f2937]
 * @cssprop --ag-muted - Secondary text. [=#4b5563]
 * @cssprop --ag-border - Borders and dividers. [=#d1d5db]
 * @cssprop --ag-accent - The confirming buttons and the selection. [=#b45309]
 * @cssprop --ag-focus - Keyboard focus ring. [=#2563eb]
 * @cssprop --ag-font-family - Font of the interface. [=system-ui]
 */
export class AgEditorElement extends LitElement {
  static override styles = [sharedStyles, agEditorStyles];

  /** Where drafts are saved in the browser: editors with the same key share their drafts. Read when the editor connects. */
  @property({ attribute: 'storage-key' }) storageKey = 'ag-editor';

  /** URL of the `<article-graph>` bundle that the embed snippet loads. */
  @property({ attribute: 'bundle-url' }) bundleUrl = '/assets/article-graph/article-graph.js';

  /** Colour scheme of the editor and its preview: `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: EditorTheme = 'auto';

  @state() private form: OpenForm = null;
  @state() private editingArticle = false;
  @state() private focused: { kind: 'entity' | 'relationship'; key: string } | null = null;
  @state() private notice: { message: string; details: string[] } | null = null;
  @state() private announcement = '';
  @state() private panel: 'embed' | 'rename' | 'delete' | null = null;

  @query('.text') private textContainer!: HTMLElement | null;
  @query('article-graph') private previewElement!: ArticleGraphElement | null;

  private readonly drafts = new DraftsController(this, {
    namespace: () => this.storageKey,
    changed: (label) => this.changed(label),
  });
  private readonly selection = new SelectionController(this, () => this.textContainer);
  private readonly suggestions = new SuggestionsController(this);
  private readonly preview = new PreviewController(this, {
    element: () => this.previewElement,
    moved: (positions, label) => {
      const next = setPositions(this.drafts.graph, positions);
      this.preview.adopt(next);
      this.drafts.change(label, next);
    },
  });
  private annotations: { graph: SerializedArticleGraph; value: Annotations } | undefined;
  /** Set before the editor restored its drafts: applied right after. */
  private pending: { text?: string; graph?: unknown } = {};
  private tabStop: string | undefined;

  /** The article's text: paragraphs separated by blank lines. Setting it reads a new text into the graph being made (an undoable step). */
  get text(): string {
    return joinArticle(sourceOf(this.drafts.graph).paragraphs);
  }
  set text(value: string) {
    if (!this.isConnected) {
      this.pending.text = value;
      return;
    }
    this.readText(String(value ?? ''));
  }

  /** The graph being made, in graphology's serialization format (a copy). Set a serialized graph (or a graphology `Graph`) to continue it. */
  get graph(): SerializedArticleGraph {
    return structuredClone(this.drafts.graph);
  }
  set graph(value: unknown) {
    if (!this.isConnected) {
      this.pending.graph = value;
      return;
    }
    this.openGraph(value, 'Open a graph');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const { text, graph } = this.pending;
    this.pending = {};
    if (graph !== undefined) this.openGraph(graph, 'Open a graph');
    if (text !== undefined) this.readText(text);
  }

  /** Undoes the last change. */
  undo(): void {
    const label = this.drafts.undo();
    this.announce(label ? `Undone: ${label}` : 'Nothing to undo');
  }

  /** Redoes the last change undone. */
  redo(): void {
    const label = this.drafts.redo();
    this.announce(label ? `Redone: ${label}` : 'Nothing to redo');
  }

  /** Downloads the graph being made as a graphology JSON file, the format `<article-graph>` reads. */
  exportJson(): void {
    const graph = this.drafts.graph;
    download(new Blob([`${JSON.stringify(graph, null, 2)}\n`], { type: 'application/json' }), exportFileName(graph.attributes, 'json'));
    this.announce('Exported the graph as JSON');
  }

  /** Opens a graphology JSON file as a new draft; a file that is not a valid graph is refused with every problem. */
  async importFile(file: File): Promise<void> {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      this.notice = { message: `${file.name} could not be imported: it is not JSON.`, details: [] };
      return;
    }
    const problems = validateSerializedGraph(data);
    if (problems.length > 0) {
      this.notice = { message: `${file.name} could not be imported: it has ${problems.length} problem${problems.length > 1 ? 's' : ''}. Nothing was changed.`, details: problems.slice(0, 12).map(describeProblem) };
      return;
    }
    this.notice = null;
    this.closeForm();
    this.drafts.create(normalise(data as SerializedArticleGraph), `Import ${file.name}`);
    this.announce(`Imported ${file.name} as a new draft`);
  }

  // ---- Changes -----------------------------------------------------------------------------------

  private changed(label: string): void {
    // Anything chosen in the old text no longer points at the same words.
    if (!/^(Add|Remove|Change|Move|Arrange)/.test(label)) this.selection.clear();
    const graph = this.drafts.graph;
    this.preview.show(graph);
    void this.suggestions.read(this.text);
    emit(this, 'ag-change', { graph: structuredClone(graph), problems: this.drafts.problems, label });
  }

  private readText(text: string, details = sourceOf(this.drafts.graph)): void {
    const graph = this.drafts.graph;
    const same = text === this.text && details.title === sourceOf(graph).title && details.outlet === sourceOf(graph).outlet && details.published === sourceOf(graph).published && details.url === sourceOf(graph).url;
    if (same) return;
    this.drafts.change(sourceOf(graph).paragraphs.length > 0 ? 'Change the article' : 'Read the article', setArticle(graph, details, text));
  }

  private openGraph(value: unknown, label: string): void {
    const data = typeof (value as { export?: unknown })?.export === 'function' ? (value as { export(): unknown }).export() : value;
    const problems = validateSerializedGraph(data);
    if (problems.length > 0) {
      this.notice = { message: `That graph could not be opened: it has ${problems.length} problem${problems.length > 1 ? 's' : ''}. Nothing was changed.`, details: problems.slice(0, 12).map(describeProblem) };
      return;
    }
    this.drafts.change(label, normalise(structuredClone(data) as SerializedArticleGraph));
  }

  private apply(label: string, next: SerializedArticleGraph, announcement = label): void {
    this.drafts.change(label, next);
    this.announce(announcement);
  }

  private announce(message: string): void {
    // The same words twice are still read out.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  // ---- Selection and forms -----------------------------------------------------------------------

  private selectedQuotes(): Evidence[] {
    return quotesFor(this.selection.ranges, this.annotate().sentences);
  }

  private openEntityForm(editing: string | null = null): void {
    const words = this.selectedQuotes()[0]?.quote ?? '';
    const suggestion = this.suggestions.all.find((s) => s.name === words);
    this.form = { kind: 'entity', editing, words: editing ? '' : words, quotes: [], type: suggestion && this.typeFor(suggestion.kind) };
  }

  private openRelationForm(editing: string | null = null): void {
    this.form = { kind: 'relation', editing, words: '', quotes: editing ? [] : this.selectedQuotes() };
  }

  private closeForm(): void {
    const was = this.form;
    this.form = null;
    if (was) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.selection-bar button')?.focus());
  }

  private onEntitySubmit(event: CustomEvent<AgEntitySubmitDetail>): void {
    const detail = event.detail;
    const graph = this.drafts.graph;
    try {
      if (detail.action === 'add') {
        const { graph: next, key } = addEntity(graph, detail.entity);
        this.apply(`Add entity ${detail.entity.label}`, next);
        this.focused = { kind: 'entity', key };
      } else if (detail.action === 'update') {
        this.apply(`Change entity ${detail.entity.label}`, updateEntity(graph, detail.key, detail.entity));
      } else {
        this.apply(`Add the name “${detail.alias}” to ${entityLabel(graph, detail.key)}`, addAlias(graph, detail.key, detail.alias));
      }
    } catch (error) {
      this.notice = { message: (error as Error).message, details: [] };
      return;
    }
    this.selection.clear();
    this.closeForm();
  }

  private onRelationSubmit(event: CustomEvent<AgRelationSubmitDetail>): void {
    const detail = event.detail;
    const graph = this.drafts.graph;
    try {
      if (detail.action === 'add') {
        const { graph: next, key } = addRelationship(graph, detail.relationship);
        this.apply(`Add relationship ${entityLabel(graph, detail.relationship.source)} – ${entityLabel(graph, detail.relationship.target)}`, next);
        this.focused = { kind: 'relationship', key };
      } else if (detail.action === 'update') {
        this.apply(`Change relationship ${entityLabel(graph, detail.relationship.source)} – ${entityLabel(graph, detail.relationship.target)}`, updateRelationship(graph, detail.key, detail.relationship));
      } else {
        this.apply('Add a quote', addEvidence(graph, detail.key, detail.evidence));
      }
    } catch (error) {
      this.notice = { message: (error as Error).message, details: [] };
      return;
    }
    this.selection.clear();
    this.closeForm();
  }

  private act(action: OutlineAction): void {
    const graph = this.drafts.graph;
    switch (action.kind) {
      case 'focus-entity':
      case 'focus-relationship': {
        const kind = action.kind === 'focus-entity' ? 'entity' : 'relationship';
        const same = this.focused?.kind === kind && this.focused.key === action.key;
        this.focused = same ? null : { kind, key: action.key };
        if (!same) this.previewElement?.select({ kind: kind === 'entity' ? 'node' : 'edge', key: action.key });
        if (!same && kind === 'relationship') void this.updateComplete.then(() => this.textContainer?.querySelector('mark.quote')?.scrollIntoView({ block: 'nearest' }));
        return;
      }
      case 'edit-entity':
        return this.openEntityForm(action.key);
      case 'edit-relationship':
        return this.openRelationForm(action.key);
      case 'alias-entity': {
        const words = this.selectedQuotes()[0]?.quote;
        if (words) this.apply(`Add the name “${words}” to ${entityLabel(graph, action.key)}`, addAlias(graph, action.key, words));
        this.selection.clear();
        return;
      }
      case 'quote-relationship': {
        const quotes = this.selectedQuotes();
        if (quotes.length > 0) this.apply('Add a quote', addEvidence(graph, action.key, quotes), `Added ${quotes.length === 1 ? 'a quote' : `${quotes.length} quotes`}`);
        this.selection.clear();
        return;
      }
      case 'remove-entity': {
        const count = relationshipsOf(graph, action.key);
        const label = entityLabel(graph, action.key);
        if (this.focused?.key === action.key) this.focused = null;
        return this.apply(`Remove ${label}`, removeEntity(graph, action.key), `Removed ${label}${count > 0 ? ` and ${count} relationship${count > 1 ? 's' : ''}` : ''}. Ctrl+Z undoes it.`);
      }
      case 'remove-relationship':
        if (this.focused?.key === action.key) this.focused = null;
        return this.apply('Remove a relationship', removeRelationship(graph, action.key), 'Removed the relationship. Ctrl+Z undoes it.');
      case 'remove-quote':
        return this.apply('Remove a quote', removeEvidence(graph, action.key, action.index));
      case 'show-sentence': {
        const sentence = this.textContainer?.querySelector<HTMLElement>(`[data-sentence="${CSS.escape(action.sentence)}"]`);
        sentence?.scrollIntoView({ block: 'center' });
        sentence?.focus();
      }
    }
  }

  private typeFor(kind: SuggestionKind): string | undefined {
    const types = this.drafts.graph.attributes?.vocabulary?.entityTypes ?? {};
    return KIND_TYPES[kind].find((key) => Object.hasOwn(types, key));
  }

  private addSuggestion(name: string, kind: SuggestionKind): void {
    const type = this.typeFor(kind);
    const { graph, key } = addEntity(this.drafts.graph, { label: name, type: type ? { key: type } : { label: KIND_LABELS[kind] }, aliases: [name] });
    this.apply(`Add entity ${name}`, graph);
    this.focused = { kind: 'entity', key };
  }

  // ---- Keyboard ----------------------------------------------------------------------------------

  private onKey(event: KeyboardEvent): void {
    if (event.composedPath().some((target) => target instanceof HTMLElement && target.localName === 'article-graph')) return;
    const inField = event.composedPath().some((target) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !inField && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
    } else if (mod && !inField && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      this.redo();
    } else if (!mod && !event.altKey && !inField && !this.form && this.text !== '') {
      if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        this.openEntityForm();
      } else if (event.key === 'r' || event.key === 'R') {
        event.preventDefault();
        this.openRelationForm();
      }
    } else if (event.key === 'Escape' && this.panel) {
      this.panel = null;
    }
  }

  /** Arrow keys move between sentences (one Tab stop for the whole text); Enter or Space selects one. */
  private onTextKey(event: KeyboardEvent): void {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-sentence]');
    if (!current || !this.textContainer) return;
    const all = [...this.textContainer.querySelectorAll<HTMLElement>('[data-sentence]')];
    const index = all.indexOf(current);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves && !event.shiftKey) {
      event.preventDefault();
      const next = all[Math.max(0, Math.min(all.length - 1, moves[event.key]))];
      current.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
      this.tabStop = next.dataset.sentence;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selection.chooseSentence(current);
      this.tabStop = current.dataset.sentence;
      this.announce(`Selected sentence ${current.dataset.sentence}. Press E to add an entity, R to add a relationship.`);
    }
  }

  // ---- Drafts ------------------------------------------------------------------------------------

  private onImport(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFile(file);
  }

  private submitArticle(event: Event): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '');
    const text = field('text');
    if (field('title').trim() === '' || text.trim() === '') {
      this.notice = { message: 'The article needs a title and a text.', details: [] };
      return;
    }
    this.notice = null;
    this.editingArticle = false;
    this.readText(text, { title: field('title'), outlet: field('outlet'), published: field('published'), url: field('url'), paragraphs: [] });
    this.announce('Read the article. Select words to add entities and relationships.');
  }

  private async copySnippet(snippet: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.announce('Copied the embed snippet');
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.embed textarea');
      area?.select();
      this.announce('Select-all done: press Ctrl+C to copy the snippet');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.previewElement?.setAttribute('theme', this.theme);
    // The preview's element exists once it has rendered; show it what is there.
    if (this.preview.loaded) this.preview.show(this.drafts.graph);
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  private annotate(): Annotations {
    const graph = this.drafts.graph;
    if (this.annotations?.graph !== graph) this.annotations = { graph, value: annotate(graph) };
    return this.annotations.value;
  }

  override render() {
    const graph = this.drafts.graph;
    const source = sourceOf(graph);
    const hasText = source.paragraphs.length > 0;
    return html`<div class="editor" @keydown=${this.onKey} @ag-entity-submit=${this.onEntitySubmit} @ag-relation-submit=${this.onRelationSubmit} @ag-close=${this.closeForm}>
      ${this.renderToolbar()}
      ${this.renderNotice()}
      <div class="body">
        <section class="text-column" part="text" aria-label="Article">
          ${!hasText || this.editingArticle ? this.renderArticleForm() : this.renderArticle()}
        </section>
        <section class="work" part="work" aria-label="Entities and relationships">${this.renderWork(hasText)}</section>
        <section class="preview" part="preview" aria-label="Preview">
          <div class="preview-head">
            <h2>Preview</h2>
            <button type="button" ?disabled=${graph.nodes.length < 2 || !this.preview.loaded} @click=${() => void this.preview.arrange()} title="Lay the entities out again (drag them to place them by hand)">Arrange</button>
          </div>
          ${this.preview.failed
            ? html`<p class="hint">The preview could not be loaded. <button type="button" @click=${() => void this.preview.load()}>Try again</button></p>`
            : html`<article-graph theme=${this.theme} panels="legend details"></article-graph>`}
        </section>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar() {
    const drafts = this.drafts;
    const problems = drafts.problems.length;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label="Editor">
      <div class="group drafts">
        ${this.panel === 'rename'
          ? html`<form class="rename" @submit=${(e: Event) => {
              e.preventDefault();
              drafts.rename(String(new FormData(e.target as HTMLFormElement).get('name') ?? ''));
              this.panel = null;
            }}>
              <label for="draft-name" class="visually-hidden">Draft name</label>
              <input id="draft-name" name="name" .value=${drafts.entry.name} autocomplete="off" />
              <button type="submit">Save name</button>
              <button type="button" @click=${() => (this.panel = null)}>Cancel</button>
            </form>`
          : html`<label for="draft" class="label">Draft</label>
              <select id="draft" @change=${(e: Event) => {
                this.closeForm();
                drafts.open((e.target as HTMLSelectElement).value);
              }}>
                ${drafts.drafts.some((d) => d.id === drafts.entry.id) ? nothing : html`<option value=${drafts.entry.id} selected>${drafts.entry.name}</option>`}
                ${drafts.drafts.map((d) => html`<option value=${d.id} ?selected=${d.id === drafts.entry.id}>${d.name}</option>`)}
              </select>
              <button type="button" @click=${() => {
                this.closeForm();
                drafts.create();
              }}>New draft</button>
              <button type="button" @click=${() => (this.panel = 'rename')}>Rename</button>
              ${this.panel === 'delete'
                ? html`<button type="button" class="danger" @click=${() => {
                    this.panel = null;
                    drafts.remove();
                  }}>Delete “${drafts.entry.name}”</button><button type="button" @click=${() => (this.panel = null)}>Keep it</button>`
                : html`<button type="button" @click=${() => (this.panel = 'delete')}>Delete draft</button>`}`}
      </div>
      <div class="group">
        <button type="button" aria-keyshortcuts="Control+Z" ?disabled=${!drafts.canUndo} title="Undo (Ctrl+Z)" @click=${this.undo}>Undo</button>
        <button type="button" aria-keyshortcuts="Control+Shift+Z Control+Y" ?disabled=${!drafts.canRedo} title="Redo (Ctrl+Shift+Z)" @click=${this.redo}>Redo</button>
      </div>
      <div class="group">
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click()}>Import</button>
        <input type="file" accept=".json,application/json" class="visually-hidden" tabindex="-1" aria-hidden="true" @change=${this.onImport} />
        <button type="button" @click=${this.exportJson}>Export</button>
        <button type="button" aria-expanded=${String(this.panel === 'embed')} @click=${() => (this.panel = this.panel === 'embed' ? null : 'embed')}>Embed</button>
      </div>
      <span class="spacer"></span>
      <span class="status ${drafts.status.kind}">${drafts.status.kind === 'error' ? 'Not saved' : drafts.status.message}${problems > 0 ? html` · <span class="problem-count">${problems} problem${problems > 1 ? 's' : ''}</span>` : nothing}</span>
      ${this.panel === 'embed' ? this.renderEmbed() : nothing}
    </div>`;
  }

  private renderEmbed() {
    const file = exportFileName(this.drafts.graph.attributes, 'json');
    const snippet = embedSnippet(file, this.bundleUrl);
    return html`<div class="embed card" role="group" aria-label="Embed">
      <p>Export the graph (<strong>${file}</strong>), put the file next to your page, and paste:</p>
      <textarea readonly rows="3" aria-label="Embed snippet" .value=${snippet}></textarea>
      <div class="actions">
        <button type="button" class="primary" @click=${() => void this.copySnippet(snippet)}>Copy snippet</button>
        <button type="button" @click=${() => (this.panel = null)}>Close</button>
      </div>
    </div>`;
  }

  private renderNotice() {
    const status = this.drafts.status;
    return html`${status.kind === 'error'
      ? html`<div class="notice" role="alert">
          <p>${status.message}</p>
          <div class="actions"><button type="button" @click=${() => this.drafts.retry()}>Try again</button> <button type="button" @click=${this.exportJson}>Export</button></div>
        </div>`
      : nothing}
    ${this.notice
      ? html`<div class="notice" role="alert">
          <p>${this.notice.message}</p>
          ${this.notice.details.length > 0 ? html`<ul>${this.notice.details.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
          <button type="button" @click=${() => (this.notice = null)}>Dismiss</button>
        </div>`
      : nothing}`;
  }

  private renderArticleForm() {
    const source = sourceOf(this.drafts.graph);
    const editing = source.paragraphs.length > 0;
    return html`<form class="article-form" @submit=${this.submitArticle} aria-labelledby="article-heading">
      <h2 id="article-heading">${editing ? 'Change the article' : 'The article'}</h2>
      <p class="hint">Paste or type the article. Paragraphs are separated by blank lines; the text is cut into sentences, and every relationship will quote one.</p>
      <div class="field"><label for="title">Title</label><input id="title" name="title" required autocomplete="off" .value=${source.title} /></div>
      <div class="row">
        <div class="field"><label for="outlet">Outlet</label><input id="outlet" name="outlet" autocomplete="off" .value=${source.outlet ?? ''} /></div>
        <div class="field">
          <label for="published">Date</label>
          <input id="published" name="published" autocomplete="off" placeholder="2023-11-02 or 2023-11-02T23:18" pattern="\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?" .value=${source.published ?? ''} />
        </div>
      </div>
      <div class="field"><label for="url">Address (URL)</label><input id="url" name="url" type="url" autocomplete="off" placeholder="https://…" .value=${source.url ?? ''} /></div>
      <div class="field"><label for="text">Text</label><textarea id="text" name="text" required rows="14" .value=${this.text}></textarea></div>
      ${editing ? html`<p class="hint">Quotes follow their words to wherever they now are; any whose words are gone are listed as problems.</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary">${editing ? 'Save the article' : 'Read the text'}</button>
        ${editing ? html`<button type="button" @click=${() => (this.editingArticle = false)}>Cancel</button>` : nothing}
      </div>
    </form>`;
  }

  private renderArticle() {
    const graph = this.drafts.graph;
    const source = sourceOf(graph);
    const notes = this.annotate();
    const quotes = this.selectedQuotes();
    const focusedEdge = this.focused?.kind === 'relationship' ? graph.edges.find((edge) => String(edge.key) === this.focused!.key) : undefined;
    const marked = new Map<string, string[]>();
    for (const item of focusedEdge?.attributes?.evidence ?? []) marked.set(item.sentence, [...(marked.get(item.sentence) ?? []), item.quote]);
    const typeOf = new Map(graph.nodes.map((node) => [String(node.key), String(node.attributes?.type ?? '')]));
    return html`<header class="article-head">
        <div>
          <h2 class="title">${source.title}</h2>
          <p class="meta">${[source.outlet, source.published].filter(Boolean).join(' · ')}</p>
        </div>
        <button type="button" @click=${() => (this.editingArticle = true)}>Change the article</button>
      </header>
      <div class="selection-bar" role="group" aria-label="Selected words">
        ${quotes.length > 0
          ? html`<p class="selected" title=${quotes.length > 1 ? 'A new entity takes the words of the first sentence; a relationship gets one quote per sentence.' : nothing}>
              ${quotes.length > 1 ? html`<span class="across">Across ${quotes.length} sentences, one quote each:</span> ` : html`<span class="visually-hidden">Selected: </span>`}${quotes.map(
                (q, i) => html`${i > 0 ? ' … ' : ''}<q>${q.quote}</q> <span class="sentence-id">${q.sentence}</span>`,
              )}
            </p>`
          : html`<p class="hint">Select words in the text, then add them as an entity or a relationship. Keyboard: Tab to the text, arrow keys to a sentence, Enter to select it.</p>`}
        <div class="actions">
          <button type="button" aria-keyshortcuts="E" title="Add entity (E)" @click=${() => this.openEntityForm()}>Add entity</button>
          <button type="button" aria-keyshortcuts="R" title="Add relationship (R)" ?disabled=${graph.nodes.length === 0} @click=${() => this.openRelationForm()}>Add relationship</button>
        </div>
      </div>
      <div class="text" role="group" aria-label="Article text: arrow keys move between sentences, Enter selects one" @keydown=${this.onTextKey}>
        ${renderText({
          paragraphs: source.paragraphs,
          mentions: notes.mentions,
          quotes: marked,
          evidence: notes.evidence,
          focusedEntity: this.focused?.kind === 'entity' ? this.focused.key : undefined,
          colourOf: (key) => this.preview.colours.get(typeOf.get(key) ?? '') ?? 'var(--_accent)',
          labelOf: (key) => entityLabel(graph, key),
          tabStop: this.tabStop,
        })}
      </div>`;
  }

  private renderWork(hasText: boolean) {
    const graph = this.drafts.graph;
    const notes = this.annotate();
    const placed = placeProblems(graph, this.drafts.problems);
    const known = new Set(notes.entities.flatMap((entity) => entity.names.map((name) => name.toLowerCase())));
    const suggestions = this.suggestions.open(known);
    const context = {
      graph,
      problems: placed,
      mentions: notes.mentionCounts,
      focused: this.focused,
      hasSelection: this.selection.ranges.length > 0,
      act: (action: OutlineAction) => this.act(action),
    };
    return html`${this.form ? this.renderForm(this.form) : nothing}
      ${placed.other.length > 0
        ? html`<section class="list problems-list" aria-labelledby="problems-heading">
            <h2 id="problems-heading">Problems</h2>
            <ul class="problems">${placed.other.map((problem) => html`<li>${describeProblem(problem)}</li>`)}</ul>
          </section>`
        : nothing}
      ${hasText ? this.renderSuggestions(suggestions) : html`<p class="hint">Once the text is read, the entities and relationships you add are listed here, with anything to fix.</p>`}
      ${hasText || graph.nodes.length > 0 ? html`${renderEntities(context)} ${renderRelationships(context)}` : nothing}`;
  }

  private renderSuggestions(suggestions: ReturnType<SuggestionsController['open']>) {
    if (this.suggestions.busy) return html`<p class="hint">Looking for likely entities…</p>`;
    if (suggestions.length === 0) return nothing;
    return html`<section class="list suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggested entities</h2>
      <p class="hint">Names in the text that may be entities. Nothing is added until you choose it.</p>
      <ul class="chips">
        ${suggestions.slice(0, 24).map(
          (s) => html`<li class="chip">
            <button type="button" class="suggestion" aria-label=${`Add ${s.name} (${s.kind})`} @click=${() => this.addSuggestion(s.name, s.kind)}>+ ${s.name}</button>
            <span class="kind">${s.kind}</span>
            <button type="button" class="small" aria-label=${`Dismiss ${s.name}`} @click=${() => this.suggestions.dismiss(s.name)}>×</button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderForm(form: NonNullable<OpenForm>) {
    return form.kind === 'entity'
      ? html`<ag-entity-form class="form-area" .graph=${this.drafts.graph} .words=${form.words} .editing=${form.editing} .suggestedType=${form.type}></ag-entity-form>`
      : html`<ag-relation-form class="form-area" .graph=${this.drafts.graph} .quotes=${form.quotes} .editing=${form.editing}></ag-relation-form>`;
  }
}

/** A graph as the editor keeps it: nodes and edges as lists, options given, so every edit starts from the same shape. */
function normalise(graph: SerializedArticleGraph): SerializedArticleGraph {
  const empty = emptyArticleGraph();
  return { ...graph, attributes: graph.attributes ?? empty.attributes, options: graph.options ?? empty.options, nodes: graph.nodes ?? [], edges: graph.edges ?? [] };
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-editor': AgEditorElement;
  }
}
