import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../engine/errors.js';
import {
  storedConversationSchema,
  type ConversationReferenceStore,
  type StoredConversation,
  type StoredConversationInput,
} from './conversation-reference-store.js';

const fileSchema = z.object({ version: z.literal(1), conversations: z.array(storedConversationSchema) });

/**
 * A ConversationReferenceStore in one JSON file. Writes go through a queue and land with
 * write-then-rename, so two turns saving at once cannot interleave and a crash mid-write leaves the
 * previous file intact.
 *
 * @example
 *   const store = createJsonFileConversationStore('.unsprawl/teams-conversations.json');
 *   await store.get('19:abc@thread.tacv2');
 */
export function createJsonFileConversationStore(path: string): ConversationReferenceStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const readAll = async (): Promise<Map<string, StoredConversation>> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new InputError(parsed.error.issues.map((issue) => ({ file: path, column: issue.path.join('.'), message: issue.message })));
    }
    return new Map(parsed.data.conversations.map((c) => [c.conversationId, c]));
  };

  const writeAll = async (all: Map<string, StoredConversation>): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify({ version: 1, conversations: [...all.values()] }, null, 2)}\n`, 'utf8');
    await rename(temp, path);
  };

  return {
    save: (entry: StoredConversationInput) =>
      serialise(async () => {
        const all = await readAll();
        const stored = storedConversationSchema.parse(entry);
        all.set(stored.conversationId, stored);
        await writeAll(all);
        return stored;
      }),
    get: (conversationId) => serialise(async () => (await readAll()).get(conversationId)),
    list: () => serialise(async () => [...(await readAll()).values()]),
    remove: (conversationId) =>
      serialise(async () => {
        const all = await readAll();
        if (all.delete(conversationId)) await writeAll(all);
      }),
  };
}
