import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import type { Scenario } from '../../../engine/scenario/scenario.js';
import { renderBusinessCase, type RenderedBusinessCase } from '../../../reports/business-case/render-business-case.js';
import { formatMoney, formatMoneyShort, formatNumber } from '../../../reports/format/numbers.js';
import { PdfRenderer } from '../../../reports/pdf/pdf-renderer.js';
import { checkAccessibility } from '../accessibility-check.js';
import { pdfInfo, pdfOutlineTitles, pdfPageTexts } from '../pdf-text.js';

const renderer = new PdfRenderer();
let inputs: Inputs;
let scenario: Scenario;
let paper: RenderedBusinessCase;
const outDir = mkdtempSync(join(tmpdir(), 'unsprawl-report-'));

beforeAll(async () => {
  inputs = await loadInputs();
  scenario = inputs.scenarios.find((s) => s.name === 'full-consolidation')!;
  const assumptions = inputs.assumptions.with(scenario.overrides, 'scenario');
  paper = await renderBusinessCase({ inputs, scenario, assumptions, details: { meetingDate: '2027-01-14' }, renderer, outDir });
}, 240_000);

afterAll(async () => {
  await renderer.close();
});

describe('renderBusinessCase on the sample trust', () => {
  it('prints the figures of the one engine call evaluate() for the same scenario', () => {
    const fresh = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario });
    expect(paper.input.preferred.evaluation.appraisal).toEqual(fresh.appraisal);
    expect(paper.input.preferred.evaluation.plan.hosts).toBe(fresh.plan.hosts);
    const html = paper.html ?? '';
    const a = fresh.appraisal;
    expect(html).toContain(`Its net present value is ${formatMoney(a.npv)}`);
    expect(html).toContain(`<span class="value">${formatMoneyShort(a.npv)}</span>`);
    expect(html).toContain(`onto ${formatNumber(fresh.plan.hosts)} `);
    for (const c of a.cashFlows) {
      expect(html).toContain(`>${formatMoney(c.withOption)}<`);
      expect(html).toContain(`>${formatMoney(c.presentValue)}<`);
    }
    expect(html).toContain(`>${formatMoney(a.withOption.sum)}<`);
    const pdfText = pdfPageTexts(paper.pdf!).join('\n');
    expect(pdfText).toContain(formatMoney(a.npv));
  });

  it('lists the non-cash benefits in the benefits plan, each with today and a target', () => {
    const html = paper.html ?? '';
    expect(html).toContain('Faster provisioning');
    expect(html).toContain('Planned downtime avoided by live migration');
    expect(html).toContain('Faster recovery from a hardware failure');
  });

  it('labels the published cases with their date and what each included, and says which the model reproduces', () => {
    const html = paper.html ?? '';
    expect(html).toContain('in February 2008, each a different trust');
    expect(html).toContain('(included: DR: mirrored site, recycled hosts (3 database servers))');
    const rebuilt = paper.input.caseReproductions!;
    const reproduced = rebuilt.cases.filter((c) => c.reproduced).length;
    expect(html).toContain(`run through this model (unsprawl cases, tolerance: hosts ±1, percentages within 10 points), ${reproduced} of the ${rebuilt.cases.length} cases with figures reproduce`);
  });

  it('writes business-case.html and business-case.pdf to the folder asked for', () => {
    expect(paper.htmlPath).toBe(join(outDir, 'business-case.html'));
    expect(readFileSync(paper.htmlPath!, 'utf8')).toBe(paper.html);
    expect(paper.pdfPath).toBe(join(outDir, 'business-case.pdf'));
    expect(Buffer.compare(readFileSync(paper.pdfPath!), Buffer.from(paper.pdf!))).toBe(0);
  });

  it('is an A4, tagged PDF of 25 to 70 pages whose page count pdf-lib confirms', async () => {
    const doc = await PDFDocument.load(paper.pdf!);
    expect(paper.pages).toBe(doc.getPageCount());
    expect(paper.pages).toBeGreaterThanOrEqual(25);
    expect(paper.pages).toBeLessThanOrEqual(70);
    const info = pdfInfo(paper.pdf!);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:.*\(A4\)/);
  });

  it('has bookmarks for the cover sheet, the five cases and the appendices', async () => {
    const titles = await pdfOutlineTitles(paper.pdf!);
    for (const t of ['Executive summary', '1. Strategic case', '2. Economic case', '3. Commercial case', '4. Financial case', '5. Management case', 'Appendix A. Assumptions and their sources', 'Appendix E. Glossary']) {
      expect(titles).toContain(t);
    }
  });

  it('marks every page OFFICIAL and numbers it "Page X of Y"', () => {
    const pages = pdfPageTexts(paper.pdf!);
    expect(pages).toHaveLength(paper.pages!);
    pages.forEach((text, i) => {
      expect(text).toContain('OFFICIAL');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('has no WCAG 2.2 A/AA violations (axe-core)', async () => {
    const violations = await checkAccessibility(paper.html!);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  }, 120_000);
});

describe('renderBusinessCase with hostile names in the estate', () => {
  it('prints a server named <img src=x onerror=alert(1)> and a service named {{7*7}} as text', async () => {
    const rows = readFileSync(join(dataDir, 'estate.csv'), 'utf8').split(/\r?\n/);
    const [header, first, second, ...rest] = rows;
    const hostile = [
      header,
      first!.replace(/^[^,]+/, '<img src=x onerror=alert(1)>'),
      second!.replace(/^([^,]+),([^,]+),([^,]+)/, '$1,$2,{{7*7}}'),
      ...rest,
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'unsprawl-hostile-')), 'estate.csv');
    writeFileSync(file, hostile);
    const hostileInputs = await loadInputs({ estate: file });
    const s = hostileInputs.scenarios.find((x) => x.name === 'full-consolidation')!;
    const { html } = await renderBusinessCase({
      inputs: hostileInputs,
      scenario: s,
      assumptions: hostileInputs.assumptions,
      details: { meetingDate: '2027-01-14' },
      format: ['html'],
    });
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).toContain('{{7*7}}');
    expect(html).not.toMatch(/>49</);
  }, 240_000);
});
