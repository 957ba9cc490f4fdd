import type { RequestHandler } from 'express';

/** Slack's guidance: refuse a request whose timestamp is more than five minutes away from now. */
export const maxTimestampSkewSeconds = 5 * 60;

/**
 * Refuses (401) a Slack request whose `x-slack-request-timestamp` is missing or more than five
 * minutes from the bot's clock in either direction. Bolt refuses old timestamps only; a
 * future one would let a captured, signed request be replayed for as long as the attacker likes
 * once the clock catches up. The body is not read here: the signature check needs it raw.
 */
export function rejectSkewedTimestamps(now: () => number): RequestHandler {
  return (req, res, next) => {
    const header = req.get('x-slack-request-timestamp');
    const timestamp = header !== undefined && /^\d{1,12}$/.test(header) ? Number(header) : undefined;
    if (timestamp === undefined || Math.abs(now() / 1000 - timestamp) > maxTimestampSkewSeconds) {
      res.status(401).type('text/plain').send('the request timestamp is missing or more than five minutes from now\n');
      return;
    }
    next();
  };
}
