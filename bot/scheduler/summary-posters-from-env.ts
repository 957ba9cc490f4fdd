import { webApi } from '@slack/bolt';
import type { Inputs } from '../../engine/io/load-inputs.js';
import type { HistoryStore } from '../../store/open-store.js';
import { createAuditLog } from '../audit/audit-log.js';
import { createBotCore } from '../conversation/create-bot-core.js';
import { defaultRetryConfig } from '../slack/create-slack-app.js';
import { loadBotSettings } from '../settings/bot-settings.js';
import { loadSlackSettings } from '../settings/slack-settings.js';
import { createHistoryConversationStore } from '../teams/create-history-conversation-store.js';
import { createTeamsBot } from '../teams/create-teams-bot.js';
import { loadTeamsSettings } from '../teams/teams-settings.js';
import type { PostPort } from './post-port.js';
import { slackPostPort } from './slack-post-port.js';
import { createTeamsPostPort } from '../teams/create-teams-post-port.js';

/**
 * Posting functions for a one-off post outside the bot process (`unsprawl summary --post`),
 * built from the same environment settings the bot uses: Slack through the Web API with the
 * bot token, Teams through the Agents SDK's proactive post to the conversation references the
 * bot saved in the history store (`store`, the one whose ledger the post is recorded in).
 */
export function summaryPostersFromEnv(
  env: Record<string, string | undefined>,
  inputs: Inputs,
  store: HistoryStore,
  log: (line: string) => void,
): { slack?: PostPort; teams?: PostPort } {
  const slack = loadSlackSettings(env);
  const teams = loadTeamsSettings(env);
  const posters: { slack?: PostPort; teams?: PostPort } = {};
  if (slack) {
    // The bot's retry settings and request timeout: at most 5 tries of 30 s plus 4 waits of 15 s
    // (about 3.5 minutes), inside the 5-minute posting budget and the 15-minute claim.
    posters.slack = slackPostPort(new webApi.WebClient(slack.botToken, { retryConfig: defaultRetryConfig, timeout: 30_000, ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}) }));
  }
  if (teams) {
    const conversations = createHistoryConversationStore(store);
    const bot = createTeamsBot(teams, {
      core: createBotCore({ inputs }),
      renderBusinessCase: () => Promise.reject(new Error('`unsprawl summary --post` only posts the summary')),
      audit: createAuditLog(loadBotSettings(env).auditLogPath),
      log: { info: (message) => log(`teams: ${message}`), error: (message, fields) => log(`teams: ${message} ${JSON.stringify(fields ?? {})}`) },
      conversations,
      // Posting only: this bot receives no activities, so there is nothing to de-duplicate.
      firstDelivery: () => true,
    });
    posters.teams = createTeamsPostPort(bot, conversations);
  }
  return posters;
}
