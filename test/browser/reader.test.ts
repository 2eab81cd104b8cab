import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import dataset from '../../graph-data/article-graph.json';
import { edgesForSentence, parseGraph } from '../../src/model';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { mount, nextEvent, part, settle, unmountAll } from '../support/mount';

afterEach(unmountAll);

const graph = parseGraph(dataset);

function button(element: ArticleGraphElement, text: string): HTMLButtonElement | undefined {
  return [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
}

function sentence(element: ArticleGraphElement, id: string): HTMLElement {
  const found = part(element, 'ag-reader').shadowRoot!.querySelector<HTMLElement>(`[data-sentence="${id}"]`);
  if (!found) throw new Error(`sentence ${id} is not rendered`);
  return found;
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function openArticle(element: ArticleGraphElement): Promise<void> {
  await userEvent.click(button(element, 'Article')!);
  await settle(element);
  await part(element, 'ag-reader').updateComplete;
}

describe('the article panel', () => {
  it('opens from the toolbar with the title, outlet and date, in place of the legend', async () => {
    const { element } = await mount();
    const panel = element.shadowRoot!.querySelector<HTMLElement>('.panel.reader')!;
    expect(panel.hidden).toBe(true);
    await openArticle(element);
    expect(panel.hidden).toBe(false);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.panel.legend')!.hidden).toBe(true);
    expect(button(element, 'Article')!.getAttribute('aria-pressed')).toBe('true');
    const text = part(element, 'ag-reader').shadowRoot!.textContent!;
    expect(text).toContain(dataset.attributes.source.title);
    expect(text).toContain('ICARO Media Group');
    expect(text).toContain('2 November 2023, 23:18');
    const sentences = part(element, 'ag-reader').shadowRoot!.querySelectorAll('[data-sentence]');
    expect(sentences).toHaveLength(dataset.attributes.source.paragraphs.flatMap((p) => p.sentences).length);
  });

  it('marks the words of a selected edge and scrolls its first sentence into view', async () => {
    const { element } = await mount();
    await openArticle(element);
    const panel = element.shadowRoot!.querySelector<HTMLElement>('.panel.reader')!;
    expect(panel.scrollTop).toBe(0);
    // e53 rests on one sentence of paragraph 9, far below the fold.
    element.select({ kind: 'edge', key: 'e53' });
    await settle(element);
    const cited = sentence(element, 'p9s1');
    const marks = [...part(element, 'ag-reader').shadowRoot!.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual([graph.getEdgeAttribute('e53', 'evidence')![0].quote]);
    expect(marks[0].closest('[data-sentence]')).toBe(cited);
    await expect
      .poll(() => {
        const box = cited.getBoundingClientRect();
        const view = panel.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      })
      .toBe(true);
    expect(panel.scrollTop).toBeGreaterThan(0);
  });

  it('marks every sentence of a node clicked in the graph', async () => {
    const { element } = await mount();
    await openArticle(element);
    element.select({ kind: 'node', key: 'wsj' });
    await settle(element);
    const marked = new Set(
      [...part(element, 'ag-reader').shadowRoot!.querySelectorAll('mark')].map((mark) => mark.closest('[data-sentence]')!.getAttribute('data-sentence')),
    );
    const expected = new Set(graph.edges('wsj').flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence')!.map((item) => item.sentence)));
    expect(marked).toEqual(expected);
  });

  it('selects every edge a clicked sentence supports and highlights their nodes', async () => {
    const { element } = await mount();
    await openArticle(element);
    const edges = edgesForSentence(graph, 'p7s2');
    expect(edges.length).toBeGreaterThan(1);
    const selected = nextEvent(element, 'ag-select');
    await userEvent.click(sentence(element, 'p7s2'));
    expect((await selected).detail).toEqual({ kind: 'edge', key: edges[0] });
    await settle(element);
    const cy = element.cy!;
    expect(cy.edges(':selected').map((edge) => edge.data('key')).sort()).toEqual([...edges].sort());
    const nodes = cy.edges(':selected').connectedNodes();
    expect(nodes.filter('.highlighted')).toHaveLength(nodes.length);
    expect(sentence(element, 'p7s2').getAttribute('aria-pressed')).toBe('true');
    // The details panel describes the first of them.
    await part(element, 'ag-details').updateComplete;
    expect(part(element, 'ag-details').shadowRoot!.textContent).toContain('Relationship');
    // A click on the background clears it all.
    await userEvent.click(button(element, 'Reset')!);
    await settle(element);
    expect(cy.edges(':selected')).toHaveLength(0);
    expect(sentence(element, 'p7s2').getAttribute('aria-pressed')).toBe('false');
  });

  it('shows who claims it, how sure the article is and what is in doubt beside the sentence, the claim it is about first', async () => {
    const { element } = await mount();
    await openArticle(element);
    await userEvent.click(sentence(element, 'p2s2'));
    await settle(element);
    const reader = part(element, 'ag-reader');
    await reader.updateComplete;
    const notes = [...reader.shadowRoot!.querySelectorAll<HTMLElement>('.note[data-for="p2s2"]')];
    // The sentence is about the delivery itself; Assad's part in it comes after.
    expect(notes.map((note) => note.dataset.edge)).toEqual(['e72', 'e7']);
    const note = notes[1];
    expect(note.textContent).toContain('Bashar al-Assad');
    expect(note.querySelector('.attribution')!.textContent!.trim()).toBe('According to “two individuals familiar with the intelligence”');
    expect(note.querySelector('.hedge')!.textContent).toContain('Reported by a source');
    expect(note.querySelector('.hedge')!.textContent).toContain(`“${graph.getEdgeAttribute('e7', 'hedge')}”`);
    const doubt = note.querySelector('.doubt')!.textContent!;
    expect(doubt).toContain('Uncertain');
    expect(doubt).toContain('whether the system has already been delivered or is still pending');
    expect(doubt).toContain('“It remains uncertain”');
  });

  it('notes a relationship once beside a paragraph, however many of its sentences state it', async () => {
    const { element } = await mount();
    await openArticle(element);
    element.select({ kind: 'edge', key: 'e7' });
    await settle(element);
    const reader = part(element, 'ag-reader');
    await reader.updateComplete;
    // "delivers via" cites two sentences of the second paragraph: one note there, and one in the fourth.
    const cited = graph.getEdgeAttribute('e7', 'evidence')!.map((item) => item.sentence);
    expect(cited.filter((id) => id.startsWith('p2')).length).toBeGreaterThan(1);
    const notes = [...reader.shadowRoot!.querySelectorAll<HTMLElement>('.note[data-edge="e7"]')];
    const paragraphs = notes.map((note) => note.closest<HTMLElement>('[data-paragraph]')!.dataset.paragraph);
    expect(paragraphs).toEqual([...new Set(cited.map((id) => id.replace(/s\d+$/, '')))]);
  });

  it("names the chain of sources of the lead sentence's claim, and puts that claim first", async () => {
    const { element } = await mount();
    await openArticle(element);
    const selected = nextEvent(element, 'ag-select');
    await userEvent.click(sentence(element, 'p1s1'));
    expect((await selected).detail).toEqual({ kind: 'edge', key: 'e2' });
    await settle(element);
    const reader = part(element, 'ag-reader');
    await reader.updateComplete;
    const first = reader.shadowRoot!.querySelector<HTMLElement>('.note[data-for="p1s1"]')!;
    expect(first.dataset.edge).toBe('e2');
    expect(first.querySelector('.statement')!.textContent).toBe('Bashar al-Assad has agreed to supply Hezbollah');
    expect(first.querySelector('.attribution')!.textContent!.trim()).toBe(
      'According to “the US intelligence community”, via “two individuals familiar with the intelligence”',
    );
    expect(first.querySelector('.hedge')!.textContent).toContain('“intelligence suggesting”');
  });

  it('is reached with Tab; Enter on a sentence selects its edges', async () => {
    const { element } = await mount();
    await openArticle(element);
    // Focus is on the Article button; Tab on until a sentence has it.
    for (let i = 0; i < 30 && !deepActive()?.hasAttribute('data-sentence'); i++) await userEvent.tab();
    const focused = deepActive() as HTMLElement;
    expect(focused.getAttribute('data-sentence')).toBe('p1s1');
    expect(focused.getAttribute('role')).toBe('button');
    expect(focused.textContent).toContain('evidence for 6 relationships');
    const selected = nextEvent(element, 'ag-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toEqual({ kind: 'edge', key: 'e2' });
    await settle(element);
    expect(element.cy!.edges(':selected')).toHaveLength(edgesForSentence(graph, 'p1s1').length);
  });

  it('previews the edges of a sentence under the pointer, and lets go when the pointer leaves', async () => {
    const { element } = await mount();
    await openArticle(element);
    const target = sentence(element, 'p3s1');
    target.scrollIntoView({ block: 'center' });
    const box = target.getClientRects()[0];
    await commands.mouseMove({ x: box.left + 10, y: box.top + box.height / 2 }, window.innerWidth);
    await settle(element);
    const cy = element.cy!;
    const previewed = edgesForSentence(graph, 'p3s1');
    expect(cy.edges('.highlighted').map((edge) => edge.data('key'))).toEqual(previewed);
    expect(cy.nodes('.faded').length).toBeGreaterThan(0);
    const header = part(element, 'ag-reader').shadowRoot!.querySelector('h3')!.getBoundingClientRect();
    await commands.mouseMove({ x: header.left + 5, y: header.top + 5 }, window.innerWidth);
    await settle(element);
    expect(cy.elements('.faded, .highlighted')).toHaveLength(0);
  });

  it('is a drawer on narrow boxes and stays open when a sentence is chosen', async () => {
    const { element } = await mount(undefined, { width: 390, height: 700 });
    await openArticle(element);
    const panel = element.shadowRoot!.querySelector<HTMLElement>('.panel.reader')!;
    expect(panel.hidden).toBe(false);
    expect(getComputedStyle(panel).position).toBe('absolute');
    await userEvent.click(sentence(element, 'p1s2'));
    await settle(element);
    expect(panel.hidden).toBe(false);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.panel.details')!.hidden).toBe(true);
    await userEvent.click(element.shadowRoot!.querySelector<HTMLElement>('button[aria-label="Close reader"]')!);
    expect(panel.hidden).toBe(true);
  });

  it('hides itself and the story for a graph without a source text', async () => {
    const { element } = await mount();
    await openArticle(element);
    const ready = nextEvent(element, 'ag-ready');
    element.graph = { nodes: [{ key: 'a' }], edges: [] };
    await ready;
    await settle(element);
    expect(button(element, 'Article')).toBeUndefined();
    expect(button(element, 'Story')).toBeUndefined();
    expect(element.shadowRoot!.querySelector<HTMLElement>('.panel.reader')!.hidden).toBe(true);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.panel.legend')!.hidden).toBe(false);
    expect(part(element, 'ag-reader').shadowRoot!.childElementCount).toBe(0);
  });
});
