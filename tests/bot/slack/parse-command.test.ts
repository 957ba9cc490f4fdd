import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../bot/slack/parse-command.js';

describe('parseCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['  HELP ', { kind: 'help' }],
    ['ask', { kind: 'help' }],
    ['ask what if we consolidate ward systems?', { kind: 'ask', question: 'what if we consolidate ward systems?' }],
    ['what if electricity hits 35p', { kind: 'ask', question: 'what if electricity hits 35p' }],
    ['report', { kind: 'report', question: '' }],
    ['report ward systems with DR', { kind: 'report', question: 'ward systems with DR' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
});
