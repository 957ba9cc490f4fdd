import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUnsprawl as unsprawl } from './run-unsprawl.js';

interface ReportJson {
  htmlPath: string | null;
  pdfPath: string | null;
  pages: number | null;
  npvPence: number;
  paybackMonths: number | null;
  hosts: number;
}

describe('unsprawl report', () => {
  it('shows the same NPV and hosts as unsprawl tco --json and unsprawl ask --json for the default scenario', async () => {
    const out = mkdtempSync(join(tmpdir(), 'unsprawl-cli-report-'));
    const [report, tco, ask] = await Promise.all([
      unsprawl('report', '--format', 'html', '--out', out, '--meeting-date', '2027-01-14', '--json'),
      unsprawl('tco', '--json'),
      unsprawl('ask', 'what if we consolidate everything?', '--json'),
    ]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('Appraising the options');
    const paper = JSON.parse(report.stdout) as ReportJson;
    expect(paper.pdfPath).toBeNull();
    expect(paper.htmlPath).toBe(join(out, 'business-case.html'));
    const html = readFileSync(paper.htmlPath!, 'utf8');
    expect(html).toContain('14 January 2027');

    expect(tco.code).toBe(0);
    const tcoJson = JSON.parse(tco.stdout) as { appraisal: { npv: number; paybackMonths: number | null }; plan: { hosts: number } };
    expect(paper.npvPence).toBe(tcoJson.appraisal.npv);
    expect(paper.paybackMonths).toBe(tcoJson.appraisal.paybackMonths);
    expect(paper.hosts).toBe(tcoJson.plan.hosts);

    expect(ask.code).toBe(0);
    const answer = JSON.parse(ask.stdout) as { figures: { label: string; raw?: number }[] };
    expect(answer.figures.find((f) => /^NPV/.test(f.label))?.raw).toBe(paper.npvPence);
    expect(answer.figures.find((f) => f.label === 'Hosts')?.raw).toBe(paper.hosts);
  }, 300_000);

  it('builds the scenario from --question and writes the PDF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'unsprawl-cli-question-'));
    const { code, stdout, stderr } = await unsprawl('report', '--question', 'consolidate ward systems onto proxmox', '--format', 'pdf', '--out', out);
    expect(stderr).toContain('Printing the PDF');
    expect(code).toBe(0);
    expect(stdout).toMatch(/business-case\.pdf \(\d+ pages\)/);
    expect(existsSync(join(out, 'business-case.pdf'))).toBe(true);
    expect(existsSync(join(out, 'business-case.html'))).toBe(false);
  }, 300_000);

  it('refuses an unknown format, an impossible meeting date and a question that names no servers, with exit code 2', async () => {
    const format = await unsprawl('report', '--format', 'docx');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: expected html, pdf or html,pdf, got "docx"');
    const date = await unsprawl('report', '--meeting-date', '2027-02-30');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--meeting-date: expected a real calendar date, got "2027-02-30"');
    const vague = await unsprawl('report', '--question', 'what if we consolidate?', '--format', 'html', '--out', mkdtempSync(join(tmpdir(), 'unsprawl-cli-vague-')));
    expect(vague.code).toBe(2);
    expect(vague.stderr).toContain('the question does not say which servers to consolidate');
  }, 300_000);
});
