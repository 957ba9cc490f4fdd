import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import {
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

let connector: FakeConnector;
let teams: TeamsTestBot | undefined;
beforeEach(async () => {
  connector = await startFakeConnector();
});
afterEach(async () => {
  await teams?.close();
  teams = undefined;
  await connector.close();
});

describe('Teams redeliveries', () => {
  it('answers an activity once when it is delivered twice (same id)', async () => {
    teams = await startTeamsBot();
    const activity = messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?');
    expect((await postActivity(teams.url, activity)).status).toBe(200);
    expect((await postActivity(teams.url, activity)).status).toBe(200);
    expect(teams.calls).toHaveLength(1);
    expect(connector.requests).toHaveLength(1);
  });
});

describe('fileConsent', () => {
  it('answers the consent invoke at once and uploads to OneDrive after', async () => {
    teams = await startTeamsBot();
    const where = personalConversation();
    await postActivity(teams.url, submitActivity(connector.url, where, { verb: 'business-case' }));
    await teams.bot.whenIdle();
    const consent = (connector.requests.at(-1)?.body['attachments'] as { content: { acceptContext: { reportId: string } } }[])[0];
    // A OneDrive upload session that takes 1.5 s to answer.
    const uploads: number[] = [];
    const slow = express();
    slow.put('/session', express.raw({ type: '*/*', limit: '20mb' }), (req, res) => {
      setTimeout(() => {
        uploads.push((req.body as Buffer).byteLength);
        res.status(201).json({ id: 'drive-item' });
      }, 1500);
    });
    const server = slow.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const uploadInfo = { contentUrl: 'https://nhs-my.sharepoint.com/x.pdf', name: 'business-case.pdf', uploadUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/session`, uniqueId: 'U1', fileType: 'pdf' };
      const started = performance.now();
      const response = await postActivity(teams.url, invokeActivity(connector.url, where, 'fileConsent/invoke', { type: 'fileUpload', action: 'accept', context: consent?.content.acceptContext, uploadInfo }));
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(uploads).toEqual([]);
      await teams.bot.whenIdle();
      expect(uploads).toHaveLength(1);
      expect(connector.requests.at(-1)?.body['attachments']).toEqual([expect.objectContaining({ contentType: 'application/vnd.microsoft.teams.card.file.info' })]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('Teams wording', () => {
  it('refuses another tenant in Teams words (no "workspace")', async () => {
    teams = await startTeamsBot();
    const other = personalConversation('a:personal-eve');
    const elsewhere = { conversation: { ...other.conversation, tenantId: '11111111-2222-4333-8444-555555555555' }, channelData: { tenant: { id: '11111111-2222-4333-8444-555555555555' } } };
    await postActivity(teams.url, messageActivity(connector.url, elsewhere, 'hello'));
    const text = String(connector.requests[0]?.body['text']);
    expect(text).toMatch(/Microsoft 365 tenant/);
    expect(text).not.toMatch(/workspace/);
  });
});

describe('private refusals', () => {
  it('refuses someone not on the allow-list in a new 1:1 chat with them, never in the channel', async () => {
    teams = await startTeamsBot({ env: { TEAMS_ALLOWED_USERS: '00000000-0000-4000-8000-000000000001' } });
    const where = channelConversation();
    await postActivity(teams.url, mentionActivity(connector.url, where, 'what if we consolidate ward systems?'));
    expect(connector.created).toEqual([expect.objectContaining({ isGroup: false, members: [{ id: '29:ada-lovelace' }] })]);
    expect(connector.requests.map((r) => r.conversationId)).toEqual(['a:created-1']);
    expect(String(connector.requests[0]?.body['text'])).toMatch(/^Sorry, I can only answer people my administrators have given access to/);
    expect(teams.calls).toEqual([]);
  });
});

describe('escaping names in cards', () => {
  const names = ['<!channel>', '[x](http://y)', '*bold*', '<@U123>'];

  it.each(names)('shows a service called %s as typed, never as Markdown', async (name) => {
    const answer: Answer = { kind: 'estate', headline: `Servers in ${name}: 3`, figures: [{ label: 'Service', value: name }], tables: [{ title: name, columns: ['Server'], rows: [[name]] }], notes: [name], actions: [] };
    const core: BotCore = { ask: async () => ({ answer, context: { version: 1 } }), act: async () => ({ answer, context: { version: 1 } }) };
    teams = await startTeamsBot({ core });
    await postActivity(teams.url, mentionActivity(connector.url, channelConversation(), 'servers'));
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'text' || key === 'value') && typeof inner === 'string') texts.push(inner);
          else walk(inner);
        }
      }
    };
    walk(cardOf(connector.requests[0])?.['body']);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const text of texts) {
      // Every Markdown control character of the name is escaped: no link, no emphasis, no mention.
      expect(text).not.toMatch(/(^|[^\\])[[\]()*<>!]/);
    }
  });
});
