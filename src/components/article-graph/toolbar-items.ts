/**
 * The viewer's toolbar: its controls, most used first. Each has room in the row from its priority's
 * width, else it is in the overflow menu (toolbar-controller.ts).
 */
import type { ArticleGraph } from '../../model/types';
import { hasPositions } from '../../view/elements';
import { LAYOUTS, type LayoutName } from '../../view/layouts';
import type { KeyboardController } from './keyboard-controller';
import type { PanelsController } from './panels-controller';
import type { StoryController } from './story-controller';
import type { ToolbarAction, ToolbarChoice } from './toolbar-controller';

type Item = ToolbarAction | ToolbarChoice;

/** What the toolbar's controls act on: the element's public methods, and the parts that own the panels, the keyboard lists and story mode. */
export interface ToolbarTarget {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  reset(): Promise<void>;
  runLayout(name: LayoutName): Promise<void>;
}

export function toolbarItems(
  target: ToolbarTarget,
  parts: { data: ArticleGraph | undefined; layout: LayoutName; panels: PanelsController; keyboard: KeyboardController; story: StoryController },
): Item[] {
  const { data, panels, keyboard, story } = parts;
  const layouts = Object.values(LAYOUTS).filter((l) => l.name !== 'preset' || (data && hasPositions(data)));
  return [
    { id: 'zoom-in', label: 'Zoom in', text: '+', priority: 2, run: () => target.zoomIn() },
    { id: 'zoom-out', label: 'Zoom out', text: '−', priority: 2, run: () => target.zoomOut() },
    { id: 'fit', label: 'Fit to view', text: 'Fit', priority: 1, run: () => target.fit() },
    { id: 'reset', label: 'Reset view', text: 'Reset', title: 'Reset filters, focus and layout', priority: 3, run: () => target.reset() },
    { id: 'layout', label: 'Layout', priority: 4, value: parts.layout, options: layouts.map((l) => ({ value: l.name, label: l.label })), choose: (name) => target.runLayout(name as LayoutName) },
    ...(panels.allowed('reader')
      ? ([
          { id: 'article', label: 'Article', title: 'Read the article beside the graph', priority: 0, pressed: panels.readerOpen, run: panels.toggleReader },
          { id: 'story', label: 'Story', className: 'story-toggle', title: 'Replay the article paragraph by paragraph', priority: 2, pressed: story.active, button: story.toggleButton, run: story.toggle },
        ] satisfies Item[])
      : []),
    { id: 'list', label: 'List', title: 'The graph as a list of statements (L)', priority: 3, pressed: keyboard.listOpen, run: keyboard.toggleList },
    { id: 'help', label: 'Keyboard shortcuts', text: '?', title: 'Keyboard shortcuts (?)', priority: 4, pressed: keyboard.helpOpen, run: keyboard.toggleHelp },
    ...(panels.allowed('details') ? ([{ id: 'details', label: 'Details', title: 'Details of the selection', priority: 3, pressed: !panels.hidden('details'), run: () => panels.toggle('details') }] satisfies Item[]) : []),
  ];
}
