import { performance } from 'node:perf_hooks';
import { createWorkerBotCore } from '../bot/slack/create-worker-bot-core.js';
import { renderAnswerCard } from '../bot/teams/render-answer-card.js';
import type { Answer } from '../bot/answer/answer.js';
import {
  channelConversation,
  mentionActivity,
  messageActivity,
  personalConversation,
  postActivity,
  startFakeConnector,
  startTeamsBot,
} from '../tests/fixtures/teams/teams-harness.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summarise(label: string, samples: number[], digits = 1): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(digits);
  console.log(`${label}: n=${sorted.length} p50=${f(percentile(sorted, 50))} ms p95=${f(percentile(sorted, 95))} ms p99=${f(percentile(sorted, 99))} ms max=${f(sorted.at(-1) ?? Number.NaN)} ms`);
}

/**
 * Teams receiver overhead on loopback: a Bot Framework activity in, JWT middleware (anonymous test
 * mode), access check, a recording core, Adaptive Card rendering, the reply to a fake Bot
 * Connector, the conversation store write and the audit line; plus card rendering and card size
 * for a long answer. Engine time is not included (the core answers at once).
 */
export async function run(): Promise<void> {
  const connector = await startFakeConnector();
  const teams = await startTeamsBot();
  try {
    for (let i = 0; i < 20; i++) await postActivity(teams.url, messageActivity(connector.url, personalConversation(), 'warm up'));

    const sequential: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await postActivity(teams.url, messageActivity(connector.url, personalConversation(`a:seq-${i % 10}`), 'what if we consolidate ward systems?'));
      sequential.push(performance.now() - started);
    }
    summarise('personal message, sequential (HTTP 200 after the reply is delivered)', sequential);

    const concurrent = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const started = performance.now();
        await postActivity(teams.url, mentionActivity(connector.url, channelConversation(String(i)), 'what if we consolidate ward systems?'));
        return performance.now() - started;
      }),
    );
    summarise('channel mention, 100 at once', concurrent);
    console.log(`replies recorded by the fake connector: ${connector.requests.length}, errors logged: ${teams.errors.length}`);

    const rows = Array.from({ length: 40 }, (_, i) => [`SRV-${String(i).padStart(3, '0')}`, `Host ${(i % 5) + 1}`, '£12,345', '1,234 kWh']);
    const long: Answer = {
      kind: 'what-if',
      headline: 'Consolidating the whole estate: 232 servers onto 14 hosts saves £3.4m over 5 years',
      figures: Array.from({ length: 8 }, (_, i) => ({ label: `Figure ${i + 1}`, value: `£${(i + 1) * 123_456}` })),
      tables: [{ title: 'Placements', columns: ['Server', 'Host', 'Cost', 'Energy'], rows }, { title: 'Cost by year', columns: ['Year', 'Do nothing', 'Option'], rows: rows.slice(0, 6).map((r) => r.slice(0, 3)) }],
      notes: ['Energy at 24.5p/kWh, PUE 1.8.', 'Estate data from 1 Nov 2026.'],
      actions: [
        { id: 'business-case', label: 'Business case PDF' },
        { id: 'show-assumptions', label: 'Show assumptions' },
        { id: 'compare-hypervisors', label: 'Compare hypervisors' },
      ],
    };
    const renders: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const started = performance.now();
      renderAnswerCard(long);
      renders.push(performance.now() - started);
    }
    summarise('renderAnswerCard, 8 figures + 40-row table (cut to 15) + 6-row table', renders, 3);
    console.log(`card JSON size: ${Buffer.byteLength(JSON.stringify(renderAnswerCard(long)))} bytes (Teams limit about 28 KB)`);
  } finally {
    await teams.close();
    await connector.close();
  }
  await sampleTrust();
}

/**
 * 50 personal messages at once answered by the real bot core on the sample trust (engine on its
 * worker thread, as `unsprawl bot` runs it): the time until each reply reached the fake Bot
 * Connector, and that every message was answered exactly once.
 */
async function sampleTrust(): Promise<void> {
  const concurrent = 50;
  const connector = await startFakeConnector();
  const engine = createWorkerBotCore({});
  const teams = await startTeamsBot({ core: engine.core });
  try {
    await postActivity(teams.url, messageActivity(connector.url, personalConversation('a:warm-up'), 'what if we consolidate ward systems?'));
    connector.requests.length = 0;
    const replies = await Promise.all(
      Array.from({ length: concurrent }, async (_, i) => {
        const started = performance.now();
        const response = await postActivity(teams.url, messageActivity(connector.url, personalConversation(`a:bench-${i}`), 'what if we consolidate ward systems?'));
        return { ms: performance.now() - started, status: response.status };
      }),
    );
    summarise(`sample trust, ${concurrent} personal messages at once (reply delivered)`, replies.map((r) => r.ms));
    const conversations = connector.requests.map((r) => r.conversationId);
    console.log(`  HTTP 200: ${replies.filter((r) => r.status === 200).length}/${concurrent}; replies: ${conversations.length}, distinct conversations answered: ${new Set(conversations).size}`);
  } finally {
    await teams.close();
    await engine.close();
    await connector.close();
  }
}
