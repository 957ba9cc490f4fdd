import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { BotCore } from '../conversation/bot-core.js';
import type { InventoryImportResult, InventoryUpload } from '../inventory/import-inventory.js';
import type { SlackSettings } from '../settings/slack-settings.js';
import type { BackgroundTasks } from './background-tasks.js';
import type { ThreadContexts } from './thread-contexts.js';

/** A rendered business case ready to upload: a PDF, or the self-contained HTML paper. */
export interface BusinessCaseDocument {
  bytes: Uint8Array;
  filename: string;
  title: string;
}

export type RenderBusinessCase = (scenario: ScenarioInput) => Promise<BusinessCaseDocument>;

/** Everything the Slack handlers use; built once by createSlackApp. */
export interface SlackBotDeps {
  settings: SlackSettings;
  /** The bot core; the host process swaps the estate behind it when a new inventory is stored. */
  core: BotCore;
  contexts: ThreadContexts;
  audit: AuditLog;
  renderBusinessCase: RenderBusinessCase;
  importInventory: (upload: InventoryUpload) => Promise<InventoryImportResult>;
  /** Hosts the bot token may be sent to when downloading a shared file. */
  fileHosts: readonly string[];
  tasks: BackgroundTasks;
  /** Logs a failure the user has already been told about. */
  reportError: (error: unknown) => void;
}
