/**
 * Cytoscape's renderer, the first time it draws in a document, puts a one-rule <style> into that
 * document's head (`.__________cytoscape_container { position: relative }`) unless an element with
 * its id is already there. Inside a shadow root that rule cannot reach the container, the shell's
 * own styles position it, and a host with a strict Content-Security-Policy (no inline styles)
 * reports the insertion as a violation. So, while a core is created, the document answers that
 * the stylesheet exists, and the host page stays untouched.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

export function withoutHeadStylesheet<T>(document: Document, create: () => T): T {
  const getElementById = document.getElementById;
  const standIn = document.createElement('style');
  document.getElementById = function (this: Document, id: string) {
    return id === CYTOSCAPE_STYLESHEET_ID ? standIn : getElementById.call(this, id);
  };
  try {
    return create();
  } finally {
    // The own property shadowed Document.prototype.getElementById; removing it restores the original.
    delete (document as Partial<Pick<Document, 'getElementById'>>).getElementById;
    if (document.getElementById !== getElementById) document.getElementById = getElementById;
  }
}
