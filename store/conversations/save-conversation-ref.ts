import { z } from 'zod';
import type { HistoryStore } from '../open-store.js';
import { chatPlatforms, type ChatPlatform } from './conversation-ref.js';

const inputSchema = z.object({
  platform: z.enum(chatPlatforms),
  key: z.string().trim().min(1, { error: 'expected a conversation key (Slack channel id or Teams conversation id)' }),
  label: z.string().optional(),
  reference: z.record(z.string(), z.unknown()),
});

/**
 * Stores (or refreshes) where the bot can post without being asked, keyed by platform and
 * conversation key. Adapters call it when installed or first messaged in a conversation.
 *
 * @example saveConversationRef(store, { platform: 'teams', key: '19:abc@thread.tacv2', reference, now })
 */
export function saveConversationRef(
  store: HistoryStore,
  input: { platform: ChatPlatform; key: string; label?: string; reference: Record<string, unknown>; now: Date },
): void {
  const ref = inputSchema.parse(input);
  store.db
    .prepare(`INSERT INTO conversation_refs (platform, key, label, reference_json, updated_at) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (platform, key) DO UPDATE SET label = excluded.label, reference_json = excluded.reference_json, updated_at = excluded.updated_at`)
    .run(ref.platform, ref.key, ref.label ?? null, JSON.stringify(ref.reference), input.now.toISOString());
}
