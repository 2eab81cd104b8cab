/**
 * Drafts kept in the browser's localStorage, under one namespace: an index of drafts (id, name, when
 * last saved), each draft's graph, and which draft was open. localStorage writes at once, so that a
 * change is kept even if the page closes the next moment. When the browser refuses (storage full,
 * storage blocked), the failure is returned as a message for the person, never thrown.
 */
import type { SerializedArticleGraph } from '../../model/types';

export interface DraftEntry {
  id: string;
  /** The name the draft is listed under. */
  name: string;
  /** Whether the name was given by the person; if not it follows the article's title. */
  named: boolean;
  /** When it was last saved, ISO 8601. */
  updated: string;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

const isEntry = (value: unknown): value is DraftEntry =>
  typeof value === 'object' && value !== null && typeof (value as DraftEntry).id === 'string' && typeof (value as DraftEntry).name === 'string';

/** Why the browser refused to save, in words for the person, with what to do. */
export function storageFailure(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return "Not saved: the browser's storage for this page is full. Your work is safe in this page; export it, or delete drafts you no longer need, to keep it.";
  }
  return 'Not saved: this browser does not let the page store drafts (private browsing or blocked site data). Your work is safe while the page stays open; export it to keep it.';
}

export class DraftStorage {
  constructor(private readonly namespace: string) {}

  private get store(): Storage {
    // Reading localStorage itself throws where site data is blocked.
    return window.localStorage;
  }

  private key(name: string): string {
    return `${this.namespace}:${name}`;
  }

  /** The drafts saved, the most recent first; empty when storage cannot be read. */
  list(): DraftEntry[] {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(this.key('drafts')) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isEntry).sort((a, b) => b.updated.localeCompare(a.updated)) : [];
    } catch {
      return [];
    }
  }

  /** A draft's graph, or undefined when it is not there or cannot be read. */
  read(id: string): SerializedArticleGraph | undefined {
    try {
      const text = this.store.getItem(this.key(`draft:${id}`));
      return text === null ? undefined : (JSON.parse(text) as SerializedArticleGraph);
    } catch {
      return undefined;
    }
  }

  /** The draft that was open last. */
  current(): string | undefined {
    try {
      return this.store.getItem(this.key('current')) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves a draft's graph and its entry in the index, and remembers it as the open one. */
  write(entry: DraftEntry, graph: SerializedArticleGraph): SaveResult {
    try {
      this.store.setItem(this.key(`draft:${entry.id}`), JSON.stringify(graph));
      this.writeIndex([entry, ...this.list().filter((other) => other.id !== entry.id)]);
      this.store.setItem(this.key('current'), entry.id);
      return { ok: true };
    } catch (error) {
      return { ok: false, message: storageFailure(error) };
    }
  }

  /** Renames a draft in the index without touching its graph. */
  rename(entry: DraftEntry): SaveResult {
    try {
      this.writeIndex(this.list().map((other) => (other.id === entry.id ? entry : other)));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: storageFailure(error) };
    }
  }

  remove(id: string): SaveResult {
    try {
      this.store.removeItem(this.key(`draft:${id}`));
      this.writeIndex(this.list().filter((other) => other.id !== id));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: storageFailure(error) };
    }
  }

  private writeIndex(entries: DraftEntry[]): void {
    this.store.setItem(this.key('drafts'), JSON.stringify(entries));
  }
}
