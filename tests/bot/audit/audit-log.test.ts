import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../bot/audit/audit-log.js';
import { redactSecrets } from '../../../bot/audit/redact-secrets.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-audit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readLines = async (path: string) => (await readFile(path, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('createAuditLog', () => {
  it('writes one JSON line per entry with who, where, what, scenario and duration', async () => {
    const log = createAuditLog(join(dir, 'nested', 'audit.log'), { clock: () => new Date('2026-11-25T09:00:00Z') });
    await log.record({ platform: 'slack', kind: 'question', outcome: 'answered', organisation: 'T1', channel: 'C1', thread: '1.2', user: 'U1', text: 'what if we consolidate ward systems?', scenario: 'ward-systems', answerKind: 'what-if', durationMs: 412 });
    const [line] = await readLines(log.path);
    expect(line).toEqual({ time: '2026-11-25T09:00:00.000Z', platform: 'slack', kind: 'question', outcome: 'answered', organisation: 'T1', channel: 'C1', thread: '1.2', user: 'U1', text: 'what if we consolidate ward systems?', scenario: 'ward-systems', answerKind: 'what-if', durationMs: 412 });
  });

  it('never writes a token or secret that someone pasted into a question or that an error carried', async () => {
    const log = createAuditLog(join(dir, 'audit.log'));
    await log.record({ platform: 'slack', kind: 'question', outcome: 'failed', durationMs: 3, text: 'my token is xoxb-1234-5678-abcdefABCDEF please', error: 'Authorization: Bearer xapp-1-A0-99-deadbeef failed; secret=8f14e45fceea167a5a36dedd4bea2543' });
    const text = await readFile(log.path, 'utf8');
    expect(text).not.toMatch(/xoxb-|xapp-|8f14e45f/);
    expect(text).toContain('[redacted]');
  });

  it('keeps every line whole when many answers finish at once', async () => {
    const log = createAuditLog(join(dir, 'audit.log'));
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.record({ platform: 'slack', kind: 'command', outcome: 'answered', durationMs: i, text: `question ${i} ${'x'.repeat(300)}` })));
    const lines = await readLines(log.path);
    expect(lines).toHaveLength(200);
    expect(new Set(lines.map((l) => l.durationMs)).size).toBe(200);
  });

  it('reports a write it cannot make instead of throwing into the conversation', async () => {
    const errors: unknown[] = [];
    await writeFile(join(dir, 'a-file'), '');
    const log = createAuditLog(join(dir, 'a-file', 'audit.log'), { onError: (e) => errors.push(e) });
    await expect(log.record({ platform: 'slack', kind: 'command', outcome: 'answered', durationMs: 1 })).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('redactSecrets', () => {
  it('leaves ordinary questions and Slack ids alone', () => {
    const text = 'what if we consolidate ward systems onto 3 x Dell R760 at 30p/kWh? ask U0ALICE in C0INFRA';
    expect(redactSecrets(text)).toBe(text);
  });
});
