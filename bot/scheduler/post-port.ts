import type { Answer } from '../answer/answer.js';
import type { Destination } from './summary-schedule.js';

/** What a chat platform returns for a message it accepted (Slack `ts`, Teams activity id). */
export interface PostReceipt {
  messageRef?: string;
}

/**
 * The scheduler's only way out: deliver one answer to one destination, or throw. Slack and
 * Teams adapters provide implementations; the scheduler core imports neither. Once `signal` is
 * aborted (the posting budget is used up) the port must not start another request: the claim
 * may pass to another poster, and a late post would be a second one.
 */
export type PostPort = (destination: Destination, answer: Answer, signal?: AbortSignal) => Promise<PostReceipt>;
