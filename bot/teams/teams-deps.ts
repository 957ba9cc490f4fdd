import type { AuditLog } from '../audit/audit-log.js';
import type { BotCore } from '../conversation/bot-core.js';
import type { DeliveryGate } from '../delivery/create-delivery-gate.js';
import type { InventoryImportResult, InventoryUpload } from '../inventory/import-inventory.js';
import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import type { ConversationReferenceStore } from './conversation-reference-store.js';
import type { RetryPolicy, TeamsLogger } from './send-with-retry.js';

export interface BusinessCaseReport {
  pdf: Uint8Array;
  fileName: string;
}

/**
 * What the Teams adapter needs from the rest of the bot. It is a thin receiver: the bot core
 * turns text and card clicks into Answers, the report renderer makes the business-case PDF, the
 * shared audit log records every turn; the adapter only translates to and from Teams.
 */
export interface TeamsDeps {
  core: BotCore;
  renderBusinessCase(scenario: ScenarioInput | undefined): Promise<BusinessCaseReport>;
  audit: Pick<AuditLog, 'record'>;
  log: TeamsLogger;
  conversations: ConversationReferenceStore;
  /** Answers an activity only the first time its id is seen (shared with other instances through the store). */
  firstDelivery: DeliveryGate;
  /** Stores an inventory sent in personal chat as the new estate snapshot; without it files are declined. */
  importInventory?: (upload: InventoryUpload) => Promise<InventoryImportResult>;
  retry?: RetryPolicy;
  /** Clock in milliseconds, for link expiry and durations; Date.now by default. */
  now?: () => number;
}
