/** A problem found in a graph, with its place: what refuses a graph, or what was ignored in it. */
export interface Problem {
  /** Where: 'graph', 'options', 'node 2 ("assad")', 'edge 3 ("e3")', 'GEXF line 12', 'CSV line 4'. */
  where: string;
  message: string;
}

export function describeProblem(problem: Problem): string {
  return `${problem.where}: ${problem.message}`;
}
