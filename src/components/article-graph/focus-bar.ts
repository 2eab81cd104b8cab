/**
 * The focus bar over the graph while a node is selected: show everything, or only the node's
 * neighbourhood within 1, 2 or 3 hops.
 */
import { html } from 'lit';

export const FOCUS_DEPTHS = [0, 1, 2, 3] as const;

export function renderFocusBar(label: string, depth: number, choose: (depth: number) => void) {
  return html`<div class="focus-bar" role="group" aria-label="Focus">
    <span class="focus-label">Focus on ${label}:</span>
    ${FOCUS_DEPTHS.map(
      (hops) =>
        hops === 0
          ? html`<button type="button" aria-pressed=${String(depth === hops)} @click=${() => choose(hops)}>Off</button>`
          : html`<button type="button" aria-pressed=${String(depth === hops)} aria-label=${`${hops} hop${hops > 1 ? 's' : ''}`} @click=${() => choose(hops)}>
              ${hops}<span class="unit" aria-hidden="true"> hop${hops > 1 ? 's' : ''}</span>
            </button>`,
    )}
  </div>`;
}
