import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../engine/io/project-paths.js';
import { loadSlackSettings } from '../../../bot/settings/slack-settings.js';

const manifest = readFileSync(join(projectRoot, 'bot', 'slack', 'manifest.yaml'), 'utf8');

/** The items of a YAML block list that follows `key:` (the manifest keeps to plain block lists). */
function listAfter(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+- (\S+)$/.exec(line);
    if (!item) break;
    items.push(item[1] ?? '');
  }
  return items;
}

describe('Slack app manifest', () => {
  it('asks for exactly the scopes the bot uses: mentions, posting and updating, the command, DMs, inventory download and PDF upload', () => {
    expect(listAfter('bot')).toEqual(['app_mentions:read', 'chat:write', 'commands', 'files:read', 'files:write', 'im:history']);
  });

  it('subscribes to exactly the events the bot handles', () => {
    expect(listAfter('bot_events')).toEqual(['app_mention', 'message.im']);
  });

  it('declares the slash command the settings default to, and Socket Mode', () => {
    const settings = loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ALLOWED_TEAMS: 'T1' });
    expect(manifest).toContain(`- command: ${settings?.command}`);
    expect(manifest).toMatch(/^\s+socket_mode_enabled: true$/m);
  });
});
