import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { createJsonFileConversationStore } from '../../../bot/teams/create-json-file-conversation-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function entry(conversationId: string, updatedAt = '2026-11-25T09:00:00.000Z') {
  return {
    conversationId,
    scope: 'channel' as const,
    tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    reference: { conversation: { id: conversationId, conversationType: 'channel' }, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/uk/' },
    updatedAt,
  };
}

describe('createJsonFileConversationStore', () => {
  it('saves, replaces, lists and removes conversations, creating the folder on first write', async () => {
    const path = join(dir, 'state', 'teams.json');
    const store = createJsonFileConversationStore(path);
    expect(await store.list()).toEqual([]);
    await store.save(entry('19:a@thread.tacv2'));
    await store.save(entry('19:b@thread.tacv2'));
    await store.save(entry('19:a@thread.tacv2', '2026-11-26T09:00:00.000Z'));

    expect((await store.list()).map((c) => [c.conversationId, c.updatedAt])).toEqual([
      ['19:a@thread.tacv2', '2026-11-26T09:00:00.000Z'],
      ['19:b@thread.tacv2', '2026-11-25T09:00:00.000Z'],
    ]);
    expect(await createJsonFileConversationStore(path).get('19:b@thread.tacv2')).toMatchObject({ scope: 'channel' });
    await store.remove('19:a@thread.tacv2');
    expect((await store.list()).map((c) => c.conversationId)).toEqual(['19:b@thread.tacv2']);
  });

  it('keeps every one of many saves made at the same moment', async () => {
    const path = join(dir, 'teams.json');
    const store = createJsonFileConversationStore(path);
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.save(entry(`19:c${i}@thread.tacv2`))));
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as { conversations: unknown[] };
    expect(onDisk.conversations).toHaveLength(25);
  });

  it('names the file and field when the file has been damaged', async () => {
    const path = join(dir, 'teams.json');
    await writeFile(path, JSON.stringify({ version: 1, conversations: [{ conversationId: 'x' }] }));
    const error = await createJsonFileConversationStore(path).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(path);
    expect((error as InputError).message).toMatch(/conversations\.0\.scope/);
  });
});
