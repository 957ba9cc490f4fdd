import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadBotSettings } from '../../../bot/settings/bot-settings.js';
import { readEnvironment } from '../../../bot/settings/read-environment.js';
import { loadSlackSettings } from '../../../bot/settings/slack-settings.js';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.column}: ${p.message}`);
    throw error;
  }
  throw new Error('expected an InputError');
};

describe('loadSlackSettings', () => {
  it('is undefined when no Slack credential is set, so Teams can run alone', () => {
    expect(loadSlackSettings({ TEAMS_APP_ID: 'x' })).toBeUndefined();
    expect(loadSlackSettings({ SLACK_BOT_TOKEN: '  ' })).toBeUndefined();
  });

  it('defaults to Socket Mode with the app token', () => {
    const settings = loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A-1-abc', SLACK_ALLOWED_TEAMS: 'T0TRUST' });
    expect(settings).toMatchObject({ connection: { mode: 'socket', appToken: 'xapp-1-A-1-abc' }, access: { organisations: ['T0TRUST'], channels: 'any', users: 'any' }, command: '/unsprawl' });
  });

  it('reads HTTP mode with a signing secret and the allow-lists', () => {
    const settings = loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'HTTP', SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543', SLACK_ALLOWED_TEAMS: '*', SLACK_ALLOWED_CHANNELS: 'C01,C02', SLACK_ALLOWED_USERS: 'U01' });
    expect(settings).toMatchObject({ connection: { mode: 'http', signingSecret: '8f14e45fceea167a5a36dedd4bea2543' }, access: { organisations: 'any', channels: ['C01', 'C02'], users: ['U01'] } });
  });

  it('names every missing or invalid variable at once', () => {
    expect(problemsOf(() => loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_MODE: 'http', SLACK_ALLOWED_CHANNELS: '#general', SLACK_API_URL: 'not a url' }))).toEqual([
      'SLACK_BOT_TOKEN: expected a bot token starting with xoxb-',
      'SLACK_ALLOWED_CHANNELS: expected ids such as C0123ABCD (or *), got "#general"',
      'SLACK_API_URL: expected the Web API base URL, such as https://slack.com/api/',
      'SLACK_SIGNING_SECRET: expected the signing secret for SLACK_MODE=http',
      'SLACK_ALLOWED_TEAMS: expected the workspace id(s) allowed to use the bot, such as T0123ABCD (or * for any workspace the app is installed in)',
    ]);
  });

  it('asks for the app token in the default Socket Mode, with the way to HTTP mode', () => {
    expect(problemsOf(() => loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: '', SLACK_ALLOWED_TEAMS: 'T1' }))).toEqual([
      'SLACK_APP_TOKEN: expected an app-level token (xapp-…, scope connections:write) for Socket Mode, the default; or set SLACK_MODE=http with SLACK_SIGNING_SECRET',
    ]);
  });
});

describe('loadBotSettings', () => {
  it('defaults to the bundled sample trust, state in .unsprawl and HTTP on loopback', () => {
    const settings = loadBotSettings({});
    expect(settings.inputs).toEqual({ estate: undefined, hostsInUse: undefined, licences: undefined, serviceMap: undefined, hosts: undefined, assumptions: undefined });
    expect(settings.http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(settings.auditLogPath).toMatch(/\.unsprawl[/\\]audit\.log$/);
    expect(settings.historyDbPath).toMatch(/\.unsprawl[/\\]history\.db$/);
  });

  it('names a missing estate file and a bad port', () => {
    expect(problemsOf(() => loadBotSettings({ UNSPRAWL_ESTATE: '/no/such/estate.csv', UNSPRAWL_PORT: '70000' }))).toEqual([
      'UNSPRAWL_ESTATE: expected an existing estate (CSV, RVTools xlsx/csv or JSON) file, or sample:acute, sample:virtual or sample:ics, found nothing at /no/such/estate.csv',
      'UNSPRAWL_PORT: expected a TCP port from 0 to 65535',
    ]);
  });
});

describe('readEnvironment', () => {
  it('overlays the real environment on a .env file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unsprawl-env-'));
    try {
      await writeFile(join(dir, '.env'), 'SLACK_BOT_TOKEN=xoxb-from-file\nSLACK_ALLOWED_TEAMS=T0FILE\n');
      const env = readEnvironment({ cwd: dir, env: { SLACK_ALLOWED_TEAMS: 'T0ENV' } });
      expect(env).toMatchObject({ SLACK_BOT_TOKEN: 'xoxb-from-file', SLACK_ALLOWED_TEAMS: 'T0ENV' });
      expect(() => readEnvironment({ cwd: dir, env: {}, envFile: 'missing.env' })).toThrow(/missing\.env does not exist/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
