import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHistoryConversationStore } from '../../../bot/teams/create-history-conversation-store.js';
import { createTeamsPostPort } from '../../../bot/teams/create-teams-post-port.js';
import { findConversationRefs } from '../../../store/conversations/find-conversation-refs.js';
import { openStore, type HistoryStore } from '../../../store/open-store.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';
import {
  BOT_ID,
  CHANNEL,
  TEAM,
  TENANT,
  cardOf,
  channelConversation,
  invokeActivity,
  mentionActivity,
  messageActivity,
  personalConversation,
  postActivity,
  startFakeConnector,
  startTeamsBot,
  submitActivity,
  type FakeConnector,
  type TeamsTestBot,
} from '../../fixtures/teams/teams-harness.js';

function bodyOf(card: Record<string, unknown> | undefined): unknown[] {
  const body = card?.['body'];
  return Array.isArray(body) ? body : [];
}

let connector: FakeConnector;
let teams: TeamsTestBot;
const schedulerStores: HistoryStore[] = [];

/** What the scheduler reads: its own connection to the bot's history file, not the bot's store object. */
function schedulerConversations() {
  const store = openStore({ path: teams.history.path });
  schedulerStores.push(store);
  return createHistoryConversationStore(store);
}

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(async () => {
  connector.requests.length = 0;
  connector.uploads.length = 0;
  teams = await startTeamsBot();
});
afterEach(async () => {
  for (const store of schedulerStores.splice(0)) store.close();
  await teams.close();
});

describe('Teams personal chat and channel mentions', () => {
  it('answers a personal message with a valid Adaptive Card 1.5 replying to that message', async () => {
    const activity = messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?');
    const response = await postActivity(teams.url, activity);

    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(1);
    const reply = connector.requests[0];
    expect(reply?.conversationId).toBe('a:personal-ada');
    expect(reply?.replyToId).toBe(activity.id);
    const card = cardOf(reply);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(bodyOf(card).slice(0, 2)).toEqual([
      expect.objectContaining({ type: 'TextBlock', text: 'Answer 1 to: what if we consolidate ward systems?' }),
      { type: 'FactSet', facts: [{ title: 'Hosts (HA spare included)', value: '5' }, { title: 'Net present value', value: '£1,234,567' }] },
    ]);
    expect(card?.['actions']).toEqual([
      expect.objectContaining({ type: 'Action.Submit', title: 'Business case PDF', data: expect.objectContaining({ verb: 'business-case' }) }),
      expect.objectContaining({ type: 'Action.Submit', title: 'Show assumptions', data: expect.objectContaining({ verb: 'show-assumptions' }) }),
      expect.objectContaining({ type: 'Action.Submit', title: 'Compare hypervisors', data: expect.objectContaining({ verb: 'compare-hypervisors' }) }),
    ]);
    expect(teams.audit).toEqual([
      expect.objectContaining({ platform: 'teams', kind: 'question', outcome: 'answered', organisation: TENANT, text: 'what if we consolidate ward systems?', answerKind: 'what-if' }),
    ]);
  });

  it('strips the @mention in a channel, replies in the thread and remembers the channel for proactive posts', async () => {
    const where = channelConversation('1764061200000');
    const activity = mentionActivity(connector.url, where, 'what if we consolidate ward systems?');
    expect((await postActivity(teams.url, activity)).status).toBe(200);

    expect(teams.calls[0]).toMatchObject({ method: 'ask', text: 'what if we consolidate ward systems?' });
    expect(connector.requests[0]).toMatchObject({ conversationId: `${CHANNEL};messageid=1764061200000`, replyToId: activity.id });
    expect(adaptiveCardErrors(cardOf(connector.requests[0]))).toEqual([]);

    expect(findConversationRefs(teams.history)).toEqual([
      expect.objectContaining({
        platform: 'teams',
        key: CHANNEL,
        reference: expect.objectContaining({ conversationId: CHANNEL, scope: 'channel', reference: expect.objectContaining({ serviceUrl: connector.url, conversation: expect.objectContaining({ id: CHANNEL }) }) }),
      }),
    ]);
  });

  it('keeps each conversation its own context, so a follow-up stays on the same scenario', async () => {
    await postActivity(teams.url, messageActivity(connector.url, personalConversation('a:one'), 'what if we consolidate ward systems?'));
    await postActivity(teams.url, messageActivity(connector.url, personalConversation('a:one'), 'and with hyper-v?'));
    await postActivity(teams.url, messageActivity(connector.url, personalConversation('a:two'), 'and with hyper-v?'));

    const asks = teams.calls.filter((c) => c.method === 'ask');
    expect(asks[0]?.context).toBeUndefined();
    expect(asks[1]?.context?.lastScenario?.description).toBe('turn 1');
    expect(asks[2]?.context).toBeUndefined();
  });

  it('refuses people outside the allowed tenant politely, without asking the core', async () => {
    const outsider = personalConversation();
    const activity = messageActivity(connector.url, outsider, 'what if we consolidate ward systems?');
    const other = { ...activity, channelData: { tenant: { id: '00000000-0000-0000-0000-000000000001' } }, conversation: { ...activity.conversation, tenantId: '00000000-0000-0000-0000-000000000001' } };
    expect((await postActivity(teams.url, other)).status).toBe(200);

    expect(teams.calls).toEqual([]);
    expect(connector.requests[0]?.body['text']).toMatch(/not set up to answer/);
    expect(teams.audit).toEqual([expect.objectContaining({ outcome: 'refused', organisation: '00000000-0000-0000-0000-000000000001' })]);
  });
});

describe('Teams card buttons', () => {
  it('handles an Action.Submit click (a message with value) with the scenario and context it carried', async () => {
    const where = personalConversation();
    await postActivity(teams.url, messageActivity(connector.url, where, 'what if we consolidate ward systems?'));
    const submit = (cardOf(connector.requests[0])?.['actions'] as { data: Record<string, unknown> }[])[1];
    const response = await postActivity(teams.url, submitActivity(connector.url, where, submit?.data ?? {}));

    expect(response.status).toBe(200);
    expect(teams.calls[1]).toMatchObject({
      method: 'act',
      actionId: 'show-assumptions',
      request: { scenario: expect.objectContaining({ name: 'Ward systems onto 2-socket hosts' }), context: expect.objectContaining({ lastIntent: 'what-if' }) },
    });
    const card = cardOf(connector.requests[1]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(bodyOf(card)[0]).toMatchObject({ type: 'TextBlock', text: 'Action show-assumptions' });
  });

  it('handles an Action.Execute invoke (adaptiveCard/action) and answers the invoke', async () => {
    const where = channelConversation();
    const response = await postActivity(
      teams.url,
      invokeActivity(connector.url, where, 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'compare-hypervisors', data: {} } }),
    );

    expect(response).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Working on it…' } });
    expect(teams.calls[0]).toMatchObject({ method: 'act', actionId: 'compare-hypervisors' });
    expect(adaptiveCardErrors(cardOf(connector.requests[0]))).toEqual([]);
  });

  it('answers a button from an unknown version with a hint instead of an error', async () => {
    await postActivity(teams.url, submitActivity(connector.url, personalConversation(), { verb: 'launch-rockets' }));
    expect(teams.calls).toEqual([]);
    expect(connector.requests[0]?.body['text']).toMatch(/older version/);
  });
});

describe('Teams business case PDF', () => {
  it('in personal chat asks for file consent, uploads on accept and shows the file card', async () => {
    const where = personalConversation();
    const click = submitActivity(connector.url, where, { verb: 'business-case', scenario: { name: 'Ward systems', scope: 'service="Ward systems"' } });
    expect((await postActivity(teams.url, click)).status).toBe(200);
    expect(connector.requests[0]?.body['text']).toBe('Preparing the business case…');
    await teams.bot.whenIdle();
    expect(connector.requests[1]).toMatchObject({ conversationId: 'a:personal-ada', replyToId: click.id });
    const consent = (connector.requests[1]?.body['attachments'] as { contentType: string; name: string; content: { sizeInBytes: number; acceptContext: { reportId: string } } }[])[0];
    expect(consent).toMatchObject({ contentType: 'application/vnd.microsoft.teams.card.file.consent', name: 'business-case-ward-systems.pdf' });

    const uploadInfo = {
      contentUrl: 'https://nhs-my.sharepoint.com/personal/ada/Documents/Applications/unsprawl/business-case-ward-systems.pdf',
      name: 'business-case-ward-systems.pdf',
      uploadUrl: `${connector.url}upload/business-case-ward-systems.pdf`,
      uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C',
      fileType: 'pdf',
    };
    const response = await postActivity(
      teams.url,
      invokeActivity(connector.url, where, 'fileConsent/invoke', { type: 'fileUpload', action: 'accept', context: consent?.content.acceptContext, uploadInfo }),
    );

    expect(response.status).toBe(200);
    // The invoke is answered first; the upload and the file card follow.
    await teams.bot.whenIdle();
    const upload = connector.uploads[0];
    expect(upload?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(upload?.bytes.byteLength).toBe(consent?.content.sizeInBytes);
    expect(upload?.contentRange).toBe(`bytes 0-${(upload?.bytes.byteLength ?? 0) - 1}/${upload?.bytes.byteLength}`);
    expect(connector.requests[2]?.body['attachments']).toEqual([
      { contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl: uploadInfo.contentUrl, name: uploadInfo.name, content: { uniqueId: uploadInfo.uniqueId, fileType: 'pdf' } },
    ]);
  });

  it('uses the conversation\'s scenario when the button carried none', async () => {
    const rendered: unknown[] = [];
    await teams.close();
    teams = await startTeamsBot({ renderBusinessCase: async (scenario) => (rendered.push(scenario), { pdf: new Uint8Array([37, 80, 68, 70]), fileName: 'business-case.pdf' }) });
    const where = personalConversation();
    await postActivity(teams.url, messageActivity(connector.url, where, 'what if we consolidate ward systems?'));
    await postActivity(teams.url, submitActivity(connector.url, where, { verb: 'business-case' }));
    await teams.bot.whenIdle();
    expect(rendered).toEqual([expect.objectContaining({ name: 'Ward systems onto 2-socket hosts', description: 'turn 1' })]);
  });

  it('in personal chat says so when the person declines, and uploads nothing', async () => {
    const where = personalConversation();
    await postActivity(teams.url, submitActivity(connector.url, where, { verb: 'business-case' }));
    await teams.bot.whenIdle();
    const consent = (connector.requests[1]?.body['attachments'] as { content: { declineContext: { reportId: string } } }[])[0];
    await postActivity(teams.url, invokeActivity(connector.url, where, 'fileConsent/invoke', { type: 'fileUpload', action: 'decline', context: consent?.content.declineContext }));

    expect(connector.uploads).toEqual([]);
    expect(connector.requests[2]?.body['text']).toMatch(/not saved/);
  });

  it('apologises and audits a failure when the paper cannot be rendered', async () => {
    await teams.close();
    teams = await startTeamsBot({ renderBusinessCase: () => Promise.reject(new Error('Chromium is not installed')) });
    await postActivity(teams.url, submitActivity(connector.url, channelConversation(), { verb: 'business-case', scenario: { name: 'Ward systems' } }));
    await teams.bot.whenIdle();

    expect(connector.requests[1]?.body['text']).toMatch(/couldn't prepare the business case/);
    // A chat user is told what to press or type, never a command line.
    expect(connector.requests[1]?.body['text']).toMatch(/press "Business case PDF" again, or type "make the business case"/);
    expect(connector.requests[1]?.body['text']).not.toMatch(/unsprawl|--/);
    expect(teams.audit).toEqual([expect.objectContaining({ kind: 'action', outcome: 'failed', action: 'business-case', scenario: 'Ward systems', error: 'Chromium is not installed' })]);
    expect(teams.errors).toEqual([expect.objectContaining({ message: 'teams: business case failed' })]);
  });

  it('in a channel posts a signed, expiring link that the bot serves, and refuses tampered or expired links', async () => {
    const click = submitActivity(connector.url, channelConversation('1764061200000'), { verb: 'business-case', scenario: { name: 'Ward systems' } });
    await postActivity(teams.url, click);
    await teams.bot.whenIdle();
    expect(connector.requests[1]).toMatchObject({ conversationId: `${CHANNEL};messageid=1764061200000`, replyToId: click.id });
    const card = cardOf(connector.requests[1]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    const link = new URL(((card?.['actions'] as { url: string }[])[0])?.url ?? '');
    expect(link.pathname).toMatch(/^\/reports\/[0-9a-f-]{36}$/);

    const ok = await fetch(link);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const badSig = new URL(link);
    badSig.searchParams.set('sig', 'f'.repeat(64));
    expect((await fetch(badSig)).status).toBe(403);
    const laterExp = new URL(link);
    laterExp.searchParams.set('exp', String(Number(link.searchParams.get('exp')) + 3600));
    expect((await fetch(laterExp)).status).toBe(403);
    const otherReport = new URL(link);
    otherReport.pathname = '/reports/00000000-0000-4000-8000-000000000000';
    expect((await fetch(otherReport)).status).toBe(403);

    teams.clock.now += teams.settings.linkTtlSeconds * 1000 + 1000;
    const expired = await fetch(link);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/expired/);
  });
});

describe('Teams connector failures', () => {
  it('retries a 500 and a 429 from the Bot Connector and then delivers the reply', async () => {
    connector.failNext({ status: 500 }, { status: 429, retryAfter: '0' });
    const before = connector.attempts();
    const response = await postActivity(teams.url, messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?'));

    expect(response.status).toBe(200);
    expect(connector.attempts() - before).toBe(3);
    expect(connector.requests).toHaveLength(1);
    expect(teams.errors).toEqual([]);
  });

  it('logs an error after the last retry, does not crash, and answers the next message', async () => {
    connector.failNext({ status: 503 }, { status: 429 }, { status: 500 });
    const failed = await postActivity(teams.url, messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?'));

    expect(failed.status).toBe(200);
    expect(teams.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/could not deliver/), fields: expect.objectContaining({ status: 500, attempt: 3 }) })]);

    const next = await postActivity(teams.url, messageActivity(connector.url, personalConversation(), 'how many servers do we have?'));
    expect(next.status).toBe(200);
    expect(connector.requests).toHaveLength(1);
  });
});

describe('Teams installation', () => {
  it('remembers a team it is added to and posts what it can be asked', async () => {
    const where = channelConversation();
    const activity = {
      ...messageActivity(connector.url, where, ''),
      type: 'conversationUpdate',
      text: undefined,
      conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      membersAdded: [{ id: BOT_ID }],
    };
    expect((await postActivity(teams.url, activity)).status).toBe(200);

    expect(teams.calls).toEqual([{ method: 'ask', text: 'help' }]);
    expect(adaptiveCardErrors(cardOf(connector.requests[0]))).toEqual([]);
    expect(await schedulerConversations().get(CHANNEL)).toMatchObject({ scope: 'channel', teamId: TEAM });
    expect(teams.audit).toEqual([expect.objectContaining({ kind: 'command', outcome: 'stored', action: 'installed' })]);
  });

  it('ignores other people joining a conversation', async () => {
    const activity = { ...messageActivity(connector.url, channelConversation(), ''), type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '29:someone-else' }] };
    expect((await postActivity(teams.url, activity)).status).toBe(200);
    expect(teams.calls).toEqual([]);
    expect(connector.requests).toEqual([]);
  });
});

describe('Teams proactive posts', () => {
  it('posts a card into a remembered channel as a new thread through the scheduler port', async () => {
    await postActivity(teams.url, mentionActivity(connector.url, channelConversation(), 'what if we consolidate ward systems?'));
    connector.requests.length = 0;

    const post = createTeamsPostPort(teams.bot, schedulerConversations());
    const summary = {
      kind: 'summary' as const,
      headline: 'November 2026: 232 servers, 14 retired this month',
      figures: [{ label: 'Servers', value: '232' }],
      tables: [],
      notes: [],
      actions: [],
    };
    const receipt = await post({ platform: 'teams', id: CHANNEL, key: `teams:${CHANNEL}` }, summary);

    expect(receipt).toEqual({ messageRef: 'reply-1' });
    expect(connector.requests[0]).toMatchObject({ conversationId: CHANNEL });
    expect(connector.requests[0]?.replyToId).toBeUndefined();
    const card = cardOf(connector.requests[0]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(bodyOf(card)[0]).toMatchObject({ type: 'TextBlock', text: summary.headline });
  });

  it('throws for a conversation it has never seen, so the scheduler can retry later', async () => {
    const post = createTeamsPostPort(teams.bot, schedulerConversations());
    await expect(post({ platform: 'teams', id: '19:unknown@thread.tacv2', key: 'teams:19:unknown@thread.tacv2' }, { kind: 'summary', headline: 'x', figures: [], tables: [], notes: [], actions: [] })).rejects.toThrow(/not known yet/);
  });

  it('throws when the Bot Connector keeps refusing the post, so the ledger does not mark it as sent', async () => {
    await postActivity(teams.url, mentionActivity(connector.url, channelConversation(), 'what if we consolidate ward systems?'));
    connector.failNext({ status: 500 }, { status: 500 }, { status: 500 });
    const post = createTeamsPostPort(teams.bot, schedulerConversations());
    await expect(post({ platform: 'teams', id: CHANNEL, key: `teams:${CHANNEL}` }, { kind: 'summary', headline: 'x', figures: [], tables: [], notes: [], actions: [] })).rejects.toThrow(/did not accept the post/);
    expect(teams.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/could not deliver/) })]);
  });
});
