import type { webApi } from '@slack/bolt';
import { describeProblem } from '../../engine/errors.js';
import { formatNumber } from '../../reports/format/numbers.js';
import type { InventoryImportResult } from '../inventory/import-inventory.js';
import { apology } from './answer-in-thread.js';
import type { SlackRequester } from './check-slack-access.js';
import { downloadSlackFile } from './download-slack-file.js';
import { describeServerChange } from '../inventory/describe-server-change.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { SlackBotDeps } from './slack-bot-deps.js';

export interface SharedFile {
  id: string;
  name: string;
  urlPrivate: string | undefined;
}

/** Ids or problems listed in a reply before "… and N more". */
const maxListed = 20;

function listed(items: string[]): string {
  const shown = items.slice(0, maxListed).map((item) => escapeMrkdwn(item)).join(', ');
  return items.length > maxListed ? `${shown} … and ${items.length - maxListed} more` : shown;
}

/** The reply to an upload: what changed, or every problem and a clear "nothing was stored". */
export function describeImport(filename: string, result: InventoryImportResult): string {
  const name = `*${escapeMrkdwn(filename)}*`;
  if (!result.stored) {
    const problems = result.problems.map((p) => `• ${escapeMrkdwn(describeProblem(p))}`);
    const more = problems.length > maxListed ? `\n… and ${problems.length - maxListed} more` : '';
    return `I couldn't use ${name}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found, so nothing was stored.\n${problems.slice(0, maxListed).join('\n')}${more}\nFix these rows and send the file again.`;
  }
  const { added, removed, changed, before, after } = result.changes;
  const lines = [`Stored ${name} as the estate snapshot for ${result.asOf}: ${formatNumber(after)} servers (was ${formatNumber(before)}). My answers now use it.`];
  if (added.length + removed.length + changed.length === 0) lines.push('Nothing changed since the previous inventory.');
  if (added.length > 0) lines.push(`• Added ${added.length}: ${listed(added)}`);
  if (removed.length > 0) lines.push(`• Removed ${removed.length}: ${listed(removed)}`);
  if (changed.length > 0) lines.push(`• Changed ${changed.length}: ${listed(changed.map(describeServerChange))}`);
  for (const note of result.assumed) lines.push(`• Note: ${escapeMrkdwn(note)}`);
  return lines.join('\n');
}

async function privateUrl(client: webApi.WebClient, file: SharedFile): Promise<string> {
  if (file.urlPrivate !== undefined) return file.urlPrivate;
  const info = await client.files.info({ file: file.id });
  const url = info.file?.url_private_download ?? info.file?.url_private;
  if (url === undefined) throw new Error(`Slack gave no download address for file ${file.id}`);
  return url;
}

/**
 * An inventory shared with the bot in a direct message: downloaded with the bot token,
 * validated by the estate loaders, stored only if every row is valid, and answered with what
 * changed or the list of row problems. Each file is one audit line.
 */
export async function receiveInventory(
  client: webApi.WebClient,
  deps: SlackBotDeps,
  where: { channel: string; thread: string | undefined },
  requester: SlackRequester,
  files: SharedFile[],
): Promise<void> {
  for (const file of files) {
    const started = performance.now();
    const base = { platform: 'slack' as const, kind: 'upload' as const, organisation: requester.teamId, channel: where.channel, user: requester.user, text: file.name };
    try {
      const bytes = await downloadSlackFile(await privateUrl(client, file), deps.settings.botToken, deps.fileHosts);
      const result = await deps.importInventory({ bytes, filename: file.name, uploadedBy: `slack:${requester.user ?? 'unknown'}` });
      await client.chat.postMessage({ channel: where.channel, thread_ts: where.thread, text: describeImport(file.name, result) });
      await deps.audit.record({
        ...base,
        outcome: result.stored ? 'stored' : 'rejected',
        durationMs: Math.round(performance.now() - started),
        error: result.stored ? undefined : `${result.problems.length} problem(s)`,
      });
    } catch (error) {
      await deps.audit.record({ ...base, outcome: 'failed', durationMs: Math.round(performance.now() - started), error: String(error) });
      await client.chat.postMessage({ channel: where.channel, thread_ts: where.thread, text: `${apology} (I could not read ${escapeMrkdwn(file.name)}.)` }).catch(() => undefined);
      throw error;
    }
  }
}
