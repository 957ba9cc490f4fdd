import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoneyShort } from '../../reports/format/numbers.js';
import { runUnsprawl as unsprawl } from './run-unsprawl.js';

interface ReportJson {
  audience: string;
  coverHtmlPath: string | null;
  capitalAskPence: number;
  htmlPath: string | null;
  pdfPath: string | null;
  pages: number | null;
  npvPence: number;
  paybackMonths: number | null;
  hosts: number;
}

describe('unsprawl report', () => {
  it('shows the same NPV and hosts as unsprawl tco --json and unsprawl ask --json, in both documents, for the default scenario', async () => {
    const out = mkdtempSync(join(tmpdir(), 'unsprawl-cli-report-'));
    const [report, tco, ask] = await Promise.all([
      unsprawl('report', '--format', 'html', '--out', out, '--meeting-date', '2027-01-14', '--json'),
      unsprawl('tco', '--json'),
      unsprawl('ask', 'what if we consolidate everything?', '--json'),
    ]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('Appraising the options');
    expect(report.stderr).toContain('warning: the board details do not set agendaItem (agenda item)');
    expect(report.stderr).not.toContain('meetingDate');
    const paper = JSON.parse(report.stdout) as ReportJson;
    expect(paper.audience).toBe('public');
    expect(paper.pdfPath).toBeNull();
    expect(paper.htmlPath).toBe(join(out, 'business-case.html'));
    expect(paper.coverHtmlPath).toBe(join(out, 'cover-paper.html'));
    const cover = readFileSync(paper.coverHtmlPath!, 'utf8');
    const full = readFileSync(paper.htmlPath!, 'utf8');
    expect(cover).toContain('14 January 2027');
    expect(cover).toContain('Not yet provided');
    for (const html of [cover, full]) {
      expect(html).toContain(formatMoneyShort(paper.npvPence));
      expect(html).toContain(formatMoneyShort(paper.capitalAskPence));
    }

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
    expect(stdout).toMatch(/cover-paper\.pdf \([234] pages\)/);
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

  it('refuses an unknown audience and a malformed paper.json, naming the file, field and expected value, and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'unsprawl-cli-bad-')), 'papers');
    const audience = await unsprawl('report', '--audience', 'secret', '--out', out);
    expect(audience.code).toBe(2);
    expect(audience.stderr).toContain('--audience: expected public or restricted, got "secret"');
    const paper = join(mkdtempSync(join(tmpdir(), 'unsprawl-cli-paper-')), 'paper.json');
    writeFileSync(paper, JSON.stringify({ organisation: 'Sample NHS Trust', equalityImpact: 'done' }));
    const malformed = await unsprawl('report', '--paper', paper, '--out', out);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/paper\.json, equalityImpact: expected one of not-started, .*, got "done"/);
    expect(existsSync(out)).toBe(false);
  }, 300_000);
});
