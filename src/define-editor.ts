/**
 * Registers `<ag-editor>` and its forms; safe to import more than once. The live preview's
 * `<article-graph>` is defined by the editor itself once it is on screen (a chunk of its own), so that
 * importing the viewer never brings in the editor, nor the editor the viewer before it is needed.
 */
import { AgEditorElement } from './components/ag-editor/ag-editor';
import { AgEntityForm } from './components/ag-editor/entity-form';
import { AgRelationForm } from './components/ag-editor/relation-form';

const elements: Array<[string, CustomElementConstructor]> = [
  ['ag-entity-form', AgEntityForm],
  ['ag-relation-form', AgRelationForm],
  ['ag-editor', AgEditorElement],
];

for (const [tag, constructor] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

export { AgEditorElement };
