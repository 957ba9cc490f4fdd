import type { Answer } from '../bot/answer/answer.js';
import { shellLine } from './shell-line.js';
import type { TerminalSession } from './terminal-session.js';

/** The answer model with the equivalent `unsprawl tco` command for its scenario (a business case keeps its report command). */
export function answerWithCommand(answer: Answer, session: Pick<TerminalSession, 'equivalentCommand'>): Answer & { commandArgs?: string[] } {
  if (!answer.scenario || answer.command !== undefined) return answer;
  const args = session.equivalentCommand(answer.scenario);
  return { ...answer, command: shellLine(args), commandArgs: args };
}
