import type { Answer } from '../answer/answer.js';
import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import type { CardActionData } from './render-answer-card.js';
import type { ConversationReferenceStore } from './conversation-reference-store.js';
import type { RetryPolicy, TeamsLogger } from './send-with-retry.js';

/**
 * What the Teams adapter needs from the rest of the bot. The adapter is a thin receiver: the bot
 * core (bot/conversation) turns text and card clicks into Answers, the report renderer makes the
 * business-case PDF; the adapter only translates to and from Teams.
 */
export interface TeamsBotCore<C> {
  /** A typed or @mentioned question, with this conversation's context (undefined at first). */
  ask(text: string, context: C | undefined): Promise<{ answer: Answer; context: C }>;
  /** A card button other than the business case, e.g. show-assumptions or compare-hypervisors. */
  act(action: CardActionData, context: C | undefined): Promise<{ answer: Answer; context: C }>;
}

export interface BusinessCaseReport {
  pdf: Uint8Array;
  fileName: string;
}

export interface TeamsAuditEntry {
  platform: 'teams';
  event: 'ask' | 'action' | 'denied' | 'report-link' | 'file-consent' | 'file-upload' | 'subscribe' | 'unsubscribe' | 'error';
  conversationId: string;
  scope: 'personal' | 'channel' | 'groupChat';
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  userId?: string;
  text?: string;
  verb?: string;
  answerKind?: string;
  scenario?: string;
  reason?: string;
}

export interface TeamsDeps<C> {
  core: TeamsBotCore<C>;
  renderBusinessCase(scenario: ScenarioInput | undefined): Promise<BusinessCaseReport>;
  audit(entry: TeamsAuditEntry): void | Promise<void>;
  log: TeamsLogger;
  conversations: ConversationReferenceStore;
  retry?: RetryPolicy;
  /** Clock in milliseconds, for link expiry; Date.now by default. */
  now?: () => number;
}
