/**
 * View state -> Cytoscape classes, touching only the elements whose state changes. On a large
 * graph, toggling a class on every element each time the view changes restyles them all; these
 * helpers restyle only what differs.
 */
import type { Collection, Core, EdgeCollection, NodeCollection, SingularElementArgument } from 'cytoscape';

/** Gives `className` to exactly the elements of `elements` for which `wanted` is true. */
export function setClassWhere(cy: Core, elements: NodeCollection | EdgeCollection, className: string, wanted: (element: SingularElementArgument) => boolean): void {
  const add: SingularElementArgument[] = [];
  const remove: SingularElementArgument[] = [];
  (elements as unknown as Collection).forEach((element: SingularElementArgument) => {
    const has = element.hasClass(className);
    if (wanted(element)) {
      if (!has) add.push(element);
    } else if (has) remove.push(element);
  });
  if (add.length > 0) cy.collection(add as unknown as Collection).addClass(className);
  if (remove.length > 0) cy.collection(remove as unknown as Collection).removeClass(className);
}

/** Removes the given classes from the elements that have any of them (and leaves the rest alone). */
export function clearClasses(cy: Core, classNames: readonly string[]): void {
  const holders = cy.elements(classNames.map((name) => `.${name}`).join(', '));
  if (holders.length > 0) holders.removeClass(classNames.join(' '));
}
