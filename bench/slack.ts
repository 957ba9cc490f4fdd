import { pathToFileURL } from 'node:url';
import { createWorkerBotCore } from '../bot/slack/create-worker-bot-core.js';
import { startSlackHarness } from '../tests/fixtures/slack/slack-harness.js';

const concurrent = 100;
/** Slack's limit for acknowledging a slash command. */
const ackLimitMs = 3000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * 100 slash commands, signed as Slack signs them, sent at once to the Slack adapter in HTTP
 * mode on 127.0.0.1, answered by the real bot core on the sample trust on its worker thread, as
 * `unsprawl bot` runs it: every one must be acknowledged within Slack's 3 seconds while the
 * engine works after the ack. Prints the ack-time percentiles and how long all answers took.
 */
export async function run(): Promise<void> {
  const engine = createWorkerBotCore({});
  const slack = await startSlackHarness({ core: engine.core });
  try {
    await slack.command('ask warm up');
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: concurrent }, (_, i) => slack.command(`ask what if we consolidate ward systems? (${i})`)));
    const acks = results.map((r) => r.ms).sort((a, b) => a - b);
    const ok = results.filter((r) => r.status === 200).length;
    const inTime = acks.filter((ms) => ms <= ackLimitMs).length;
    await slack.api.waitFor(() => slack.api.responses.length === concurrent + 1, 120_000, 'every answer');
    const answered = performance.now() - started;
    // Each command has its own response_url: answered once means as many distinct ones as commands.
    const answeredUrls = slack.api.responses.slice(1).map((r) => r.id);
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`slack: ${concurrent} concurrent signed slash commands over HTTP on 127.0.0.1`);
    console.log(`  acknowledged (HTTP 200): ${ok}/${concurrent}; within ${ackLimitMs / 1000} s: ${inTime}/${concurrent}`);
    console.log(`  ack time p50 ${f(percentile(acks, 50))}, p95 ${f(percentile(acks, 95))}, p99 ${f(percentile(acks, 99))}, max ${f(acks.at(-1) ?? Number.NaN)}`);
    console.log(`  all ${concurrent} answers delivered to response_url in ${f(answered)}; answered once each: ${new Set(answeredUrls).size === concurrent && answeredUrls.length === concurrent}`);
    if (inTime < concurrent) process.exitCode = 1;
  } finally {
    await slack.close();
    await engine.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
