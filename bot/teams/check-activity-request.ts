import type { RequestHandler } from 'express';
import { z } from 'zod';

/** The least an activity must carry for the bot to answer it: what it is, and where replies go. */
const activityEnvelopeSchema = z.object({
  type: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.object({ id: z.string().min(1) }),
});

const sameServiceUrl = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/**
 * Runs after the JWT check and the JSON parser: refuses (400) a body that is not an activity
 * (`{}`, an array, a form), and (401) a Bot Framework token whose `serviceurl` claim names
 * another service than the activity's serviceUrl: replies go to that URL with the bot's own
 * token, so a token minted for one channel must not redirect them elsewhere. Tokens without
 * the claim (issued by the tenant rather than the Bot Connector) must say nothing else.
 */
export function checkActivityRequest(options: { requireServiceUrlClaim: boolean }): RequestHandler {
  return (req, res, next) => {
    const parsed = activityEnvelopeSchema.safeParse(req.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.map(String).join('.') || 'body';
      res.status(400).json({ error: `expected a Bot Framework activity (JSON object); ${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      return;
    }
    const claims = (req as { user?: Record<string, unknown> }).user ?? {};
    const claim = typeof claims['serviceurl'] === 'string' ? claims['serviceurl'] : undefined;
    const fromConnector = claims['iss'] === 'https://api.botframework.com';
    if ((claim === undefined && fromConnector && options.requireServiceUrlClaim) || (claim !== undefined && !sameServiceUrl(claim, parsed.data.serviceUrl))) {
      res.status(401).json({ error: "the token's serviceurl claim does not match the activity's serviceUrl" });
      return;
    }
    next();
  };
}
