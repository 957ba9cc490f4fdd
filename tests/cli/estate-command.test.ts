import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { EstateSummary } from '../../engine/estate/summarise-estate.js';
import { projectRoot } from '../../engine/io/project-paths.js';

const run = promisify(execFile);

/** Runs the CLI the way a user does, and returns its exit code and output. */
async function unsprawl(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'cli/main.ts', ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each test starts the whole CLI through npx tsx (about 3 s idle); allow for a busy two-core machine.
describe('unsprawl estate', { timeout: 120_000 }, () => {
  it('--json prints one JSON summary of the bundled sample trust', async () => {
    const { code, stdout } = await unsprawl('estate', '--json', '--as-of', '2026-11-25');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as EstateSummary;
    expect(summary.source).toBe('estate.csv');
    expect(summary.asOf).toBe('2026-11-25');
    expect(summary.servers.total).toBe(summary.servers.physical + summary.servers.virtual);
    expect(summary.servers.total).toBeGreaterThanOrEqual(150);
    expect(summary.apps).toBeGreaterThanOrEqual(250);
    expect(summary.services.length).toBeGreaterThanOrEqual(12);
    expect(summary.ageBands.reduce((n, b) => n + b.servers, 0)).toBe(summary.servers.total);
  });

  it('prints a table by organisation for the three trusts of sample:ics, adding up to the estate, and none for one trust', async () => {
    const text = await unsprawl('estate', '--estate', 'sample:ics', '--as-of', '2026-11-25');
    expect(text.code).toBe(0);
    const table = text.stdout.slice(text.stdout.indexOf('\nOrganisations\n'));
    expect(table).toMatch(/Northfield Hospitals NHS Trust +364 +259 +105 /);
    expect(table).toMatch(/Total +722 +474 +248 +[\d,]+ +£306,914 +678/);
    const json = JSON.parse((await unsprawl('estate', '--estate', 'sample:ics', '--as-of', '2026-11-25', '--json')).stdout) as EstateSummary & { organisations: (EstateSummary & { organisation: string })[] };
    expect(json.organisations.map((o) => o.organisation)).toEqual(['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Westbrook Mental Health NHS Trust']);
    expect(json.organisations.reduce((n, o) => n + o.servers.total, 0)).toBe(json.servers.total);
    expect(json.organisations.reduce((n, o) => n + o.annualSupportPence, 0)).toBe(json.annualSupportPence);
    const acute = await unsprawl('estate', '--as-of', '2026-11-25');
    expect(acute.stdout).not.toContain('Organisations');
  });

  it('shows the hosts and licences of the mostly virtual sample, in text and in --json', async () => {
    const text = await unsprawl('estate', '--estate', 'sample:virtual', '--as-of', '2026-11-25');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Hosts in use today     14 in 3 clusters: 528 cores, 8,960 GB');
    expect(text.stdout).toContain('Licence                VMware vSphere Foundation (per-core subscription): 528 cores (528 used), renews 31 March 2027');
    const json = JSON.parse((await unsprawl('estate', '--estate', 'sample:virtual', '--json')).stdout) as { today: unknown; licences: { product: string }[] };
    expect(json.today).toEqual({ hosts: 14, clusters: 3, cores: 528, ramGb: 8960 });
    expect(json.licences.map((l) => l.product)).toContain('VMware vCenter Server Standard');
  });

  it('prints a readable table with the headline figures and every service', async () => {
    const { code, stdout } = await unsprawl('estate', '--as-of', '2026-11-25');
    expect(code).toBe(0);
    for (const label of ['Servers', 'CPU cores', 'Memory', 'Storage', 'Power (average draw)', 'Out of warranty', 'Age profile', 'Services', 'Ward systems', 'Pathology LIMS']) {
      expect(stdout).toContain(label);
    }
    expect(stdout).toMatch(/Support contracts\s+£[\d,]+ a year/);
  });

  it('--scope summarises only the servers the expression selects', async () => {
    const { code, stdout } = await unsprawl('estate', '--json', '--as-of', '2026-11-25', '--scope', 'service="Domain controllers"');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as EstateSummary;
    expect(summary.source).toBe('estate.csv (scope: service="Domain controllers")');
    expect(summary.services.map((s) => s.service)).toEqual(['Domain controllers']);
  });

  it('exits 2 and lists every problem with file, row and column for a bad estate', async () => {
    const { code, stdout, stderr } = await unsprawl('estate', '--estate', join('tests', 'fixtures', 'estate', 'bad-values.csv'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unsprawl: 7 problem(s) in the input:');
    expect(stderr).toContain('bad-values.csv row 3, cpu_util_p95: expected a number from 0 to 100, got "140"');
  });

  it('rejects a malformed --as-of date', async () => {
    const { code, stderr } = await unsprawl('estate', '--as-of', '25/11/2026');
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of: expected a real date as YYYY-MM-DD, got "25/11/2026"');
  });

  it('has --help', async () => {
    const { code, stdout } = await unsprawl('estate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--estate <path>');
    expect(stdout).toContain('--json');
  });
});

describe('unsprawl estate --retire-candidates', { timeout: 120_000 }, () => {
  it('lists the idle, zombie and orphaned servers of the sample trust with their evidence, and the signals missing', async () => {
    const { code, stdout } = await unsprawl('estate', '--retire-candidates');
    expect(code).toBe(0);
    for (const text of ['Switch off rather than move?', 'Zombie: near zero on every signal', 'Flagged servers and the evidence:', 'Applications on several servers', 'Signals missing']) {
      expect(stdout).toContain(text);
    }
    expect(stdout).toMatch(/WCR-A-WARD01 +zombie: cpu_util_p95 0\.3 \(<= 2%\); mem_util_p95 10 \(<= 20%\); net_kbps_p95 6\.3 \(<= 10 kbit\/s\); disk_iops_p95 3 \(<= 5 IOPS\)/);
  });

  it('--json adds the review; --set moves servers between classes', async () => {
    const base = JSON.parse((await unsprawl('estate', '--retire-candidates', '--json')).stdout) as { retirement: { counts: { zombie: number; idle: number } } };
    expect(base.retirement.counts).toMatchObject({ zombie: 20, idle: 28 });
    const strict = JSON.parse((await unsprawl('estate', '--retire-candidates', '--json', '--set', 'retire.zombieCpuPercent=1')).stdout) as typeof base;
    expect(strict.retirement.counts.zombie).toBeLessThan(20);
    expect(strict.retirement.counts.zombie + strict.retirement.counts.idle).toBe(48);
  });
});
