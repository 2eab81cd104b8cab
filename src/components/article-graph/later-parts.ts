/**
 * The parts of the shell that the first picture does not need: the article, the story bar, the list
 * of statements and the shortcuts overlay. One chunk, defined by the shell once the graph is drawn.
 */
import { AgReader } from '../ag-reader/ag-reader';
import { AgStory } from '../ag-story/ag-story';
import { AgStatements } from '../ag-statements/ag-statements';
import { AgHelp } from '../ag-help/ag-help';

export const LATER_PARTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['ag-reader', AgReader],
  ['ag-story', AgStory],
  ['ag-statements', AgStatements],
  ['ag-help', AgHelp],
];
