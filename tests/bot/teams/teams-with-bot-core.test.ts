import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';
import {
  cardOf,
  channelConversation,
  mentionActivity,
  postActivity,
  startFakeConnector,
  startTeamsBot,
  submitActivity,
  type FakeConnector,
  type TeamsTestBot,
} from '../../fixtures/teams/teams-harness.js';

let connector: FakeConnector;
let teams: TeamsTestBot;
let core: BotCore;

beforeAll(async () => {
  core = createBotCore({ inputs: await loadInputs() });
  connector = await startFakeConnector();
  teams = await startTeamsBot({ core });
});
afterAll(async () => {
  await teams.close();
  await connector.close();
});

describe('Teams with the real bot core on the sample trust', () => {
  it('shows exactly the figures the core computed, as a valid card, and follows up on the same scenario', async () => {
    const question = 'what if we consolidate ward systems?';
    const where = channelConversation('1764061200000');
    await postActivity(teams.url, mentionActivity(connector.url, where, question));

    const expected = await core.ask(question);
    expect(expected.answer.kind).toBe('what-if');
    const card = cardOf(connector.requests[0]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card).toEqual(JSON.parse(JSON.stringify(renderAnswerCard(expected.answer))));

    const compare = (card?.['actions'] as { title: string; data: Record<string, unknown> }[]).find((a) => a.title === 'Compare hypervisors');
    expect(compare).toBeDefined();
    await postActivity(teams.url, submitActivity(connector.url, where, compare?.data ?? {}));
    const compared = cardOf(connector.requests[1]);
    expect(adaptiveCardErrors(compared)).toEqual([]);
    expect(JSON.stringify(compared)).toMatch(/Hyper-V/i);

    await postActivity(teams.url, mentionActivity(connector.url, where, 'and with DR?'));
    const followUp = await core.ask('and with DR?', expected.context);
    expect(cardOf(connector.requests[2])).toEqual(JSON.parse(JSON.stringify(renderAnswerCard(followUp.answer))));
    expect(followUp.answer.scenario?.scope).toBe(expected.answer.scenario?.scope);
  });
});
