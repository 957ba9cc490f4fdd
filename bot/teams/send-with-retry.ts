import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  /** First back-off; doubles each retry. A 429's Retry-After wins when present (capped). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

export interface TeamsLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Sends one activity through the Bot Connector, retrying throttling (429) and server errors (5xx)
 * with exponential back-off, as Microsoft asks of bots. The SDK's connector client does not retry.
 * Returns the new activity's id once delivered. When every try fails the error is logged and
 * undefined returned: a failed reply must not crash the bot or turn into the SDK's "the agent
 * encountered an error" message.
 *
 * @example
 *   await sendWithRetry(context, MessageFactory.attachment(card), { log, policy })
 */
export async function sendWithRetry(
  context: TurnContext,
  activity: Activity | string,
  options: { log: TeamsLogger; policy?: RetryPolicy },
): Promise<{ id: string | undefined } | undefined> {
  const policy = options.policy ?? defaultRetryPolicy;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await context.sendActivity(activity);
      return { id: response?.id || undefined };
    } catch (error) {
      const status = httpStatus(error);
      const retryable = status === 429 || (status !== undefined && status >= 500);
      const fields = {
        status,
        attempt,
        conversation: context.activity.conversation?.id,
        error: error instanceof Error ? error.message : String(error),
      };
      if (!retryable || attempt >= policy.attempts) {
        options.log.error('teams: could not deliver a reply to the Bot Connector', fields);
        return undefined;
      }
      options.log.info('teams: Bot Connector refused a reply, retrying', fields);
      await sleep(backoff(error, attempt, policy));
    }
  }
}

function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

function backoff(error: unknown, attempt: number, policy: RetryPolicy): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  const retryAfter = retryAfterMs(error);
  return Math.min(retryAfter ?? exponential, policy.maxDelayMs);
}

function retryAfterMs(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const response = error.response;
  if (typeof response !== 'object' || response === null || !('headers' in response)) return undefined;
  const headers = response.headers;
  const value = headers instanceof Headers ? headers.get('retry-after') : undefined;
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
