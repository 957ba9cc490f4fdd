import { z } from 'zod';
import { accessListSchema } from '../access/access-policy.js';
import { blankAsMissing } from './blank-as-missing.js';
import { parseSettings } from './parse-settings.js';

const slackId = /^[A-Z0-9]{2,}$/;

const slackSettingsSchema = z
  .object({
    SLACK_BOT_TOKEN: blankAsMissing(
      z
        .string({ error: 'expected the bot token (xoxb-…) from the app\'s "OAuth & Permissions" page' })
        .trim()
        .startsWith('xoxb-', { error: 'expected a bot token starting with xoxb-' }),
    ),
    SLACK_MODE: blankAsMissing(
      z.string().trim().toLowerCase().pipe(z.enum(['socket', 'http'], { error: 'expected socket (the default) or http' })).default('socket'),
    ),
    SLACK_APP_TOKEN: blankAsMissing(
      z.string().trim().startsWith('xapp-', { error: 'expected an app-level token starting with xapp-' }).optional(),
    ),
    SLACK_SIGNING_SECRET: blankAsMissing(
      z.string().trim().regex(/^[0-9a-f]{16,}$/i, { error: 'expected the signing secret (hex) from the app\'s "Basic Information" page' }).optional(),
    ),
    SLACK_ALLOWED_TEAMS: blankAsMissing(
      accessListSchema(slackId, 'T0123ABCD').optional(),
    ),
    SLACK_ALLOWED_CHANNELS: blankAsMissing(accessListSchema(slackId, 'C0123ABCD').default('any')),
    SLACK_ALLOWED_USERS: blankAsMissing(accessListSchema(slackId, 'U0123ABCD').default('any')),
    SLACK_API_URL: blankAsMissing(z.url({ error: 'expected the Web API base URL, such as https://slack.com/api/' }).optional()),
    SLACK_COMMAND: blankAsMissing(z.string().trim().regex(/^\/[a-z0-9_-]+$/, { error: 'expected a slash command such as /unsprawl' }).default('/unsprawl')),
  })
  .superRefine((s, ctx) => {
    if (s.SLACK_MODE === 'socket' && s.SLACK_APP_TOKEN === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'expected an app-level token (xapp-…, scope connections:write) for Socket Mode, the default; or set SLACK_MODE=http with SLACK_SIGNING_SECRET' });
    }
    if (s.SLACK_MODE === 'http' && s.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'expected the signing secret for SLACK_MODE=http' });
    }
    if (s.SLACK_ALLOWED_TEAMS === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_ALLOWED_TEAMS'], message: 'expected the workspace id(s) allowed to use the bot, such as T0123ABCD (or * for any workspace the app is installed in)' });
    }
    // Run even when another variable is invalid, so one start-up lists every problem.
  }, { when: () => true })
  .transform((s) => ({
    botToken: s.SLACK_BOT_TOKEN,
    connection:
      s.SLACK_MODE === 'http'
        ? { mode: 'http' as const, signingSecret: s.SLACK_SIGNING_SECRET ?? '' }
        : { mode: 'socket' as const, appToken: s.SLACK_APP_TOKEN ?? '' },
    access: { organisations: s.SLACK_ALLOWED_TEAMS ?? [], channels: s.SLACK_ALLOWED_CHANNELS, users: s.SLACK_ALLOWED_USERS },
    apiUrl: s.SLACK_API_URL,
    command: s.SLACK_COMMAND,
  }));

export type SlackSettings = z.output<typeof slackSettingsSchema>;

const slackVariables = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;

/**
 * The Slack part of the bot's settings, or undefined when Slack is not configured at all (no
 * token or secret set), so `unsprawl bot` can run Teams alone. Once any Slack credential is
 * present, everything Slack needs must be valid: a half-configured Slack is an error that
 * names each missing or invalid variable.
 */
export function loadSlackSettings(env: Record<string, string | undefined>): SlackSettings | undefined {
  const configured = slackVariables.some((name) => (env[name] ?? '').trim() !== '');
  if (!configured) return undefined;
  return parseSettings(slackSettingsSchema, env);
}
