import type { Answer } from '../answer/answer.js';
import { renderAnswerBlocks } from '../slack/render-answer-blocks.js';
import type { PostPort } from './post-port.js';

/** The one Web API call a summary post needs (satisfied by Bolt's `app.client` / a WebClient). */
export interface SlackPoster {
  chat: {
    postMessage(args: { channel: string; text: string; blocks: ReturnType<typeof renderAnswerBlocks>['blocks']; unfurl_links: false }): Promise<{ ok?: boolean; ts?: string; error?: string }>;
  };
}

/**
 * Posts summaries to Slack channels (`slack:C0123` destinations) as the same Block Kit the bot
 * answers with. The message `ts` goes into the ledger so a post can be found later. The client's
 * own retries must fit the posting budget (summary-posters-from-env bounds them); a stopped
 * attempt never sends.
 */
export function slackPostPort(client: SlackPoster): PostPort {
  return async (destination, answer: Answer, signal) => {
    if (destination.platform !== 'slack') throw new Error(`slackPostPort cannot post to ${destination.key}`);
    signal?.throwIfAborted();
    const result = await client.chat.postMessage({ channel: destination.id, ...renderAnswerBlocks(answer), unfurl_links: false });
    if (result.ok === false) throw new Error(`Slack refused the post to ${destination.id}: ${result.error ?? 'unknown error'}`);
    return result.ts === undefined ? {} : { messageRef: result.ts };
  };
}
