import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';
import { historySummary } from '../../../bot/summary/history-summary.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { tempDir } from '../../store/temp-store.js';

const questions = (JSON.parse(readFileSync(new URL('../../fixtures/questions/phrasings.json', import.meta.url), 'utf8')) as { questions: { q: string }[] }).questions.map((p) => p.q);

/** Keys a chat client shows as text; button payloads (value, data) and ids are not read by people. */
const shownKeys = new Set(['text', 'title', 'label', 'alt_text', 'fallbackText', 'placeholder', 'speak', 'summary']);

function shownText(node: unknown, key = 'text'): string[] {
  if (typeof node === 'string') return shownKeys.has(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((item) => shownText(item, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === 'value' || k === 'data' ? [] : shownText(v, k)));
  return [];
}

/** Digits that carry meaning in a decimal ("406.6138" has 7, "0.177" has 3). */
function significantDigits(decimal: string): number {
  return decimal.replace('.', '').replace(/^0+/, '').length;
}

describe('chat-ready wording of every corpus answer in Slack, Teams and the terminal', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let core: BotCore;
  let keys: string[];
  const answers: { question: string; answer: Answer }[] = [];
  beforeAll(async () => {
    const inputs = await loadInputs();
    keys = inputs.assumptions.all().map((a) => a.key);
    // History questions are answered from a real history store seeded with the bundled snapshots.
    core = createBotCore({ inputs, today: () => '2026-11-25', summary: historySummary(inputs, tmp.file(), () => '2026-11-25') });
    for (const question of questions) answers.push({ question, answer: (await core.ask(question)).answer });
    // Every corpus question is answered (over 550, many costing the whole estate): allow for a machine shared by a full suite run.
  }, 600_000);

  it('shows no raw assumption key, no number past 4 significant digits and no command-line flag', () => {
    const problems: string[] = [];
    for (const { question, answer } of answers) {
      const renderings = {
        slack: shownText(renderAnswerBlocks(answer)).join('\n'),
        teams: shownText(renderAnswerCard(answer)).join('\n'),
        terminal: renderAnswerText(answer),
      };
      for (const [where, text] of Object.entries(renderings)) {
        const key = keys.find((k) => text.includes(k));
        if (key) problems.push(`${where} "${question}": raw key ${key}`);
        const long = text.match(/\d+\.\d+/g)?.find((d) => significantDigits(d) > 4);
        if (long) problems.push(`${where} "${question}": unrounded ${long}`);
        const flag = /(?:^|\s)--[a-z][a-z-]+|\bunsprawl (?:tco|report|ask|plan|chat)\b/.exec(text);
        if (flag) problems.push(`${where} "${question}": command line "${flag[0].trim()}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('says how it read every answer with figures, and never computes figures for a refused message', () => {
    for (const { question, answer } of answers) {
      if (['what-if', 'compare', 'sensitivity', 'estate'].includes(answer.kind)) {
        expect(answer.notes[0], question).toMatch(/^Read as: /);
        expect(answer.interpretation, question).toBeTruthy();
      }
    }
  });
});
