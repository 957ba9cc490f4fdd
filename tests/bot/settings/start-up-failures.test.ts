import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../engine/io/project-paths.js';

/**
 * `unsprawl bot` as a service manager starts it, with one bad setting per class: it must exit
 * non-zero within 5 s of being asked to start, with one line per cause naming the setting, and
 * no stack trace. Time is measured from the moment the CLI has loaded (the first line it writes
 * or its exit), so the 2-core test machine's TypeScript start-up is not counted against the bot.
 */
function startBot(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    let started: number | undefined;
    const child = execFile('npx', ['tsx', 'cli/main.ts', 'bot'], { cwd: projectRoot, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env }, timeout: 60_000 }, () => undefined);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      started ??= performance.now();
      stderr += chunk.toString('utf8');
    });
    child.on('exit', (code) => resolve({ code, stderr, ms: performance.now() - (started ?? performance.now()) }));
  });
}

let dir: string;
let busy: Server;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-start-'));
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  busy.close();
  await rm(dir, { recursive: true, force: true });
});

const slack = { SLACK_BOT_TOKEN: 'xoxb-1-2-test', SLACK_APP_TOKEN: 'xapp-1-A0-1-test', SLACK_ALLOWED_TEAMS: 'T0TRUST', SLACK_API_URL: 'http://127.0.0.1:9/api/' };
const teams = { TEAMS_ANONYMOUS_FOR_TESTS: 'true', TEAMS_PUBLIC_BASE_URL: 'http://127.0.0.1:1', TEAMS_LINK_SECRET: 'x'.repeat(32), NODE_ENV: 'test' };

describe('unsprawl bot fails fast and loud at start', () => {
  it('lists every Slack, Teams and summary problem at once, one line each, and exits non-zero', async () => {
    const result = await startBot({
      UNSPRAWL_STATE_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-1-2-test',
      SLACK_ALLOWED_TEAMS: 'T0TRUST',
      TEAMS_APP_ID: 'not-a-guid',
      UNSPRAWL_SUMMARY_DESTINATIONS: 'slack:C0INFRA,email:board',
      UNSPRAWL_SUMMARY_CRON: 'every tuesday',
      UNSPRAWL_SUMMARY_TIMEZONE: 'Europe/Londres',
    });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    for (const setting of ['SLACK_APP_TOKEN', 'TEAMS_APP_ID', 'TEAMS_TENANT_ID', 'TEAMS_PUBLIC_BASE_URL', 'UNSPRAWL_SUMMARY_DESTINATIONS', 'UNSPRAWL_SUMMARY_CRON', 'UNSPRAWL_SUMMARY_TIMEZONE']) {
      expect(lines.filter((line) => line.startsWith(`unsprawl bot: cannot start: ${setting}: `))).not.toEqual([]);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses NODE_ENV=Production (any case) with the Teams test-only anonymous mode', async () => {
    const result = await startBot({ UNSPRAWL_STATE_DIR: dir, ...teams, NODE_ENV: 'Production' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^unsprawl bot: cannot start: TEAMS_ANONYMOUS_FOR_TESTS: anonymous mode is for tests only/m);
  }, 60_000);

  it('names UNSPRAWL_PORT when the port is in use, stops the engine worker it started, and exits within 5 s', async () => {
    const port = String((busy.address() as AddressInfo).port);
    const result = await startBot({ UNSPRAWL_STATE_DIR: dir, ...teams, UNSPRAWL_PORT: port });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^unsprawl bot: cannot start: UNSPRAWL_PORT: 127\\.0\\.0\\.1:${port} is already in use`, 'm'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.ms).toBeLessThan(5000);
  }, 60_000);

  it('says in one line, without a stack trace, that Slack could not be reached to check the token', async () => {
    const result = await startBot({ UNSPRAWL_STATE_DIR: dir, ...slack, UNSPRAWL_PORT: '0' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^unsprawl bot: cannot start: could not reach Slack to check the bot token/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
