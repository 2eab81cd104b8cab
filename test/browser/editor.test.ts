/**
 * <ag-editor> used as a person would: an article it has never seen is pasted in, words are selected
 * with the mouse, entities and a relationship are added through the named buttons and labelled
 * fields, the page is opened again and the work is there, the export opens in <article-graph> with
 * the reader marking the sentence. The dataset imports and exports unchanged; bad files, full storage
 * and the keyboard are handled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import dataset from '../../graph-data/article-graph.json';
import '../../src/define-editor';
import type { AgEditorElement } from '../../src/components/ag-editor/ag-editor';
import type { SerializedArticleGraph } from '../../src/model/types';
import { mount, nextEvent, part, settle, unmountAll } from '../support/mount';

const ARTICLE = {
  title: 'Port authority to lease Pier 7 to Nordwind Shipping',
  text: [
    'The Kestrel Bay Port Authority has agreed to lease Pier 7 to Nordwind Shipping for twenty years, according to two people briefed on the deal.',
    'The lease was signed on Tuesday. Critics say the price is too low.',
    'Mayor Elena Vasquez believes the agreement will bring new jobs to the harbour district.',
  ].join('\n\n'),
};

const editors = new Set<AgEditorElement>();
let namespace = 0;

async function mountEditor(storageKey = `editor-test-${Date.now()}-${namespace++}`, size = { width: 1280, height: 800 }): Promise<AgEditorElement> {
  const editor = document.createElement('ag-editor') as AgEditorElement;
  editor.storageKey = storageKey;
  editor.theme = 'light';
  editor.style.width = `${size.width}px`;
  editor.style.height = `${size.height}px`;
  editor.style.display = 'block';
  document.body.append(editor);
  editors.add(editor);
  await editor.updateComplete;
  return editor;
}

afterEach(() => {
  for (const editor of editors) {
    localStorage.removeItem(`${editor.storageKey}:drafts`);
    editor.remove();
  }
  editors.clear();
  unmountAll();
  vi.restoreAllMocks();
});

const root = (editor: AgEditorElement) => editor.shadowRoot!;

function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

/** A field by the text of its label, in a shadow root. */
function field<T extends HTMLElement = HTMLInputElement>(scope: ShadowRoot, label: string): T {
  const found = [...scope.querySelectorAll('label')].find((l) => l.textContent!.trim() === label);
  const control = found && (found.control as T | null);
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control;
}

async function until(check: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function pasteArticle(editor: AgEditorElement): Promise<void> {
  await userEvent.fill(field(root(editor), 'Title'), ARTICLE.title);
  await userEvent.fill(field(root(editor), 'Outlet'), 'Kestrel Bay Courier');
  await userEvent.fill(field(root(editor), 'Date'), '2025-06-03');
  await userEvent.fill(field<HTMLTextAreaElement>(root(editor), 'Text'), ARTICLE.text);
  await userEvent.click(button(root(editor), 'Read the text'));
  await editor.updateComplete;
}

/** Where `words` are drawn in a sentence of the editor's text, as a range. */
function wordsRange(editor: AgEditorElement, sentence: string, words: string): Range {
  const element = root(editor).querySelector<HTMLElement>(`[data-sentence="${sentence}"]`)!;
  const at = element.textContent!.indexOf(words);
  expect(at, `"${words}" in ${sentence}`).toBeGreaterThanOrEqual(0);
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const point = (offset: number): [Node, number] => {
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (offset <= seen + length) return [node, offset - seen];
      seen += length;
    }
    throw new Error('offset past the sentence');
  };
  const range = document.createRange();
  range.setStart(...point(at));
  walker.currentNode = element;
  range.setEnd(...point(at + words.length));
  return range;
}

/** Drags the mouse from the first letter of `from` to the last of `to` (in the same or a later sentence). */
async function dragSelect(editor: AgEditorElement, start: { sentence: string; words: string }, end = start): Promise<void> {
  const first = wordsRange(editor, start.sentence, start.words).getClientRects()[0];
  const lastRects = wordsRange(editor, end.sentence, end.words).getClientRects();
  const last = lastRects[lastRects.length - 1];
  await commands.mouseDrag({ x: first.left + 1, y: first.top + first.height / 2 }, { x: last.right - 1, y: last.top + last.height / 2 }, window.innerWidth);
  await until(() => root(editor).querySelector('.selected') !== null, 'the selected words in the bar');
  await editor.updateComplete;
}

async function addEntity(editor: AgEditorElement, words: { sentence: string; words: string }, type: string, description: string): Promise<void> {
  await dragSelect(editor, words);
  expect(root(editor).querySelector('.selected')!.textContent).toContain(words.words);
  await userEvent.click(button(root(editor), 'Add entity'));
  await editor.updateComplete;
  const form = root(editor).querySelector('ag-entity-form')!;
  await form.updateComplete;
  expect(field(form.shadowRoot!, 'Name').value).toBe(words.words);
  await userEvent.selectOptions(field<HTMLSelectElement>(form.shadowRoot!, 'Type'), type);
  await userEvent.fill(field(form.shadowRoot!, 'Description'), description);
  await userEvent.click(button(form.shadowRoot!, 'Add'));
  await editor.updateComplete;
}

function exportedFile(): { blob: () => Blob | undefined; name: () => string | undefined } {
  let blob: Blob | undefined;
  let name: string | undefined;
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    blob = object as Blob;
    return create(object);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  return { blob: () => blob, name: () => name };
}

describe('making an article graph from a pasted article', () => {
  it('adds two entities and a relationship from selected words, keeps them over a reload, and exports a graph the viewer reads', async () => {
    const key = `editor-test-person-${Date.now()}`;
    const editor = await mountEditor(key);
    await pasteArticle(editor);
    expect(root(editor).querySelectorAll('[data-sentence]')).toHaveLength(4);
    expect(editor.text).toBe(ARTICLE.text);

    await addEntity(editor, { sentence: 'p1s1', words: 'Kestrel Bay Port Authority' }, 'organisation', 'The authority that runs the port.');
    await addEntity(editor, { sentence: 'p1s1', words: 'Nordwind Shipping' }, 'organisation', 'A shipping company.');
    expect(editor.graph.nodes.map((node) => node.attributes!.label)).toEqual(['Kestrel Bay Port Authority', 'Nordwind Shipping']);
    // Every mention of the entities is highlighted in the text.
    const mentions = [...root(editor).querySelectorAll<HTMLElement>('.mention')].map((mark) => mark.textContent);
    expect(mentions).toEqual(['Kestrel Bay Port Authority', 'Nordwind Shipping']);

    const changed = nextEvent(editor, 'ag-change');
    await dragSelect(editor, { sentence: 'p1s1', words: 'has agreed to lease Pier 7 to Nordwind Shipping' });
    await userEvent.click(button(root(editor), 'Add relationship'));
    await editor.updateComplete;
    const form = root(editor).querySelector('ag-relation-form')!;
    await form.updateComplete;
    const formRoot = form.shadowRoot!;
    // The sentence names exactly the two entities: From and To are chosen already.
    expect(field<HTMLSelectElement>(formRoot, 'From').value).toBe('kestrel-bay-port-authority');
    expect(field<HTMLSelectElement>(formRoot, 'To').value).toBe('nordwind-shipping');
    await userEvent.selectOptions(field<HTMLSelectElement>(formRoot, 'Relation'), '__new');
    await form.updateComplete;
    await userEvent.fill(field(formRoot, 'New relation'), 'leases to');
    await userEvent.selectOptions(field<HTMLSelectElement>(formRoot, 'According to'), '__new');
    await form.updateComplete;
    await userEvent.fill(field(formRoot, 'Who says so'), 'two people briefed on the deal');
    // The sentence's own hedge is offered; choosing it sets the certainty.
    await userEvent.click(button(formRoot, '“according to two people briefed on the deal” · reported'));
    expect(field<HTMLSelectElement>(formRoot, 'Certainty').value).toBe('reported');
    expect(field(formRoot, 'Hedging words').value).toBe('according to two people briefed on the deal');
    await userEvent.click(button(formRoot, 'Add'));
    await editor.updateComplete;
    await changed;

    const made = editor.graph;
    expect(made.edges).toHaveLength(1);
    expect(made.edges[0]).toMatchObject({
      source: 'kestrel-bay-port-authority',
      target: 'nordwind-shipping',
      attributes: {
        relation: 'leases-to',
        evidence: [{ sentence: 'p1s1', quote: 'has agreed to lease Pier 7 to Nordwind Shipping' }],
        certainty: 'reported',
        hedge: 'according to two people briefed on the deal',
        attribution: 'two-people-briefed-on-the-deal',
      },
    });
    expect(root(editor).querySelector('.status')!.textContent).toContain('Saved');

    // Reload: a new editor on the same storage finds the work as it was.
    editor.remove();
    const again = await mountEditor(key);
    await again.updateComplete;
    expect(again.graph).toEqual(made);
    expect(again.text).toBe(ARTICLE.text);
    expect(root(again).querySelectorAll('.list .item')).toHaveLength(3);

    // Export, and open the export in the viewer: the reader marks the words in their sentence.
    const file = exportedFile();
    await userEvent.click(button(root(again), 'Export'));
    expect(file.name()).toBe('port-authority-to-lease-pier-7-to-2025-06-03.json');
    const exported = JSON.parse(await file.blob()!.text()) as SerializedArticleGraph;
    expect(exported).toEqual(made);
    const { element } = await mount((el) => (el.graph = exported));
    const edge = String(exported.edges[0].key);
    element.select({ kind: 'edge', key: edge });
    await settle(element);
    const reader = part(element, 'ag-reader');
    await reader.updateComplete;
    const sentence = reader.shadowRoot!.querySelector('[data-sentence="p1s1"]')!;
    expect(sentence.getAttribute('role')).toBe('button');
    expect(sentence.querySelector('mark')!.textContent).toBe('has agreed to lease Pier 7 to Nordwind Shipping');
  });

  it('gives one quote per sentence when the selection runs over a sentence boundary', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    await dragSelect(editor, { sentence: 'p2s1', words: 'The lease was signed' }, { sentence: 'p2s2', words: 'Critics say' });
    const bar = root(editor).querySelector('.selected')!.textContent!;
    expect(bar).toContain('The lease was signed on Tuesday.');
    expect(bar).toContain('Across 2 sentences');
    await userEvent.click(button(root(editor), 'Add entity'));
    await editor.updateComplete;
    const entityForm = root(editor).querySelector('ag-entity-form')!;
    await entityForm.updateComplete;
    // An entity takes the words of the first sentence only.
    expect(field(entityForm.shadowRoot!, 'Name').value).toBe('The lease was signed on Tuesday.');
    await userEvent.click(button(entityForm.shadowRoot!, 'Cancel'));
    await editor.updateComplete;
    expect(root(editor).querySelector('ag-entity-form')).toBeNull();
  });

  it('undoes and redoes with the buttons and the keyboard', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    await addEntity(editor, { sentence: 'p3s1', words: 'Elena Vasquez' }, 'person', 'Mayor.');
    expect(editor.graph.nodes).toHaveLength(1);
    await userEvent.click(button(root(editor), 'Undo'));
    expect(editor.graph.nodes).toHaveLength(0);
    await userEvent.click(button(root(editor), 'Redo'));
    expect(editor.graph.nodes).toHaveLength(1);
    button(root(editor), 'Undo').focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(editor.graph.nodes).toHaveLength(0);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(editor.graph.nodes).toHaveLength(1);
    expect(root(editor).querySelector('[role="status"]')!.textContent).toContain('Redone: Add entity Elena Vasquez');
  });

  it('selects a sentence from the keyboard and opens the entity form with E', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    const first = root(editor).querySelector<HTMLElement>('[data-sentence="p1s1"]')!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await editor.updateComplete;
    expect(root(editor).activeElement?.getAttribute('data-sentence')).toBe('p2s2');
    expect(root(editor).querySelector('.selected')!.textContent).toContain('Critics say the price is too low.');
    await userEvent.keyboard('e');
    await editor.updateComplete;
    const form = root(editor).querySelector('ag-entity-form')!;
    await form.updateComplete;
    expect(field(form.shadowRoot!, 'Name').value).toBe('Critics say the price is too low.');
    expect(form.shadowRoot!.activeElement).toBe(field(form.shadowRoot!, 'Name'));
    await userEvent.keyboard('{Escape}');
    await editor.updateComplete;
    expect(root(editor).querySelector('ag-entity-form')).toBeNull();
  });

  it('suggests likely entities and adds one only when it is chosen', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    await until(() => root(editor).querySelector('.suggestions') !== null, 'suggestions', 30_000);
    expect(editor.graph.nodes).toHaveLength(0);
    const suggestion = [...root(editor).querySelectorAll<HTMLButtonElement>('.suggestions button.suggestion')].find((b) => b.textContent!.includes('Elena Vasquez'));
    expect(suggestion, 'Elena Vasquez is suggested').toBeDefined();
    await userEvent.click(suggestion!);
    await editor.updateComplete;
    expect(editor.graph.nodes).toEqual([expect.objectContaining({ key: 'elena-vasquez', attributes: expect.objectContaining({ label: 'Elena Vasquez', type: 'person', aliases: ['Elena Vasquez'] }) })]);
  });
});

describe('import, export and the API', () => {
  it('imports the article dataset and exports it unchanged', async () => {
    const editor = await mountEditor();
    const input = root(editor).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(dataset)], 'article-graph.json', { type: 'application/json' }));
    input.files = transfer.files;
    const changed = nextEvent(editor, 'ag-change');
    input.dispatchEvent(new Event('change'));
    const { detail } = await changed;
    expect(detail.label).toBe('Import article-graph.json');
    expect(detail.problems).toEqual([]);
    expect(editor.graph).toEqual(dataset);
    const file = exportedFile();
    await userEvent.click(button(root(editor), 'Export'));
    expect(JSON.parse(await file.blob()!.text())).toEqual(dataset);
    // The dataset's text and its mentions are shown; its sentences are there to select.
    await editor.updateComplete;
    expect(root(editor).querySelectorAll('[data-sentence]')).toHaveLength(dataset.attributes.source.paragraphs.flatMap((p) => p.sentences).length);
    expect(root(editor).querySelectorAll('.list [data-entity]')).toHaveLength(dataset.nodes.length);
  });

  it('refuses a file that is not a valid graph, says why, and keeps the work', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    const before = editor.graph;
    await editor.importFile(new File(['{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "ghost"}]}'], 'bad.json'));
    await editor.updateComplete;
    const alert = root(editor).querySelector('.notice[role="alert"]')!.textContent!;
    expect(alert).toContain('bad.json could not be imported');
    expect(alert).toContain('target "ghost" is not a node');
    await editor.importFile(new File(['<html>'], 'page.html'));
    await editor.updateComplete;
    expect(root(editor).querySelector('.notice[role="alert"]')!.textContent).toContain('it is not JSON');
    expect(editor.graph).toEqual(before);
  });

  it('takes a text and a graph as properties and reports every change', async () => {
    const editor = await mountEditor();
    const changes: string[] = [];
    editor.addEventListener('ag-change', (event) => changes.push(event.detail.label));
    editor.text = 'First sentence. Second one.\n\nA new paragraph.';
    expect(editor.graph.attributes.source!.paragraphs.map((p) => p.sentences.map((s) => s.id))).toEqual([['p1s1', 'p1s2'], ['p2s1']]);
    editor.graph = dataset as unknown as SerializedArticleGraph;
    expect(editor.graph).toEqual(dataset);
    expect(changes).toEqual(['Read the article', 'Open a graph']);
    editor.graph = { nodes: 'nope' } as unknown as SerializedArticleGraph;
    await editor.updateComplete;
    expect(editor.graph).toEqual(dataset);
    expect(root(editor).querySelector('.notice')!.textContent).toContain('could not be opened');
  });
});

describe('saving', () => {
  it('says when the browser storage is full, keeps the work in the page, and saves once there is room', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await addEntity(editor, { sentence: 'p3s1', words: 'Elena Vasquez' }, 'person', 'Mayor.');
    expect(editor.graph.nodes).toHaveLength(1);
    expect(root(editor).querySelector('.notice[role="alert"]')!.textContent).toContain("storage for this page is full");
    expect(root(editor).querySelector('.status')!.textContent).toContain('Not saved');
    setItem.mockRestore();
    await userEvent.click(button(root(editor), 'Try again'));
    await editor.updateComplete;
    expect(root(editor).querySelector('.status')!.textContent).toContain('Saved');
    expect(JSON.parse(localStorage.getItem(`${editor.storageKey}:drafts`)!)).toHaveLength(1);
  });

  it('keeps several drafts by name', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    await userEvent.click(button(root(editor), 'New draft'));
    await editor.updateComplete;
    expect(editor.text).toBe('');
    editor.text = 'Another story. It is short.';
    await userEvent.click(button(root(editor), 'Rename'));
    await editor.updateComplete;
    await userEvent.fill(root(editor).querySelector<HTMLInputElement>('#draft-name')!, 'Short story');
    await userEvent.click(button(root(editor), 'Save name'));
    await editor.updateComplete;
    const select = root(editor).querySelector<HTMLSelectElement>('#draft')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Short story', ARTICLE.title]);
    await userEvent.selectOptions(select, [...select.options].find((o) => o.textContent === ARTICLE.title)!.value);
    await editor.updateComplete;
    expect(editor.text).toBe(ARTICLE.text);
  });
});

describe('accessibility and the preview', () => {
  it('finds no serious or critical axe violation with text, lists and a form open', async () => {
    const editor = await mountEditor();
    await pasteArticle(editor);
    await addEntity(editor, { sentence: 'p1s1', words: 'Nordwind Shipping' }, 'organisation', 'A shipping company.');
    await dragSelect(editor, { sentence: 'p1s1', words: 'Pier 7' });
    await userEvent.click(button(root(editor), 'Add relationship'));
    await editor.updateComplete;
    const preview = root(editor).querySelector('article-graph')!;
    await until(() => preview.cy !== undefined && preview.cy.nodes().length === 1, 'the preview');
    const results = await axe.run(editor, { resultTypes: ['violations'] });
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' | ')}`);
    expect(bad).toEqual([]);
  });

  it('shows the graph being made in the preview and keeps what is dragged there', async () => {
    const editor = await mountEditor();
    editor.graph = dataset as unknown as SerializedArticleGraph;
    const preview = root(editor).querySelector('article-graph')!;
    await until(() => preview.cy?.nodes().length === dataset.nodes.length, 'the preview of the dataset');
    const before = editor.graph.nodes.find((node) => node.key === 'hezbollah')!.attributes!;
    const node = preview.cy!.getElementById('hezbollah');
    node.position({ x: before.x! + 100, y: before.y! });
    node.emit('dragfree');
    await editor.updateComplete;
    expect(editor.graph.nodes.find((n) => n.key === 'hezbollah')!.attributes!.x).toBe(before.x! + 100);
    await userEvent.click(button(root(editor), 'Undo'));
    expect(editor.graph).toEqual(dataset);
  });
});
