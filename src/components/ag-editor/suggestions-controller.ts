/**
 * Suggestions of likely entities for the text, from compromise (a chunk of its own, fetched the
 * first time a text is read). Names already taken by an entity, and names the person dismissed, are
 * not offered again. Nothing is added until the person chooses a suggestion.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EntitySuggestion } from '../../model/entity-suggestions';

let module: Promise<typeof import('../../model/entity-suggestions')> | undefined;

function suggester(): Promise<typeof import('../../model/entity-suggestions')> {
  module ??= import('../../model/entity-suggestions');
  module.catch(() => (module = undefined));
  return module;
}

export class SuggestionsController implements ReactiveController {
  /** Suggestions for the current text, the most mentioned first. */
  all: EntitySuggestion[] = [];
  /** The suggester is at work. */
  busy = false;
  /** Suggestions could not be made (the chunk did not load). */
  failed = false;
  private text = '';
  private readonly dismissed = new Set<string>();
  private run = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The suggestions still open: neither an entity's name nor dismissed. */
  open(known: ReadonlySet<string>): EntitySuggestion[] {
    return this.all.filter((s) => !known.has(s.name.toLowerCase()) && !this.dismissed.has(s.name));
  }

  dismiss(name: string): void {
    this.dismissed.add(name);
    this.host.requestUpdate();
  }

  /** Reads a text for suggestions, unless it was the last one read. */
  async read(text: string): Promise<void> {
    if (text === this.text) return;
    this.text = text;
    const run = ++this.run;
    if (text.trim() === '') {
      this.all = [];
      this.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { suggestEntities } = await suggester();
      if (run !== this.run) return;
      this.all = suggestEntities(text);
      this.failed = false;
    } catch {
      if (run === this.run) this.failed = true;
      this.text = '';
    } finally {
      if (run === this.run) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }
}
