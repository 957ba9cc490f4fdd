import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import { createTeamsBot, type TeamsBot } from './create-teams-bot.js';
import type { TeamsDeps } from './teams-deps.js';
import type { TeamsSettings } from './teams-settings.js';
import { toAuthConfiguration } from './to-auth-configuration.js';
import { verifyReportLink } from './verify-report-link.js';

/**
 * Adds Teams to the bot's shared Express server: `POST /api/messages` (Bot Framework activities,
 * JWT-checked by the Agents SDK before anything else runs) and `GET /reports/:id` (signed,
 * expiring business-case links for channels). JSON parsing is attached to the Teams route only:
 * Slack's signature check needs the raw body on its own routes.
 *
 * @example
 *   const settings = loadTeamsSettings(process.env);
 *   if (settings) mountTeams(app, settings, { core, renderBusinessCase, audit, log, conversations });
 */
export function mountTeams(app: Express, settings: TeamsSettings, deps: TeamsDeps): TeamsBot {
  const bot = createTeamsBot(settings, deps);
  const handle = createAgentRequestHandler(bot.agent, toAuthConfiguration(settings.auth));
  const now = deps.now ?? Date.now;

  const messages: RequestHandler = (req, res, next) => {
    handle(req, res).catch(next);
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

  // Whatever fails below the SDK (no token for the reply, a malformed body) is logged here and
  // answered with a bare 500: no stack traces to the caller.
  const failed: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    deps.log.error('teams: could not process an activity', { error: error instanceof Error ? error.message : String(error) });
    if (!res.headersSent) res.status(500).json({ error: 'the activity could not be processed' });
  };

  app.post('/api/messages', express.json({ limit: '1mb' }), messages, failed);
  app.get('/reports/:id', report);
  return bot;
}
