import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryAnswer } from '../../../bot/summary/summary-answer.js';
import { serverSchema } from '../../../engine/estate/server.js';
import type { MonthlySummary } from '../../../engine/summary/monthly-summary.js';
import { countPdfPages } from '../../../reports/pdf/count-pdf-pages.js';
import { PdfRenderer } from '../../../reports/pdf/pdf-renderer.js';
import { renderMonthlySummary } from '../../../reports/summary/render-monthly-summary.js';
import { summaryKeyFigures } from '../../../reports/summary/summary-key-figures.js';
import { summariseMonth } from '../../../store/history/summarise-month.js';
import { findSnapshot } from '../../../store/snapshots/find-snapshot.js';
import { readSnapshotEstate } from '../../../store/snapshots/read-snapshot-estate.js';
import { saveSnapshot } from '../../../store/snapshots/save-snapshot.js';
import { sampleSummarySetup } from '../../store/sample-summary.js';
import { tempDir } from '../../store/temp-store.js';
import { checkAccessibility } from '../accessibility-check.js';

const hostile = '<img src=x onerror=alert(1)>';

describe('the monthly summary as HTML and PDF', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  const renderer = new PdfRenderer();
  let october: MonthlySummary;
  let november: MonthlySummary;
  beforeAll(async () => {
    const setup = await sampleSummarySetup(tmp.file());
    // November: October's inventory plus a server whose name and service are markup and a template.
    const estate = readSnapshotEstate(setup.store, findSnapshot(setup.store, { month: '2026-10' })!);
    const odd = serverSchema.parse({ id: hostile, service: '{{7*7}}', kind: 'physical', cpu_cores: 4, mem_gb: 8, power_watts: 150 });
    saveSnapshot(setup.store, { estate: { ...estate, servers: [...estate.servers, odd] }, asOf: '2026-11-30', importedBy: 'test', now: new Date('2026-12-01T09:00:00Z') });
    const args = { hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan };
    october = summariseMonth(setup.store, { month: '2026-10', ...args });
    november = summariseMonth(setup.store, { month: '2026-11', ...args });
    setup.store.close();
  }, 180_000);
  afterAll(async () => {
    await renderer.close();
    tmp.cleanup();
  });

  it('prints the same key figures as the chat answer, with trend and plan charts and their tables', async () => {
    const { html } = await renderMonthlySummary(october);
    const answer = summaryAnswer(october);
    for (const figure of summaryKeyFigures(october)) {
      expect(html).toContain(`<span class="value">${figure.value.replace(/&/g, '&amp;')}</span>`);
      expect(answer.figures.find((f) => f.label === figure.label)?.value).toBe(`${figure.value} (${figure.note})`);
    }
    expect(html).toContain('<h1>Estate and consolidation summary: October 2026</h1>');
    expect(html.match(/<figure id="figure-(trend|plan)">/g)).toEqual(['<figure id="figure-trend">', '<figure id="figure-plan">']);
    expect(html.match(/<svg role="img"/g)).toHaveLength(2);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;/);
    expect(html).toContain('By the end of October 2026 79 physical servers had been switched off against 90 planned: 11 servers behind plan.');
  });

  it('shows a hostile server name as text, never as markup or a template', async () => {
    const { html } = await renderMonthlySummary(november);
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('{{7*7}}');
    expect(html).not.toContain('>49<');
  });

  it('has no WCAG 2.2 A/AA violations', async () => {
    const { html } = await renderMonthlySummary(october);
    expect(await checkAccessibility(html)).toEqual([]);
  });

  it('prints to a short tagged A4 PDF with the business case\'s header and footer', async () => {
    const { pdf } = await renderMonthlySummary(october, { pdf: renderer });
    expect(pdf).toBeDefined();
    expect(Buffer.from(pdf!.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = countPdfPages(pdf!);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    const file = tmp.file('summary.pdf');
    writeFileSync(file, pdf!);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});
