/** What `/unsprawl …` asks for. Anything that is not `help` or `report …` is a question. */
export type SlashCommand = { kind: 'help' } | { kind: 'ask'; question: string } | { kind: 'report'; question: string };

/**
 * `/unsprawl help`, `/unsprawl ask what if we consolidate ward systems?`, `/unsprawl report
 * ward systems with DR`. A bare question (`/unsprawl what if …`) is an `ask`, because that is
 * what people type.
 */
export function parseCommand(text: string): SlashCommand {
  const trimmed = text.trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const verb = match?.[1]?.toLowerCase() ?? '';
  const rest = (match?.[2] ?? '').trim();
  if (trimmed === '' || verb === 'help' || verb === '?') return { kind: 'help' };
  if (verb === 'ask') return rest === '' ? { kind: 'help' } : { kind: 'ask', question: rest };
  if (verb === 'report' || verb === 'business-case') return { kind: 'report', question: rest };
  return { kind: 'ask', question: trimmed };
}
