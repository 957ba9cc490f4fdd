import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appMention, slashCommand } from '../../fixtures/slack/slack-payloads.js';
import { startSlackHarness, appToken, type SlackHarness } from '../../fixtures/slack/slack-harness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness({ mode: 'socket' });
});
afterEach(async () => {
  await slack.close();
});

describe('Socket Mode (the default: no inbound connection needed)', () => {
  it('opens the connection with the app token at the URL apps.connections.open gives', () => {
    const open = slack.api.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe(`Bearer ${appToken}`);
  });

  it('acknowledges a slash command envelope and answers through its response_url', async () => {
    const responseUrl = slack.nextResponseUrl();
    const { ack } = await slack.socket!.deliver({ envelope_id: 'env-command-1', type: 'slash_commands', payload: slashCommand({ text: 'ask what if we consolidate ward systems?', responseUrl }), accepts_response_payload: true });
    expect(ack.envelope_id).toBe('env-command-1');
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.api.responses[0]?.body).toMatchObject({ response_type: 'in_channel', text: 'Answer to "what if we consolidate ward systems?" (what-if-we-consolidate-ward-systems)' });
  });

  it('acknowledges an app_mention envelope and answers in the thread', async () => {
    const { ack } = await slack.socket!.deliver({ envelope_id: 'env-event-1', type: 'events_api', payload: appMention({ text: '<@U0BOT> ward systems', ts: '1700000900.000100' }) });
    expect(ack.envelope_id).toBe('env-event-1');
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    expect(slack.api.callsTo('chat.postMessage')[0]?.params).toMatchObject({ channel: 'C0INFRA', thread_ts: '1700000900.000100', text: 'Answer to "ward systems" (ward-systems)' });
  });
});
