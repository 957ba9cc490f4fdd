import { Command } from 'commander';
import { readEnvironment } from '../../bot/settings/read-environment.js';
import { InputError } from '../../engine/errors.js';

interface BotOptions {
  envFile?: string;
}

/**
 * `unsprawl bot`: runs the chat bot — Slack (Socket Mode by default, or HTTP) and/or Microsoft
 * Teams, whichever is configured — until Ctrl+C or SIGTERM, then finishes the answers and PDFs
 * already under way before exiting.
 */
export function botCommand(): Command {
  return new Command('bot')
    .description('Run the Slack and/or Teams bot with the settings in the environment (or a .env file)')
    .option('--env-file <path>', 'read settings from this file (default: .env in the current folder, if present); real environment variables win')
    .addHelpText(
      'after',
      [
        '',
        'Slack (docs/slack.md): SLACK_BOT_TOKEN, SLACK_ALLOWED_TEAMS, and SLACK_APP_TOKEN (Socket Mode, the default)',
        '  or SLACK_MODE=http with SLACK_SIGNING_SECRET; optional SLACK_ALLOWED_CHANNELS, SLACK_ALLOWED_USERS.',
        'Teams (docs/teams.md): TEAMS_APP_ID, TEAMS_TENANT_ID, a credential, TEAMS_PUBLIC_BASE_URL, TEAMS_LINK_SECRET.',
        'Shared: UNSPRAWL_ESTATE, UNSPRAWL_HOSTS, UNSPRAWL_ASSUMPTIONS (default: the bundled sample trust),',
        '  UNSPRAWL_STATE_DIR (.unsprawl), UNSPRAWL_AUDIT_LOG, UNSPRAWL_HISTORY_DB, UNSPRAWL_HOST/UNSPRAWL_PORT (127.0.0.1:3000).',
        'Every setting is checked before connecting; problems are listed one per line and the exit code is non-zero.',
        'Health: GET /healthz (alive), GET /readyz (connected, history store writable). Service set-up: docs/deployment.md.',
        '',
        'Examples:',
        '  unsprawl bot',
        '  unsprawl bot --env-file /etc/unsprawl/bot.env',
      ].join('\n'),
    )
    .action(async (options: BotOptions) => {
      let bot: Awaited<ReturnType<typeof import('../../bot/run-bot.js').runBot>>;
      try {
        const env = readEnvironment({ envFile: options.envFile });
        // Loaded here, not at the top: other commands should not pay for Bolt, the Agents SDK and the engine.
        const { runBot } = await import('../../bot/run-bot.js');
        bot = await runBot(env, { log: (line) => process.stderr.write(`${line}\n`) });
      } catch (error) {
        for (const line of startFailureLines(error)) process.stderr.write(`unsprawl bot: cannot start: ${line}\n`);
        process.exitCode = error instanceof InputError ? 2 : 1;
        // A supervisor restarts on a non-zero exit; a library still holding a handle must not keep the process up.
        setTimeout(() => process.exit(), 2000).unref();
        return;
      }
      await new Promise<void>((resolve) => {
        const shutdown = () => resolve();
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      });
      process.stderr.write('unsprawl bot: stopping (finishing answers under way)…\n');
      await bot.stop();
    });
}

/** One line per cause, each naming the setting to fix when there is one; never a stack trace. */
function startFailureLines(error: unknown): string[] {
  if (error instanceof InputError) return error.problems.map((p) => (p.column ? `${p.column}: ${p.message}` : `${p.file}: ${p.message}`));
  return [error instanceof Error ? error.message : String(error)];
}
