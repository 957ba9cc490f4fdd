/**
 * Monthly summary figures: seeding the sample history, computing a month (every snapshot up to
 * it evaluated with evaluate()), rendering HTML and PDF, and ledger claims per second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInputs } from '../engine/io/load-inputs.js';
import { PdfRenderer } from '../reports/pdf/pdf-renderer.js';
import { renderMonthlySummary } from '../reports/summary/render-monthly-summary.js';
import { loadApprovedPlan } from '../store/history/load-approved-plan.js';
import { seedHistory } from '../store/history/seed-history.js';
import { summariseMonth } from '../store/history/summarise-month.js';
import { claimSummaryPost } from '../store/ledger/claim-summary-post.js';
import { settleSummaryPost } from '../store/ledger/settle-summary-post.js';
import { openStore } from '../store/open-store.js';

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'unsprawl-bench-summary-'));
  const store = openStore({ path: join(dir, 'history.db') });
  const renderer = new PdfRenderer();
  try {
    const [seeded, seedMs] = await time(() => seedHistory(store, { now: new Date() }));
    console.log(`seed the sample history (${seeded.length} snapshots, ${seeded.reduce((n, s) => n + s.servers, 0)} server rows): ${seedMs.toFixed(0)} ms`);
    const inputs = await loadInputs();
    const plan = await loadApprovedPlan();
    const scenario = { ...inputs.scenarios.find((s) => s.name === plan.scenario)!, host: plan.hostModel ?? 'cheapest' };
    const args = { month: '2026-10', hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance, scenario, plan };
    const [summary, summaryMs] = await time(() => summariseMonth(store, args));
    console.log(`summary for 2026-10 (${summary.trend.length} snapshots evaluated): ${summaryMs.toFixed(0)} ms`);
    const [, htmlMs] = await time(() => renderMonthlySummary(summary));
    console.log(`HTML with two charts: ${htmlMs.toFixed(0)} ms`);
    const [first, firstPdfMs] = await time(() => renderMonthlySummary(summary, { pdf: renderer }));
    const [, pdfMs] = await time(() => renderMonthlySummary(summary, { pdf: renderer }));
    console.log(`PDF: ${firstPdfMs.toFixed(0)} ms with browser launch, ${pdfMs.toFixed(0)} ms after (${first.pdf?.length ?? 0} bytes)`);
    const claims = 2000;
    const [, ledgerMs] = await time(() => {
      for (let i = 0; i < claims; i += 1) {
        const key = { month: '2026-10', destination: `slack:C${i}`, instance: 'bench' };
        claimSummaryPost(store, { ...key, now: new Date(), leaseMs: 60_000 });
        settleSummaryPost(store, { ...key, now: new Date() }, { ok: true });
      }
    });
    console.log(`ledger: ${claims} claim+settle pairs in ${ledgerMs.toFixed(0)} ms (${((claims / ledgerMs) * 1000).toFixed(0)} per second, WAL, synchronous=NORMAL)`);
  } finally {
    await renderer.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
