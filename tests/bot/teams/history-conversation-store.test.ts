import { afterEach, describe, expect, it } from 'vitest';
import { createHistoryConversationStore } from '../../../bot/teams/create-history-conversation-store.js';
import { InputError } from '../../../engine/errors.js';
import { findConversationRefs } from '../../../store/conversations/find-conversation-refs.js';
import { saveConversationRef } from '../../../store/conversations/save-conversation-ref.js';
import { openStore } from '../../../store/open-store.js';
import { tempStores } from '../../store/temp-store.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const written = new Date('2026-11-25T09:00:05Z');

function entry(conversationId: string, updatedAt = '2026-11-25T09:00:00.000Z', name?: string) {
  return {
    conversationId,
    scope: 'channel' as const,
    tenantId: TENANT,
    teamId: '19:ward-it@thread.tacv2',
    channelId: conversationId,
    reference: {
      conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: TENANT, ...(name ? { name } : {}) },
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      agent: { id: '28:unsprawl-bot', name: 'unsprawl' },
    },
    updatedAt,
  };
}

describe('createHistoryConversationStore', () => {
  const stores = tempStores();
  const openFile = stores.open;
  afterEach(stores.cleanup);

  it('saves, gets, lists and removes conversations as teams rows of conversation_refs', async () => {
    const history = openFile();
    const conversations = createHistoryConversationStore(history, () => written);
    expect(await conversations.list()).toEqual([]);
    expect(await conversations.get('19:a@thread.tacv2')).toBeUndefined();

    const saved = await conversations.save(entry('19:b@thread.tacv2', undefined, 'Infrastructure'));
    await conversations.save(entry('19:a@thread.tacv2'));

    expect(saved).toEqual(entry('19:b@thread.tacv2', undefined, 'Infrastructure'));
    expect(await conversations.get('19:b@thread.tacv2')).toEqual(saved);
    expect((await conversations.list()).map((c) => c.conversationId)).toEqual(['19:a@thread.tacv2', '19:b@thread.tacv2']);
    expect(findConversationRefs(history, { platform: 'teams' })).toEqual([
      { platform: 'teams', key: '19:a@thread.tacv2', label: undefined, reference: entry('19:a@thread.tacv2'), updatedAt: written.toISOString() },
      { platform: 'teams', key: '19:b@thread.tacv2', label: 'Infrastructure', reference: saved, updatedAt: written.toISOString() },
    ]);

    await conversations.remove('19:b@thread.tacv2');
    await conversations.remove('19:never-seen@thread.tacv2');
    expect((await conversations.list()).map((c) => c.conversationId)).toEqual(['19:a@thread.tacv2']);
    expect(await conversations.get('19:b@thread.tacv2')).toBeUndefined();
  });

  it('replaces a conversation saved again under the same conversation id', async () => {
    const conversations = createHistoryConversationStore(openFile(), () => written);
    await conversations.save(entry('19:a@thread.tacv2'));
    const moved = { ...entry('19:a@thread.tacv2', '2026-11-26T09:00:00.000Z'), reference: { ...entry('19:a@thread.tacv2').reference, serviceUrl: 'https://smba.trafficmanager.net/emea/' } };
    await conversations.save(moved);

    expect(await conversations.list()).toEqual([moved]);
  });

  it('leaves Slack references in the same table alone', async () => {
    const history = openFile();
    saveConversationRef(history, { platform: 'slack', key: 'C0WARDS', reference: { channel: 'C0WARDS' }, now: written });
    const conversations = createHistoryConversationStore(history, () => written);
    await conversations.save(entry('19:a@thread.tacv2'));
    await conversations.remove('C0WARDS');

    expect((await conversations.list()).map((c) => c.conversationId)).toEqual(['19:a@thread.tacv2']);
    expect(findConversationRefs(history, { platform: 'slack' }).map((r) => r.key)).toEqual(['C0WARDS']);
  });

  it('refuses an entry that is not a Teams conversation, storing nothing', async () => {
    const conversations = createHistoryConversationStore(openFile(), () => written);
    await expect(conversations.save({ ...entry('19:a@thread.tacv2'), scope: 'meeting' as 'channel' })).rejects.toThrow(/scope/);
    expect(await conversations.list()).toEqual([]);
  });

  it('names the table and key of a row whose reference was damaged', async () => {
    const history = openFile();
    const conversations = createHistoryConversationStore(history, () => written);
    await conversations.save(entry('19:good@thread.tacv2'));
    await conversations.save(entry('19:bad@thread.tacv2'));
    const { scope: _scope, ...noScope } = entry('19:bad@thread.tacv2');
    history.db.prepare("UPDATE conversation_refs SET reference_json = ? WHERE key = '19:bad@thread.tacv2'").run(JSON.stringify(noScope));

    const error = await conversations.get('19:bad@thread.tacv2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(history.path);
    expect((error as InputError).message).toMatch(/conversation_refs \(platform teams, key 19:bad@thread\.tacv2\) reference_json\.scope/);
    await expect(conversations.list()).rejects.toThrow(/key 19:bad@thread\.tacv2/);
    expect(await conversations.get('19:good@thread.tacv2')).toMatchObject({ scope: 'channel' });
  });

  it('names the key of a row whose reference is not JSON at all', async () => {
    const history = openFile();
    const conversations = createHistoryConversationStore(history, () => written);
    await conversations.save(entry('19:bad@thread.tacv2'));
    history.db.prepare("UPDATE conversation_refs SET reference_json = '{not json' WHERE key = '19:bad@thread.tacv2'").run();

    await expect(conversations.get('19:bad@thread.tacv2')).rejects.toThrow(/conversation_refs \(platform teams, key 19:bad@thread\.tacv2\) reference_json: expected JSON text/);
  });

  it('finds what was saved before the file was closed and opened again (the bot saved, the scheduler restarts)', async () => {
    const bot = openStore({ path: stores.path() });
    await createHistoryConversationStore(bot, () => written).save(entry('19:imt@thread.tacv2'));
    bot.close();

    const scheduler = openFile();
    expect(await createHistoryConversationStore(scheduler).get('19:imt@thread.tacv2')).toEqual(entry('19:imt@thread.tacv2'));
  });
});
