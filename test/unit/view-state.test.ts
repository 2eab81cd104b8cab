/**
 * The view as one state and the pure functions over it: what each action does to the state, and
 * what the state makes Cytoscape draw (view-state.ts). No browser: the graph is the small article
 * fixture, six entities in two paragraphs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/model/load';
import { storySteps } from '../../src/model/queries';
import type { ArticleGraph } from '../../src/model/types';
import * as views from '../../src/view/view-state';
import type { ViewState } from '../../src/view/view-state';
import { fixtureData } from './fixtures';

interface Context {
  graph: ArticleGraph;
  state: ViewState;
}

const sorted = (set: Iterable<string>) => [...set].sort();

/** What is drawn for a state, with the visible elements worked out as the controller does. */
function draw({ graph }: Context, state: ViewState, fadeOnHover = true) {
  return views.drawnView(graph, state, { visible: views.visibleElements(graph, state), fadeOnHover });
}

describe('the view state', () => {
  const context = {} as Context;
  beforeEach(() => {
    context.graph = parseGraph(fixtureData('small-article.json'));
    context.state = views.INITIAL_VIEW;
  });

  describe('selection', () => {
    it('selects what the graph has, and nothing else', () => {
      const { graph, state } = context;
      expect(views.select(state, graph, { kind: 'node', key: 'rebels' }).selection).toEqual({ kind: 'node', key: 'rebels' });
      expect(views.select(state, graph, { kind: 'edge', key: 'e2' }).selection).toEqual({ kind: 'edge', key: 'e2' });
      expect(views.select(state, graph, { kind: 'node', key: 'ghost' }).selection).toBeNull();
      expect(views.select(state, graph, { kind: 'edge', key: 'rebels' }).selection).toBeNull();
      expect(views.select(state, undefined, { kind: 'node', key: 'rebels' }).selection).toBeNull();
    });

    it('marks the selection selected and labels a selected node\'s relationships', () => {
      const drawn = draw(context, views.select(context.state, context.graph, { kind: 'node', key: 'traders' }));
      expect(sorted(drawn.selected.nodes)).toEqual(['traders']);
      expect(sorted(drawn.classes.labelled.edges)).toEqual(['e3', 'e4']);
      expect(drawn.classes.faded.nodes.size + drawn.classes.faded.edges.size).toBe(0);
    });

    it('clearing the selection ends the focus and forgets the sentence it came from', () => {
      const { graph } = context;
      const focused = views.focus(context.state, graph, 'rebels', 2);
      expect(focused.focusDepth).toBe(2);
      expect(views.select(focused, graph, null)).toMatchObject({ selection: null, focusDepth: 0 });
      const fromSentence = views.chooseSentence(context.state, graph, 'p2s1', ['e2']);
      expect(views.select(fromSentence, graph, { kind: 'node', key: 'lira' }).fromSentence).toBeNull();
    });
  });

  describe('filters', () => {
    it('hide a relation\'s edges, and a type\'s nodes with their edges, and show them again', () => {
      const { graph } = context;
      const noSupply = views.toggle(context.state, 'relation', 'supplies', false);
      expect(sorted(views.visibleElements(graph, noSupply).edges)).toEqual(['e1', 'e4']);
      expect(views.visibleElements(graph, noSupply).nodes.size).toBe(6);
      expect(views.toggle(noSupply, 'relation', 'supplies', true).hiddenRelations.size).toBe(0);
      const type = graph.getNodeAttribute('traders', 'type')!;
      const noType = views.toggle(context.state, 'type', type, false);
      const visible = views.visibleElements(graph, noType);
      expect(visible.nodes.has('traders')).toBe(false);
      expect(visible.edges.has('e3') || visible.edges.has('e4')).toBe(false);
    });

    it('leave the state as it is when nothing changes', () => {
      expect(views.toggle(context.state, 'relation', 'supplies', true)).toBe(context.state);
      expect(views.hover(context.state, null)).toBe(context.state);
      expect(views.preview(context.state, [])).toBe(context.state);
    });

    it('go, with focus and selection, on reset', () => {
      const { graph } = context;
      let state = views.toggle(context.state, 'relation', 'crosses', false);
      state = views.focus(state, graph, 'rebels', 1);
      expect(views.reset(state)).toMatchObject({ selection: null, focusDepth: 0 });
      expect(views.reset(state).hiddenRelations.size).toBe(0);
    });
  });

  describe('focus', () => {
    it('shows only the neighbourhood within the depth, and everything at depth 0', () => {
      const { graph } = context;
      expect(sorted(views.visibleElements(graph, views.focus(context.state, graph, 'lira', 1)).nodes)).toEqual(['lira', 'rebels']);
      expect(sorted(views.visibleElements(graph, views.focus(context.state, graph, 'lira', 2)).nodes)).toEqual(['lira', 'norland', 'rebels', 'traders']);
      expect(sorted(views.visibleElements(graph, views.focus(context.state, graph, 'lira', 3)).nodes)).toEqual(['lira', 'norland', 'port-ade', 'rebels', 'traders']);
      expect(views.visibleElements(graph, views.focus(context.state, graph, 'lira', 0)).nodes.size).toBe(6);
    });

    it('only applies to a selected node', () => {
      const { graph } = context;
      const edgeSelected = { ...views.select(context.state, graph, { kind: 'edge', key: 'e1' }), focusDepth: 2 };
      expect(views.visibleElements(graph, edgeSelected).nodes.size).toBe(6);
      expect(views.focus(context.state, graph, 'ghost', 2)).toMatchObject({ selection: null, focusDepth: 0 });
    });
  });

  describe('hover', () => {
    it('highlights and labels the neighbourhood and fades the rest, at the full level of detail', () => {
      const drawn = draw(context, views.hover(context.state, { kind: 'node', key: 'traders' }));
      expect(sorted(drawn.classes.highlighted.edges)).toEqual(['e3', 'e4']);
      expect(sorted(drawn.classes.labelled.edges)).toEqual(['e3', 'e4']);
      expect(sorted(drawn.classes.faded.nodes)).toEqual(['lira', 'ministry', 'norland']);
      expect(sorted(drawn.classes.faded.edges)).toEqual(['e1', 'e2']);
    });

    it('only highlights on a large graph (no fading)', () => {
      const drawn = draw(context, views.hover(context.state, { kind: 'edge', key: 'e1' }), false);
      expect(sorted(drawn.classes.highlighted.edges)).toEqual(['e1']);
      expect(drawn.classes.faded.nodes.size + drawn.classes.faded.edges.size).toBe(0);
    });
  });

  describe('the article beside the graph', () => {
    it('a previewed sentence highlights its relationships and their entities, and fades the rest', () => {
      const drawn = draw(context, views.preview(context.state, ['e2']));
      expect(sorted(drawn.classes.highlighted.edges)).toEqual(['e2']);
      expect(sorted(drawn.classes.highlighted.nodes)).toEqual(['norland', 'rebels']);
      expect(sorted(drawn.classes.labelled.edges)).toEqual(['e2']);
      expect(sorted(drawn.classes.faded.nodes)).toEqual(['lira', 'ministry', 'port-ade', 'traders']);
    });

    it('the pointer on the graph wins over a preview', () => {
      const state = views.hover(views.preview(context.state, ['e2']), { kind: 'node', key: 'lira' });
      expect(sorted(draw(context, state).classes.highlighted.edges)).toEqual(['e1']);
    });

    it('a chosen sentence selects every relationship it states, the first as the selection', () => {
      const state = views.chooseSentence(context.state, context.graph, 'p2s2', ['e3', 'ghost', 'e2']);
      expect(state.selection).toEqual({ kind: 'edge', key: 'e3' });
      expect(state.fromSentence).toEqual({ sentence: 'p2s2', edges: ['e3', 'e2'] });
      const drawn = draw(context, state);
      expect(sorted(drawn.selected.edges)).toEqual(['e2', 'e3']);
      expect(sorted(drawn.classes.labelled.edges)).toEqual(['e2', 'e3']);
      expect(sorted(drawn.classes.highlighted.nodes)).toEqual(['norland', 'rebels', 'traders']);
    });

    it('a sentence with nothing in the graph clears the selection', () => {
      const selected = views.select(context.state, context.graph, { kind: 'node', key: 'lira' });
      expect(views.chooseSentence(selected, context.graph, 'p1s1', ['ghost'])).toMatchObject({ selection: null, fromSentence: null });
    });
  });

  describe('story mode', () => {
    it('shows what is stated up to the step and marks what the step adds', () => {
      const { graph } = context;
      const steps = storySteps(graph);
      const first = views.startStory(context.state, steps);
      expect(sorted(views.visibleElements(graph, first).edges)).toEqual(['e1', 'e2']);
      expect(sorted(draw(context, first).classes['story-new'].nodes)).toEqual(['lira', 'norland', 'rebels']);
      const second = views.goToStep(first, 1);
      expect(sorted(views.visibleElements(graph, second).edges)).toEqual(['e1', 'e2', 'e3']);
      expect(sorted(draw(context, second).classes['story-new'].edges)).toEqual(['e3']);
    });

    it('lets go of a selection the story has not stated yet at its step', () => {
      const { graph } = context;
      const steps = storySteps(graph);
      // Traders appear in the second paragraph only.
      const selected = views.focus(context.state, graph, 'traders', 1);
      const first = views.startStory(selected, steps);
      expect(first).toMatchObject({ selection: null, focusDepth: 0 });
      const later = views.select(views.goToStep(first, 1), graph, { kind: 'node', key: 'traders' });
      expect(later.selection).toEqual({ kind: 'node', key: 'traders' });
      expect(views.goToStep(later, 0).selection).toBeNull();
      const rebels = views.select(later, graph, { kind: 'node', key: 'rebels' });
      expect(views.goToStep(rebels, 0).selection).toEqual({ kind: 'node', key: 'rebels' });
    });

    it('keeps the filters while stepping', () => {
      const { graph } = context;
      const state = views.startStory(views.toggle(context.state, 'relation', 'crosses', false), storySteps(graph));
      expect(sorted(views.visibleElements(graph, state).edges)).toEqual(['e2']);
    });

    it('steps within the story, plays to the end and stops there, and starts over from the last step', () => {
      const steps = storySteps(context.graph);
      let state = views.startStory(context.state, steps);
      expect(views.goToStep(state, 9)?.story?.step).toBe(1);
      expect(views.goToStep(state, -3)).toBe(state);
      state = views.play(state);
      expect(state.story).toMatchObject({ step: 0, playing: true });
      state = views.advance(state);
      expect(state.story).toMatchObject({ step: 1, playing: false });
      expect(views.advance(state)).toBe(state);
      expect(views.play(state).story).toMatchObject({ step: 0, playing: true });
      expect(views.exitStory(state).story).toBeNull();
      expect(views.startStory(context.state, [])).toBe(context.state);
    });
  });
});
