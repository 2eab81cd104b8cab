/**
 * Owns the work: the graph being made, its undo history, its validation, and the drafts it is saved
 * in. Every change is validated and saved at once; a failure to save leaves the work in memory,
 * says so, and is tried again with the next change (or on demand).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyArticleGraph } from '../../model/authoring';
import { record, redo, startHistory, undo, type History } from '../../model/history';
import type { SerializedArticleGraph } from '../../model/types';
import { validateSerializedGraph, type Problem } from '../../model/validate';
import { DraftStorage, type DraftEntry } from './draft-storage';

export type SaveStatus = { kind: 'saved' | 'error'; message: string };

const UNTITLED = 'Untitled draft';

function newId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

function titleOf(graph: SerializedArticleGraph): string {
  const title = graph.attributes?.source?.title || graph.attributes?.title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : UNTITLED;
}

export class DraftsController implements ReactiveController {
  history: History<SerializedArticleGraph> = startHistory(emptyArticleGraph());
  entry: DraftEntry = { id: newId(), name: UNTITLED, named: false, updated: new Date().toISOString() };
  drafts: DraftEntry[] = [];
  status: SaveStatus = { kind: 'saved', message: '' };
  problems: Problem[] = [];
  private storage: DraftStorage | undefined;
  private restored = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** The storage namespace, read when the host connects. */
      namespace: () => string;
      /** After every change of the graph, with what was done. */
      changed: (label: string) => void;
    },
  ) {
    host.addController(this);
  }

  get graph(): SerializedArticleGraph {
    return this.history.present.state;
  }

  get canUndo(): boolean {
    return this.history.past.length > 0;
  }

  get canRedo(): boolean {
    return this.history.future.length > 0;
  }

  hostConnected(): void {
    if (this.restored) return;
    this.restored = true;
    this.storage = new DraftStorage(this.options.namespace());
    this.drafts = this.storage.list();
    const id = this.storage.current() ?? this.drafts[0]?.id;
    const entry = this.drafts.find((draft) => draft.id === id);
    const graph = entry && this.storage.read(entry.id);
    if (entry && graph) this.show(entry, graph, 'Open draft');
    else this.settle('Open', false);
  }

  /** Records a new state of the graph as one undoable step. */
  change(label: string, graph: SerializedArticleGraph): void {
    this.history = record(this.history, graph, label);
    this.settle(label);
  }

  undo(): string | undefined {
    if (!this.canUndo) return undefined;
    const label = this.history.present.label;
    this.history = undo(this.history);
    this.settle(`Undo: ${label}`);
    return label;
  }

  redo(): string | undefined {
    if (!this.canRedo) return undefined;
    this.history = redo(this.history);
    const label = this.history.present.label;
    this.settle(`Redo: ${label}`);
    return label;
  }

  /** Opens a saved draft; the one open now is already saved. */
  open(id: string): void {
    const entry = this.drafts.find((draft) => draft.id === id);
    const graph = entry && this.storage?.read(id);
    if (!entry || !graph) {
      this.status = { kind: 'error', message: 'That draft could not be read from the browser’s storage.' };
      this.host.requestUpdate();
      return;
    }
    this.show(entry, graph, `Open draft ${entry.name}`);
  }

  /** Starts a new draft, empty or with a graph (an import); the one open now stays saved. */
  create(graph: SerializedArticleGraph = emptyArticleGraph(), label = 'New draft'): void {
    const entry = { id: newId(), name: titleOf(graph), named: false, updated: new Date().toISOString() };
    this.show(entry, graph, label);
  }

  rename(name: string): void {
    const trimmed = name.trim();
    this.entry = trimmed === '' ? { ...this.entry, name: titleOf(this.graph), named: false } : { ...this.entry, name: trimmed, named: true };
    this.save();
  }

  /** Deletes the open draft and opens the most recent other one, or a new empty draft. */
  remove(): void {
    const gone = this.entry;
    const result = this.storage?.remove(gone.id);
    if (result && !result.ok) this.status = { kind: 'error', message: result.message };
    this.drafts = this.drafts.filter((draft) => draft.id !== gone.id);
    const next = this.drafts[0];
    const graph = next && this.storage?.read(next.id);
    if (next && graph) this.show(next, graph, `Delete draft ${gone.name}`);
    else this.create(emptyArticleGraph(), `Delete draft ${gone.name}`);
  }

  /** Saves the open draft again (after a failure). */
  retry(): void {
    this.save();
  }

  private show(entry: DraftEntry, graph: SerializedArticleGraph, label: string): void {
    this.entry = entry;
    this.history = startHistory(graph, label);
    this.settle(label);
  }

  /** Validates, saves and tells the host, after any change of the graph. */
  private settle(label: string, save = true): void {
    this.problems = validateSerializedGraph(this.graph);
    if (save) this.save();
    this.host.requestUpdate();
    this.options.changed(label);
  }

  private save(): void {
    if (!this.entry.named) this.entry = { ...this.entry, name: titleOf(this.graph) };
    this.entry = { ...this.entry, updated: new Date().toISOString() };
    const result = this.storage?.write(this.entry, this.graph) ?? { ok: true as const };
    this.drafts = [this.entry, ...this.drafts.filter((draft) => draft.id !== this.entry.id)];
    this.status = result.ok ? { kind: 'saved', message: 'Saved in this browser' } : { kind: 'error', message: result.message };
    this.host.requestUpdate();
  }
}
