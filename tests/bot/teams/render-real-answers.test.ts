import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionId } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import type { ConversationContext } from '../../../bot/conversation/conversation-context.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';

/** Teams refuses messages of about 28 KB and more. */
const teamsMessageLimit = 28 * 1024;

let core: BotCore;
beforeAll(async () => {
  core = createBotCore({ inputs: await loadInputs() });
});

describe('every kind of answer from the bot core on the sample trust', () => {
  it('renders as a valid Adaptive Card 1.5 well under the Teams message size limit', async () => {
    const questions = [
      'what if we consolidate ward systems?',
      'and with DR?',
      'compare hypervisors',
      'how many servers do we have?',
      'show assumptions',
      'what if we consolidate everything onto the cheapest hosts?',
      'how sensitive is that to energy price?',
      'help',
      'what if we consolidate pathology at 30p/kWh?',
      'what if we consolidate the flux capacitor?',
    ];
    const kinds = new Set<string>();
    let context: ConversationContext | undefined;
    const check = (answer: Parameters<typeof renderAnswerCard>[0], label: string) => {
      const card = renderAnswerCard(answer);
      kinds.add(answer.kind);
      expect(adaptiveCardErrors(card), label).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card)), label).toBeLessThan(teamsMessageLimit);
    };
    for (const question of questions) {
      const reply = await core.ask(question, context);
      context = reply.context;
      check(reply.answer, question);
    }
    for (const action of ['show-assumptions', 'compare-hypervisors', 'compare-hosts', 'sensitivity', 'business-case'] satisfies ActionId[]) {
      check((await core.act(action, { context: context ?? { version: 1 } })).answer, action);
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['assumptions', 'compare', 'estate', 'help', 'sensitivity', 'what-if']));
  }, 60_000);
});
