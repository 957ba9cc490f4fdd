import type { ActionId } from '../answer/answer.js';
import type { ActionRequest, BotReply } from '../conversation/bot-core.js';
import type { ConversationContext } from '../conversation/conversation-context.js';
import type { Estate } from '../../engine/estate/estate.js';
import type { InputPaths } from '../../engine/io/load-inputs.js';
import type { ScenarioInput } from '../../engine/scenario/scenario.js';

/** What the bot core's worker thread starts from: the input files, and an estate that replaces theirs. */
export interface BotCoreWorkerData {
  paths: InputPaths;
  estate?: Estate;
  /** The history store that answers "monthly summary" questions. */
  storePath?: string;
}

/** The business case as self-contained HTML, with what the PDF's header and footer print. */
export interface PaperHtml {
  html: string;
  title: string;
  classification: string;
  footerNote: string;
}

export type BotCoreRequest =
  | { id: number; op: 'ask'; text: string; context?: ConversationContext }
  | { id: number; op: 'act'; actionId: ActionId; request?: ActionRequest }
  | { id: number; op: 'use-estate'; estate: Estate }
  | { id: number; op: 'business-case-html'; scenario: ScenarioInput };

export type BotCoreResponse =
  | { id: number; ok: true; reply?: BotReply; paper?: PaperHtml }
  | { id: number; ok: false; error: string };
