import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import dataset from '../../graph-data/article-graph.json';
import { parseGraph, storySteps } from '../../src/model';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { mount, part, settle, unmountAll, legendRow, toolbarControl } from '../support/mount';

afterEach(unmountAll);

const steps = storySteps(parseGraph(dataset));

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

function shown(element: ArticleGraphElement) {
  const cy = element.cy!;
  return {
    nodes: new Set(cy.nodes(':visible').map((node) => node.data('key') as string)),
    edges: new Set(cy.edges(':visible').map((edge) => edge.data('key') as string)),
  };
}

async function startStory(element: ArticleGraphElement) {
  await userEvent.click(await toolbarControl(element, 'Story'));
  await settle(element);
  const story = part(element, 'ag-story');
  await story.updateComplete;
  return story;
}

async function expectStep(element: ArticleGraphElement, index: number) {
  await settle(element);
  expect(shown(element)).toEqual(steps[index].shown);
  const cy = element.cy!;
  expect(cy.nodes('.story-new').map((node) => node.data('key')).sort()).toEqual([...steps[index].newNodes].sort());
  expect(cy.edges('.story-new').map((edge) => edge.data('key')).sort()).toEqual([...steps[index].newEdges].sort());
  const current = part(element, 'ag-reader').shadowRoot!.querySelector('.paragraph.current');
  expect(current?.getAttribute('data-paragraph')).toBe(steps[index].paragraph.id);
  expect(part(element, 'ag-story').shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!.value).toBe(String(index + 1));
}

describe('story mode', () => {
  it('starts at paragraph 1 with only what it states, the new elements emphasised, the paragraph alongside', async () => {
    const { element } = await mount();
    const total = element.cy!.elements().length;
    await startStory(element);
    expect(steps[0].shown.nodes.size).toBeGreaterThan(0);
    expect(steps[0].shown.nodes.size).toBeLessThan(dataset.nodes.length);
    await expectStep(element, 0);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.panel.reader')!.hidden).toBe(false);
    // The words that state the new relationships are marked in the paragraph, without notes.
    const reader = part(element, 'ag-reader').shadowRoot!;
    const marks = [...reader.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.closest('[data-paragraph]')!.getAttribute('data-paragraph') === steps[0].paragraph.id)).toBe(true);
    const graph = parseGraph(dataset);
    const quotes = steps[0].newEdges.flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence')!.filter((e) => e.sentence.startsWith('p1s')).map((e) => e.quote));
    for (const mark of marks) expect(quotes.some((quote) => quote.includes(mark.textContent!) || mark.textContent!.includes(quote))).toBe(true);
    expect(reader.querySelector('.note')).toBeNull();
    // Later paragraphs are dimmed in the article.
    const later = part(element, 'ag-reader').shadowRoot!.querySelectorAll('.paragraph.later');
    expect(later).toHaveLength(steps.length - 1);
    // The graph is untouched underneath: everything comes back on leaving.
    expect(element.cy!.elements()).toHaveLength(total);
  });

  it('steps with next and previous, as storySteps says', async () => {
    const { element } = await mount();
    const story = await startStory(element);
    const root = story.shadowRoot!;
    expect(button(root, 'Previous paragraph').disabled).toBe(true);
    await userEvent.click(button(root, 'Next paragraph'));
    await expectStep(element, 1);
    await userEvent.click(button(root, 'Next paragraph'));
    await expectStep(element, 2);
    expect(shown(element).edges.size).toBeGreaterThan(steps[1].shown.edges.size);
    await userEvent.click(button(root, 'Previous paragraph'));
    await expectStep(element, 1);
    expect(root.querySelector('.news')!.textContent).toContain(`${steps[1].shown.edges.size} stated so far`);
  });

  it('moves with the scrubber and its keys', async () => {
    const { element } = await mount();
    const story = await startStory(element);
    const range = story.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    expect(range.getAttribute('aria-label')).toBe('Paragraph');
    await userEvent.click(range);
    await userEvent.keyboard('{End}');
    await expectStep(element, steps.length - 1);
    expect(button(story.shadowRoot!, 'Next paragraph').disabled).toBe(true);
    await userEvent.keyboard('{ArrowLeft}');
    await expectStep(element, steps.length - 2);
    expect(range.getAttribute('aria-valuetext')).toBe(`Paragraph ${steps.length - 1} of ${steps.length}`);
  });

  it('is driven from the keyboard: arrows step, space plays and pauses, Escape leaves', async () => {
    const { element } = await mount();
    const story = await startStory(element);
    // Starting the story puts the focus on its controls.
    expect(story.shadowRoot!.activeElement?.classList.contains('bar')).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await expectStep(element, 1);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    await expectStep(element, 2);
    await userEvent.keyboard(' ');
    await story.updateComplete;
    expect(button(story.shadowRoot!, 'Pause')).toBeDefined();
    await userEvent.keyboard(' ');
    await story.updateComplete;
    expect(button(story.shadowRoot!, 'Play')).toBeDefined();
    await userEvent.keyboard('{Escape}');
    await settle(element);
    expect(element.shadowRoot!.querySelector('ag-story')).toBeNull();
    expect(element.cy!.elements(':hidden')).toHaveLength(0);
  });

  it('plays on by itself every few seconds and can be paused', async () => {
    const { element } = await mount();
    const story = await startStory(element);
    await userEvent.click(button(story.shadowRoot!, 'Play'));
    await expect.poll(() => story.step, { timeout: 6000, interval: 200 }).toBe(1);
    await settle(element);
    expect(shown(element)).toEqual(steps[1].shown);
    await userEvent.click(button(story.shadowRoot!, 'Pause'));
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(story.step).toBe(1);
  }, 20_000);

  it('restores the whole graph when left', async () => {
    const { element } = await mount();
    const before = shown(element);
    const story = await startStory(element);
    await userEvent.click(button(story.shadowRoot!, 'Next paragraph'));
    await settle(element);
    expect(shown(element).nodes.size).toBeLessThan(before.nodes.size);
    await userEvent.click(button(story.shadowRoot!, 'Leave story mode'));
    await settle(element);
    expect(shown(element)).toEqual(before);
    expect(element.cy!.elements('.story-new')).toHaveLength(0);
    expect(part(element, 'ag-reader').shadowRoot!.querySelector('.paragraph.current, .paragraph.later')).toBeNull();
    expect(button(element.shadowRoot!, 'Story').getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps the legend filters while stepping', async () => {
    const { element } = await mount();
    const supplies = await legendRow(element, 'supplies');
    await userEvent.click(supplies);
    await settle(element);
    await startStory(element);
    const visible = shown(element);
    const suppliesEdges = new Set(element.cy!.edges('[relation = "supplies"]').map((edge) => edge.data('key') as string));
    expect([...visible.edges].filter((edge) => suppliesEdges.has(edge))).toEqual([]);
    expect([...steps[0].shown.edges].filter((edge) => !suppliesEdges.has(edge)).sort()).toEqual([...visible.edges].sort());
  });

  it('shows the paragraph in the bar on narrow boxes', async () => {
    const { element } = await mount(undefined, { width: 390, height: 700 });
    const story = await startStory(element);
    const text = story.shadowRoot!.querySelector('.text')!;
    expect(text.textContent).toBe(steps[0].paragraph.sentences.map((s) => s.text).join(' '));
    const bar = story.getBoundingClientRect();
    const stage = element.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    expect(bar.left).toBeGreaterThanOrEqual(stage.left);
    expect(bar.right).toBeLessThanOrEqual(stage.right);
    expect(bar.bottom).toBeLessThanOrEqual(stage.bottom);
  });
});
