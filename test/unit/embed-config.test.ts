/** The declarative attributes of <article-graph> and its deep link in the URL hash, as pure functions. */
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/model/load';
import { hiddenRelationsFor, parseList, selectionFor, shownPanels } from '../../src/components/article-graph/declarative';
import { parseViewHash, writeViewHash, type LinkedView } from '../../src/components/article-graph/deep-link-hash';
import { inlineRuntime } from '../../build/self-contained-entry';
import small from '../fixtures/small-article.json';
import type { SerializedArticleGraph } from '../../src/model/types';

describe('declarative attributes', () => {
  it('reads lists separated by commas and spaces', () => {
    expect(parseList(' supplies, crosses  funds,,')).toEqual(['supplies', 'crosses', 'funds']);
    expect(parseList(undefined)).toEqual([]);
  });

  it('hides every relation not listed in `relations`, and none when it is unset or empty', () => {
    expect([...hiddenRelationsFor('supplies', ['crosses', 'supplies', 'denies'])]).toEqual(['crosses', 'denies']);
    expect(hiddenRelationsFor(undefined, ['crosses'])).toEqual(new Set());
    expect(hiddenRelationsFor('', ['crosses'])).toEqual(new Set());
  });

  it('selects a node or an edge by key, and nothing for an unknown key', async () => {
    const graph = await loadGraph(small as unknown as SerializedArticleGraph);
    const edge = graph.edges()[0];
    expect(selectionFor(graph, 'rebels')).toEqual({ kind: 'node', key: 'rebels' });
    expect(selectionFor(graph, edge)).toEqual({ kind: 'edge', key: edge });
    expect(selectionFor(graph, 'nobody')).toBeNull();
    expect(selectionFor(graph, undefined)).toBeNull();
  });

  it('shows all panels when `panels` is unset, only those listed otherwise', () => {
    const all = ['legend', 'details', 'reader'] as const;
    expect([...shownPanels(undefined, all)]).toEqual(['legend', 'details', 'reader']);
    expect([...shownPanels('details legend', all)]).toEqual(['legend', 'details']);
    expect([...shownPanels('', all)]).toEqual([]);
  });
});

describe('the deep link', () => {
  const view: LinkedView = {
    selection: { kind: 'node', key: 'al-assad' },
    hiddenRelations: new Set(['supplies', 'says & denies']),
    hiddenTypes: new Set(['media']),
    focusDepth: 2,
  };

  it('writes the view under its prefix and reads it back', () => {
    const hash = writeViewHash('', 'ag', view);
    expect(hash).toBe('#ag.select=node:al-assad&ag.hide=supplies,says%20%26%20denies&ag.hide-types=media&ag.focus=2');
    expect(parseViewHash(hash, 'ag')).toEqual(view);
  });

  it("keeps the page's own hash parts and other instances' views", () => {
    const hash = writeViewHash('#intro&other.select=edge:e1', 'ag', view);
    expect(hash.startsWith('#intro&other.select=edge:e1&ag.select=')).toBe(true);
    expect(parseViewHash(hash, 'other')).toEqual({ selection: { kind: 'edge', key: 'e1' }, hiddenRelations: new Set(), hiddenTypes: new Set(), focusDepth: 0 });
    const cleared = writeViewHash(hash, 'ag', { selection: null, hiddenRelations: new Set(), hiddenTypes: new Set(), focusDepth: 0 });
    expect(cleared).toBe('#intro&other.select=edge:e1');
    expect(writeViewHash('#ag.select=node:x', 'ag', { selection: null, hiddenRelations: new Set(), hiddenTypes: new Set(), focusDepth: 0 })).toBe('');
  });

  it('reads nothing from a hash without its prefix, and ignores malformed values', () => {
    expect(parseViewHash('#intro', 'ag')).toBeUndefined();
    expect(parseViewHash('#ag.select=planet:x&ag.focus=-3', 'ag')).toEqual({
      selection: null,
      hiddenRelations: new Set(),
      hiddenTypes: new Set(),
      focusDepth: 0,
    });
    // Focus without a selection is not written.
    expect(writeViewHash('', 'ag', { ...view, selection: null })).not.toContain('focus');
  });

  it('leaves out a part that is not valid percent-encoding, says which, and reads the rest', () => {
    const ignored: string[] = [];
    const read = parseViewHash('#ag.select=node:%E0%A4%A&ag.hide=supplies', 'ag', (part) => ignored.push(part));
    expect(read).toEqual({ selection: null, hiddenRelations: new Set(['supplies']), hiddenTypes: new Set(), focusDepth: 0 });
    expect(ignored).toEqual(['ag.select=node:%E0%A4%A']);
    expect(() => parseViewHash('#ag.hide=%', 'ag')).not.toThrow();
  });

  it('matches prefixes by whole names: the elements "g" and "g.x" keep their own parts', () => {
    const g: LinkedView = { selection: { kind: 'node', key: 'a' }, hiddenRelations: new Set(), hiddenTypes: new Set(), focusDepth: 0 };
    const gx: LinkedView = { selection: { kind: 'edge', key: 'e1' }, hiddenRelations: new Set(['r']), hiddenTypes: new Set(), focusDepth: 0 };
    const both = writeViewHash(writeViewHash('', 'g.x', gx), 'g', g);
    expect(parseViewHash(both, 'g')).toEqual(g);
    expect(parseViewHash(both, 'g.x')).toEqual(gx);
    const gCleared = writeViewHash(both, 'g', { ...g, selection: null });
    expect(parseViewHash(gCleared, 'g.x')).toEqual(gx);
  });

  it('keeps a key with a comma in a hidden list', () => {
    const withComma: LinkedView = { selection: null, hiddenRelations: new Set(['a,b', 'c']), hiddenTypes: new Set(), focusDepth: 0 };
    expect(parseViewHash(writeViewHash('', 'ag', withComma), 'ag')).toEqual(withComma);
  });
});

describe('the one-file bundle', () => {
  it("puts the runtime chunk's code in place of the entry's import of it, in a scope of its own", () => {
    const entry = 'import{n as e,t}from"./chunks/rolldown-runtime-X.js";var a=e(1)+t(2);export{a as value};';
    const runtime = 'var e=x=>x*10,t=x=>x+1;export{e as n,t};';
    const code = inlineRuntime(entry, runtime, 'chunks/rolldown-runtime-X.js');
    expect(code).not.toContain('import');
    const body = code.replace('export{a as value};', 'return a;');
    expect(new Function(body)()).toBe(13);
    expect(() => inlineRuntime('var a=1;', runtime, 'chunks/rolldown-runtime-X.js')).toThrow(/does not start with an import/);
  });
});
