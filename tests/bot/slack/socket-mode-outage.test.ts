import { afterEach, describe, expect, it } from 'vitest';
import { appMention, slashCommand } from '../../fixtures/slack/slack-payloads.js';
import { startSlackHarness, type SlackHarness } from '../../fixtures/slack/slack-harness.js';

let slack: SlackHarness | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

/**
 * The chaos test, in scaled time: the production back-off (1 s doubling to a 30 s cap, 5 s ping
 * timeout) is scaled down 1:100 (10 ms to 300 ms, 50 ms), and the 2-minute outage to 1.2 s of
 * real time, which is the same number of back-off rounds. Before the fix the socket client gave
 * up after five failed apps.connections.open calls and the process exited with code 1.
 */
const scale = 100;
const backoff = { minMs: 1000 / scale, maxMs: 30_000 / scale, pingTimeoutMs: 5000 / scale };
const outageMs = 120_000 / scale;

describe('Socket Mode outage survival', () => {
  it('reconnects after the connection drops and apps.connections.open fails for "2 minutes", then answers the next question', async () => {
    const lines: string[] = [];
    slack = await startSlackHarness({ mode: 'socket', socketBackoff: backoff, log: (line) => lines.push(line) });
    const { api, socket } = slack;
    expect(slack.bot.connected()).toBe(true);

    api.startOutage('apps.connections.open', { status: 503, body: '{"ok":false,"error":"service_unavailable"}' });
    socket!.drop();
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    const failedDuringOutage = api.attemptsAt('apps.connections.open').filter((c) => c.status === 503).length;
    expect(failedDuringOutage).toBeGreaterThan(5);
    expect(slack.bot.connected()).toBe(false);
    api.endOutage('apps.connections.open');

    const { ack } = await socket!.deliver({ envelope_id: 'env-after-outage', type: 'events_api', payload: appMention({ text: '<@U0BOT> ward systems', ts: '1700002000.000100' }) }, 10_000);
    expect(ack.envelope_id).toBe('env-after-outage');
    await api.waitFor(() => api.callsTo('chat.postMessage').length === 1);
    expect(socket!.connections).toBe(2);
    expect(slack.bot.connected()).toBe(true);
    // Every failed attempt is logged, with the back-off it will wait.
    expect(lines.filter((line) => line.includes('Socket Mode could not connect')).length).toBeGreaterThanOrEqual(failedDuringOutage);
    expect(lines).toContain('unsprawl bot: Slack Socket Mode connected');
  });

  it('answers a Socket Mode redelivery (retry_attempt 1) of an event it never saw, and only once', async () => {
    slack = await startSlackHarness({ mode: 'socket', socketBackoff: backoff });
    const payload = appMention({ text: '<@U0BOT> ward systems', ts: '1700002100.000100' });
    await slack.socket!.deliver({ envelope_id: 'env-retry-1', type: 'events_api', payload, retry_attempt: 1, retry_reason: 'timeout' } as never);
    await slack.api.waitFor(() => slack!.api.callsTo('chat.postMessage').length === 1);
    await slack.socket!.deliver({ envelope_id: 'env-retry-2', type: 'events_api', payload, retry_attempt: 2, retry_reason: 'timeout' } as never);
    await slack.bot.idle();
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acknowledges a retried slash command envelope without answering it twice', async () => {
    slack = await startSlackHarness({ mode: 'socket', socketBackoff: backoff });
    const payload = slashCommand({ text: 'ask ward systems', responseUrl: slack.nextResponseUrl() });
    await slack.socket!.deliver({ envelope_id: 'env-cmd-1', type: 'slash_commands', payload, accepts_response_payload: true });
    const { ack } = await slack.socket!.deliver({ envelope_id: 'env-cmd-2', type: 'slash_commands', payload, accepts_response_payload: true, retry_attempt: 1 } as never);
    expect(ack.envelope_id).toBe('env-cmd-2');
    await slack.bot.idle();
    expect(slack.api.responses).toHaveLength(1);
  });
});
