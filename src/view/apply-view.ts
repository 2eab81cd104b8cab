/**
 * A drawn view (view-state.ts) applied to a Cytoscape core with the smallest change: only elements
 * whose state differs from the view applied before are touched. On a large graph, toggling a class
 * on every element each time the pointer moves would restyle them all.
 */
import type { Collection, Core, SingularElementArgument } from 'cytoscape';
import type { ElementSet } from '../model/queries';
import { batch } from './batch';
import { edgeElementId, nodeElementId } from './elements';
import { VIEW_CLASSES, type DrawnView } from './view-state';

/** The Cytoscape elements of a set of keys; keys without an element are left out. */
export function elementsOf(cy: Core, set: { nodes: Iterable<string>; edges: Iterable<string> }): Collection {
  const found: SingularElementArgument[] = [];
  const take = (id: string) => {
    const element = cy.getElementById(id);
    if (element.nonempty()) found.push(element);
  };
  for (const node of set.nodes) take(nodeElementId(node));
  for (const edge of set.edges) take(edgeElementId(edge));
  return cy.collection(found as unknown as Collection);
}

/** What is in `a` and not in `b`. */
function minus(a: ElementSet, b: ElementSet | undefined): ElementSet {
  if (!b) return a;
  return { nodes: new Set([...a.nodes].filter((key) => !b.nodes.has(key))), edges: new Set([...a.edges].filter((key) => !b.edges.has(key))) };
}

/**
 * Brings `cy` from `previous` (the view applied last to these elements; undefined after they were
 * replaced) to `next`. Selection is compared with what Cytoscape holds, since a tap selects on its own.
 */
export function applyView(cy: Core, previous: DrawnView | undefined, next: DrawnView): void {
  batch(cy, () => {
    if (next.visible !== previous?.visible) {
      const hidden = (element: SingularElementArgument) => !(element.isNode() ? next.visible.nodes : next.visible.edges).has(element.data('key'));
      const show: SingularElementArgument[] = [];
      const hide: SingularElementArgument[] = [];
      cy.elements().forEach((element) => {
        const want = hidden(element);
        if (want !== element.hasClass('hidden')) (want ? hide : show).push(element);
      });
      cy.collection(show as unknown as Collection).removeClass('hidden');
      cy.collection(hide as unknown as Collection).addClass('hidden');
    }
    for (const name of VIEW_CLASSES) {
      const before = previous?.classes[name];
      const after = next.classes[name];
      if (before === after) continue;
      if (before) elementsOf(cy, minus(before, after)).removeClass(name);
      elementsOf(cy, minus(after, before)).addClass(name);
    }
    const wanted = elementsOf(cy, next.selected);
    // Elements just added hold no selection (asking every one of a large graph is not free).
    if (previous) cy.elements(':selected').difference(wanted).unselect();
    wanted.filter((element) => !element.selected()).select();
  });
}
