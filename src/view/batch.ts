/**
 * Cytoscape's `cy.batch`, closed whatever happens. Cytoscape's own does not close a batch whose
 * change throws, and a batch left open keeps every later change from being drawn: the element would
 * go on announcing graphs it never shows.
 */
import type { Core } from 'cytoscape';

export function batch<T>(cy: Core, change: () => T): T {
  cy.startBatch();
  try {
    return change();
  } finally {
    cy.endBatch();
  }
}
