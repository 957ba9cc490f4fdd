import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { authorizeJWT, createCloudAdapter, getAuthConfigWithDefaults, type Request as AgentRequest } from '@microsoft/agents-hosting';
import { checkActivityRequest } from './check-activity-request.js';
import { createTeamsBot, type TeamsBot } from './create-teams-bot.js';
import type { TeamsDeps } from './teams-deps.js';
import type { TeamsSettings } from './teams-settings.js';
import { toAuthConfiguration } from './to-auth-configuration.js';
import { verifyReportLink } from './verify-report-link.js';

/** Teams' activities are small; an inventory arrives as a download link, never in the body. */
export const activityBodyLimit = '1mb';

/**
 * Adds Teams to the bot's shared Express server: `POST /api/messages` (Bot Framework activities:
 * the JWT is checked first, before the body is even read, then the body must be a JSON activity
 * of at most 1 MB whose serviceUrl matches the token) and `GET /reports/:id` (signed,
 * expiring business-case links for channels). JSON parsing is attached to the Teams route only:
 * Slack's signature check needs the raw body on its own routes.
 *
 * @example
 *   const settings = loadTeamsSettings(process.env);
 *   if (settings) mountTeams(app, settings, { core, renderBusinessCase, audit, log, conversations });
 */
export function mountTeams(app: Express, settings: TeamsSettings, deps: TeamsDeps): TeamsBot {
  const bot = createTeamsBot(settings, deps);
  const authConfig = getAuthConfigWithDefaults(toAuthConfiguration(settings.auth));
  const { adapter, headerPropagation } = createCloudAdapter(bot.agent, authConfig);
  const jwt = authorizeJWT(authConfig);
  const now = deps.now ?? Date.now;

  // The SDK's own handler parses the body before its JWT check; this order answers 401 to an
  // unauthenticated caller whatever it sent, and never reads its body.
  const authenticate: RequestHandler = (req, res, next) => {
    jwt(req as unknown as AgentRequest, res as never, (error?: unknown) => next(error)).catch(next);
  };

  const messages: RequestHandler = (req, res, next) => {
    adapter.process(req as unknown as AgentRequest, res as never, (context) => bot.agent.run(context), headerPropagation).catch(next);
  };

  const report: RequestHandler<{ id: string }> = (req, res) => {
    const { id } = req.params;
    const check = verifyReportLink({ id, exp: req.query['exp'], sig: req.query['sig'], secret: settings.linkSecret, now: Math.floor(now() / 1000) });
    res.set('cache-control', 'private, no-store').set('x-content-type-options', 'nosniff');
    if (!check.ok) {
      deps.log.info('teams: refused a report link', { reason: check.reason });
      res.status(403).type('text/plain').send(check.reason === 'expired' ? 'This link has expired. Ask the bot for the business case again.\n' : 'This link is not valid.\n');
      return;
    }
    const shelved = bot.reports.get(id, now());
    if (!shelved) {
      res.status(404).type('text/plain').send('This business case is no longer held by the bot. Ask for it again.\n');
      return;
    }
    res
      .status(200)
      .type('application/pdf')
      .set('content-disposition', `attachment; filename="${shelved.fileName.replace(/[^\w.-]+/g, '_')}"`)
      .send(Buffer.from(shelved.pdf));
  };

  // A client's mistake (malformed JSON, too large) keeps its 4xx from the body parser; whatever
  // fails below the SDK (no token for the reply) is logged and answered with a bare 500.
  const failed: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = clientErrorStatus(error);
    if (status !== undefined) {
      if (!res.headersSent) res.status(status).json({ error: status === 413 ? `the activity is larger than ${activityBodyLimit}` : 'the body is not valid JSON' });
      return;
    }
    deps.log.error('teams: could not process an activity', { error: error instanceof Error ? error.message : String(error) });
    if (!res.headersSent) res.status(500).json({ error: 'the activity could not be processed' });
  };

  app.post(
    '/api/messages',
    authenticate,
    express.json({ limit: activityBodyLimit, type: () => true }),
    checkActivityRequest({ requireServiceUrlClaim: settings.auth.mode === 'entra' }),
    messages,
    failed,
  );
  app.get('/reports/:id', report);
  return bot;
}

/** body-parser's errors carry the HTTP status they mean (400 malformed, 413 too large, 415 charset). */
function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown; type?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
