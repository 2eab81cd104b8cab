/** The error every refusal to load a graph is: a sentence, and every problem with its place. */
import { describeProblem, type Problem } from './problem';

export class GraphLoadError extends Error {
  readonly problems: Problem[];

  constructor(message: string, problems: Problem[] = []) {
    super(problems.length > 0 ? `${message}: ${summarise(problems)}` : message);
    this.name = 'GraphLoadError';
    this.problems = problems;
  }
}

function summarise(problems: Problem[]): string {
  const shown = problems.slice(0, 3).map(describeProblem).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

/** A refusal listing `problems`: "The GEXF file has 2 problems: …". */
export function refusal(subject: string, problems: Problem[]): GraphLoadError {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return new GraphLoadError(`${subject} has ${problems.length} ${noun}`, problems);
}
