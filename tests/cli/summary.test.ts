import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/evaluate.js';
import { loadEstate } from '../../engine/io/load-estate.js';
import { loadInputs } from '../../engine/io/load-inputs.js';
import { projectRoot } from '../../engine/io/project-paths.js';
import { bundledHistoryDir } from '../../store/history/seed-history.js';
import { openStore } from '../../store/open-store.js';
import { saveSnapshot } from '../../store/snapshots/save-snapshot.js';
import { icsHistory, icsPlanJson } from '../engine/summary/ics-history-fixtures.js';
import { tempDir } from '../store/temp-store.js';
import { startFakeSlackApi } from '../bot/scheduler/fake-chat-servers.js';

const execFileAsync = promisify(execFile);

/** Runs the real CLI in a child process; resolves with exit code and output, whatever the code. */
async function unsprawl(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('npx', ['tsx', join(projectRoot, 'cli/main.ts'), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 20 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('unsprawl summary, import and history', { timeout: 180_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('seeds a fresh store and prints the month with the engine\'s figures for that snapshot', async () => {
    const store = tmp.file('fresh.db');
    const { code, stdout } = await unsprawl(['summary', '--month', '2026-10', '--json', '--store', store]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { current: { servers: { total: number }; energyKwhPerYear: number; remaining: { hosts: number; npvPence: number } }; plan: { actualServersOff: number } };
    const inputs = await loadInputs();
    const estate = await loadEstate(join(bundledHistoryDir, '2026-10-30.csv'), { asOf: '2026-10-30' });
    const scenario = { ...inputs.scenarios.find((s) => s.name === 'full-consolidation')!, host: 'PowerEdge R760' };
    const engine = evaluate({ estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario });
    expect(summary.current.servers.total).toBe(estate.servers.length);
    expect(summary.current.energyKwhPerYear).toBe(engine.appraisal.energy[0]!.beforeKwh);
    expect(summary.current.remaining).toMatchObject({ hosts: engine.plan.hosts, npvPence: engine.appraisal.npv });
    expect(summary.plan.actualServersOff).toBe(79);

    const history = await unsprawl(['history', '--store', store]);
    expect(history.stdout).toContain('Estate snapshots (7)');
    expect(history.stdout).toMatch(/Recent scenario runs \(1\)\n(.*\n){2}.*full-consolidation\s+cli/);
  });

  it('writes the HTML and PDF with --out', async () => {
    const out = join(tmp.dir, 'papers');
    const { code, stdout } = await unsprawl(['summary', '--month', '2026-09', '--out', out, '--store', tmp.file('papers.db')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Estate summary for September 2026: 15 virtualised/);
    expect(readFileSync(join(out, 'monthly-summary-2026-09.html'), 'utf8')).toContain('Estate and consolidation summary: September 2026');
    expect(readFileSync(join(out, 'monthly-summary-2026-09.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives a clear message and exit code 2 for a month with no snapshot', async () => {
    const { code, stderr, stdout } = await unsprawl(['summary', '--month', '2026-12', '--store', tmp.file('empty-month.db')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unsprawl: No estate snapshot for 2026-12 in .*empty-month\.db\. Snapshots exist for .*2026-10\. Import that month's inventory with: unsprawl import FILE --as-of 2026-12-DD/);
  });

  it('imports a month, replacing the sample history, and summarises it against the previous import', async () => {
    const store = tmp.file('own.db');
    await unsprawl(['history', '--seed', '--store', store]);
    const first = await unsprawl(['import', join(bundledHistoryDir, '2026-09-30.csv'), '--as-of', '2026-09-30', '--store', store]);
    expect(first.stdout).toContain('Removed the bundled sample history (7 snapshots)');
    const november = join(tmp.dir, 'inventory-2026-11.csv');
    writeFileSync(november, readFileSync(join(bundledHistoryDir, '2026-10-30.csv'), 'utf8'));
    const second = await unsprawl(['import', november, '--as-of', '2026-11-27', '--store', store]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Stored: snapshot of 27 November 2026, 228 servers from inventory-2026-11\.csv/);
    expect(second.stdout).toContain('Since 30 September 2026: 1 added, 3 retired, 16 virtualised.');
    const again = await unsprawl(['import', november, '--as-of', '2026-11-27', '--store', store]);
    expect(again.stdout).toContain('Already stored (unchanged)');
    const summary = await unsprawl(['summary', '--store', store]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/^Estate summary for November 2026: 16 virtualised, 3 retired, 1 added\n/);
    expect(summary.stdout).not.toContain('planned servers switched off');
  });

  it('splits the summary by organisation for an integrated care system\'s history, against a plan split by trust', async () => {
    const path = tmp.file('ics.db');
    const history = await icsHistory();
    const store = openStore({ path });
    for (const s of history.snapshots) saveSnapshot(store, { estate: s.estate, asOf: s.asOf, importedBy: 'test', now: new Date('2026-07-01T09:00:00Z') });
    store.close();
    const plan = join(tmp.dir, 'ics-plan.json');
    writeFileSync(plan, JSON.stringify(icsPlanJson));
    const { code, stdout, stderr } = await unsprawl(['summary', '--month', '2026-06', '--store', path, '--plan', plan]);
    expect(stderr).not.toContain('unsprawl:');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Estate summary for June 2026: 3 virtualised, 2 retired, 0 added; 14 of 15 planned servers switched off \(on track\)\n/);
    const table = stdout.slice(stdout.indexOf('By organisation: servers switched off, and saving a year, against the plan'));
    expect(table).toMatch(/\n {2}Northfield Hospitals NHS Trust +358 +2 +9 \/ 9 +£[\d,]+ \/ £25,000\n/);
    expect(table).toMatch(/\n {2}Southmead Community Health NHS Trust +214 +0 +0 \/ 2 +£0 \/ £5,000\n/);
    expect(table).toMatch(/\n {2}Westbrook Mental Health NHS Trust +142 +3 +5 \/ 4 +£[\d,]+ \/ £10,000\n/);
    expect(table).toMatch(/\n {2}Total +714 +5 +14 \/ 15 +£[\d,]+ \/ £40,000\n/);
    expect(stdout).toContain('By organisation: energy and running costs a year, warranties ending within 90 days');
  });

  it('stores nothing from an inventory that fails validation', async () => {
    const store = tmp.file('bad.db');
    const bad = join(tmp.dir, 'bad.csv');
    writeFileSync(bad, 'id,cpu_cores,mem_gb,cpu_util_p95\nSRV-1,4,8,140\nSRV-2,0,8,10\n');
    const result = await unsprawl(['import', bad, '--as-of', '2026-11-30', '--store', store]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.csv row 2, cpu_util_p95: expected a number from 0 to 100');
    expect(existsSync(store)).toBe(false);
  });

  it('posts with --post through the same ledger as the scheduler: once, however often it is run, with settings from .env or the environment', async () => {
    const slack = await startFakeSlackApi();
    try {
      const env = {
        UNSPRAWL_SUMMARY_DESTINATIONS: 'slack:C0INFRA01',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-test-token',
        SLACK_ALLOWED_TEAMS: '*',
        SLACK_API_URL: `${slack.url}api/`,
        UNSPRAWL_STATE_DIR: join(tmp.dir, 'state'),
      };
      const store = tmp.file('post.db');
      // The first run reads its settings from a .env file, as the bot does; the second from the environment.
      const envFile = join(tmp.dir, 'bot.env');
      writeFileSync(envFile, Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n'));
      const first = await unsprawl(['summary', '--month', '2026-10', '--post', '--store', store, '--env-file', envFile]);
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(/slack:C0INFRA01: posted \(1790000000\.000001\)/);
      const second = await unsprawl(['summary', '--month', '2026-10', '--post', '--store', store], env);
      expect(second.stderr).toContain('slack:C0INFRA01: already posted for this month');
      const posts = slack.calls.filter((c) => c.path.endsWith('chat.postMessage'));
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body).toMatchObject({ channel: 'C0INFRA01', text: expect.stringContaining('Estate summary for October 2026') });
    } finally {
      await slack.close();
    }
  });
});
