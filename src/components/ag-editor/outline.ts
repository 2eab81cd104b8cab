/**
 * The editor's lists of what has been made: the entities (with their names in the article, and how
 * often it mentions them) and the relationships (as statements, with who claims them, how surely, and
 * their quotes), each with its problems beside it and the actions that concern it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { entityLabel } from '../../model/authoring';
import type { PlacedProblems } from '../../model/problems';
import type { SerializedArticleGraph } from '../../model/types';
import type { Problem } from '../../model/validate';

export type OutlineAction =
  | { kind: 'focus-entity' | 'edit-entity' | 'remove-entity' | 'alias-entity'; key: string }
  | { kind: 'focus-relationship' | 'edit-relationship' | 'remove-relationship' | 'quote-relationship'; key: string }
  | { kind: 'remove-quote'; key: string; index: number }
  | { kind: 'show-sentence'; sentence: string };

export interface OutlineContext {
  graph: SerializedArticleGraph;
  problems: PlacedProblems;
  /** Mentions in the text, by entity key. */
  mentions: ReadonlyMap<string, number>;
  focused: { kind: 'entity' | 'relationship'; key: string } | null;
  /** Words are selected in the text: they can be added as a name or a quote. */
  hasSelection: boolean;
  act: (action: OutlineAction) => void;
}

function problemList(problems: readonly Problem[] | undefined): TemplateResult | typeof nothing {
  if (!problems?.length) return nothing;
  return html`<ul class="problems">
    ${problems.map((problem) => html`<li>${problem.message}</li>`)}
  </ul>`;
}

const mentionCount = (count: number) => (count === 1 ? '1 mention' : `${count} mentions`);

function typeLabel(graph: SerializedArticleGraph, type: unknown): string {
  if (typeof type !== 'string') return 'No type';
  return graph.attributes?.vocabulary?.entityTypes?.[type]?.label ?? type;
}

function relationLabel(graph: SerializedArticleGraph, relation: unknown, own: unknown): string {
  if (typeof own === 'string' && own !== '') return own;
  if (typeof relation !== 'string') return 'is related to';
  return graph.attributes?.vocabulary?.relations?.[relation]?.label ?? relation;
}

function claimantLabel(graph: SerializedArticleGraph, key: unknown): string | undefined {
  return typeof key === 'string' ? (graph.attributes?.vocabulary?.attributions?.[key]?.label ?? key) : undefined;
}

export function renderEntities(context: OutlineContext): TemplateResult {
  const { graph, act } = context;
  return html`<section class="list" aria-labelledby="entities-heading">
    <h2 id="entities-heading">Entities <span class="count">${graph.nodes.length}</span></h2>
    ${graph.nodes.length === 0 ? html`<p class="hint">None yet. Select the words that name one in the text and press Add entity, or add a suggestion.</p>` : nothing}
    <ul>
      ${graph.nodes.map((node) => {
        const key = String(node.key);
        const a = node.attributes ?? {};
        const label = entityLabel(graph, key);
        const problems = context.problems.nodes.get(key);
        const focused = context.focused?.kind === 'entity' && context.focused.key === key;
        return html`<li class="item ${focused ? 'focused' : ''} ${problems ? 'has-problems' : ''}" data-entity=${key}>
          <div class="item-head">
            <button type="button" class="text-button" aria-pressed=${String(focused)} @click=${() => act({ kind: 'focus-entity', key })}>${label}</button>
            <span class="meta">${typeLabel(graph, a.type)} · ${mentionCount(context.mentions.get(key) ?? 0)}</span>
          </div>
          ${a.description ? html`<p class="description">${a.description}</p>` : nothing}
          ${Array.isArray(a.aliases) && a.aliases.length > 0 ? html`<p class="aliases">Named: ${a.aliases.map((alias, i) => html`${i > 0 ? ', ' : ''}“${alias}”`)}</p>` : nothing}
          ${problemList(problems)}
          <div class="item-actions">
            <button type="button" aria-label=${`Change ${label}`} @click=${() => act({ kind: 'edit-entity', key })}>Change</button>
            <button type="button" aria-label=${`Add the selected words as a name of ${label}`} ?disabled=${!context.hasSelection} @click=${() => act({ kind: 'alias-entity', key })}>Add name</button>
            <button type="button" aria-label=${`Remove ${label}`} @click=${() => act({ kind: 'remove-entity', key })}>Remove</button>
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}

export function renderRelationships(context: OutlineContext): TemplateResult {
  const { graph, act } = context;
  return html`<section class="list" aria-labelledby="relationships-heading">
    <h2 id="relationships-heading">Relationships <span class="count">${graph.edges.length}</span></h2>
    ${graph.edges.length === 0 && graph.nodes.length > 1
      ? html`<p class="hint">None yet. Select the words that state one in the text and press Add relationship.</p>`
      : nothing}
    <ul>
      ${graph.edges.map((edge) => {
        const key = String(edge.key);
        const a = edge.attributes ?? {};
        const arrow = edge.undirected ? '—' : '→';
        const statement = `${entityLabel(graph, String(edge.source))} ${relationLabel(graph, a.relation, a.label)} ${arrow} ${entityLabel(graph, String(edge.target))}`;
        const problems = context.problems.edges.get(key);
        const focused = context.focused?.kind === 'relationship' && context.focused.key === key;
        const claimant = claimantLabel(graph, a.attribution);
        const via = claimantLabel(graph, a.via);
        return html`<li class="item ${focused ? 'focused' : ''} ${problems ? 'has-problems' : ''}" data-relationship=${key}>
          <button type="button" class="text-button" aria-pressed=${String(focused)} @click=${() => act({ kind: 'focus-relationship', key })}>${statement}</button>
          <p class="meta">
            ${claimant ? html`According to ${claimant}${via ? html`, via ${via}` : nothing} · ` : nothing}${a.certainty ?? 'stated'}${a.hedge ? html` (“${a.hedge}”)` : nothing}
          </p>
          <ul class="quotes">
            ${(a.evidence ?? []).map(
              (item, index) => html`<li>
                <button type="button" class="text-button sentence-link" aria-label=${`Show sentence ${item.sentence}`} @click=${() => act({ kind: 'show-sentence', sentence: item.sentence })}>${item.sentence}</button>
                <q>${item.quote}</q>
                ${(a.evidence?.length ?? 0) > 1
                  ? html`<button type="button" class="small" aria-label=${`Remove the quote from ${item.sentence}`} @click=${() => act({ kind: 'remove-quote', key, index })}>×</button>`
                  : nothing}
              </li>`,
            )}
          </ul>
          ${problemList(problems)}
          <div class="item-actions">
            <button type="button" aria-label=${`Change ${statement}`} @click=${() => act({ kind: 'edit-relationship', key })}>Change</button>
            <button type="button" aria-label=${`Add the selected words as a quote for ${statement}`} ?disabled=${!context.hasSelection} @click=${() => act({ kind: 'quote-relationship', key })}>Add quote</button>
            <button type="button" aria-label=${`Remove ${statement}`} @click=${() => act({ kind: 'remove-relationship', key })}>Remove</button>
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}
