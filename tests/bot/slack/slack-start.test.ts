import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../bot/audit/audit-log.js';
import { loadSlackSettings } from '../../../bot/settings/slack-settings.js';
import { createSlackApp } from '../../../bot/slack/create-slack-app.js';
import { InputError } from '../../../engine/errors.js';
import { FakeSlackApi } from '../../fixtures/slack/fake-slack-api.js';
import { botToken, recordingCore, signingSecret, twoPagePdf } from '../../fixtures/slack/slack-harness.js';

let api: FakeSlackApi;
let dir: string;
beforeEach(async () => {
  api = await new FakeSlackApi(botToken).listen();
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-slack-start-'));
});
afterEach(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const slackApp = () =>
  createSlackApp({
    settings: loadSlackSettings({ SLACK_BOT_TOKEN: botToken, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: signingSecret, SLACK_ALLOWED_TEAMS: '*', SLACK_API_URL: api.apiUrl })!,
    core: recordingCore().core,
    audit: createAuditLog(join(dir, 'audit.log')),
    renderBusinessCase: twoPagePdf,
    importInventory: async () => ({ stored: false, problems: [] }),
    express: express(),
    firstDelivery: () => true,
    retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 20 },
    logLevel: LogLevel.ERROR,
  });

describe('starting the Slack app', () => {
  it('checks the bot token with auth.test and names SLACK_BOT_TOKEN when Slack refuses it', async () => {
    api.failNext('auth.test', { status: 200, body: '{"ok":false,"error":"invalid_auth"}' });
    const error = await slackApp().start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([expect.objectContaining({ column: 'SLACK_BOT_TOKEN', message: expect.stringContaining('invalid_auth') })]);
  });

  it('says Slack could not be reached, rather than crashing, when the network is down', async () => {
    api.failNext('auth.test', { status: 503 }, { status: 503 });
    await expect(slackApp().start()).rejects.toThrow(/^could not reach Slack to check the bot token/);
  });

  it('starts when the token is accepted', async () => {
    await expect(slackApp().start()).resolves.toBeUndefined();
    expect(api.callsTo('auth.test')[0]?.authorization).toBe(`Bearer ${botToken}`);
  });
});
