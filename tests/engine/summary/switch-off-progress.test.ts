import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../engine/estate/estate.js';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { switchOffProgress } from '../../../engine/summary/switch-off-progress.js';

const estate = (rows: (Partial<ServerRow> & { id: string })[]): Estate => ({
  source: 'test',
  servers: rows.map((r) => serverSchema.parse({ cpu_cores: 4, mem_gb: 16, ...r })),
});
const zombie = { cpu_util_p95: 1, mem_util_p95: 10, net_kbps_p95: 1 };
const idle = { cpu_util_p95: 4, mem_util_p95: 10, net_kbps_p95: 300 };
const busy = { cpu_util_p95: 40, mem_util_p95: 60 };

describe('switchOffProgress: candidates switched off in the month', () => {
  it('counts the candidates still running and names the ones gone since last month, with their class', async () => {
    const assumptions = await loadAssumptions();
    const september = estate([{ id: 'Z1', ...zombie }, { id: 'Z2', ...zombie }, { id: 'I1', ...idle }, { id: 'B1', ...busy }, { id: 'B2', ...busy }]);
    const october = estate([{ id: 'Z2', ...zombie }, { id: 'B1', ...busy }]);
    const progress = switchOffProgress({ estate: september, asOf: '2026-09-30' }, { estate: october, asOf: '2026-10-30' }, assumptions);
    // B2 went too, but it was busy: retired, not a switched-off candidate.
    expect(progress).toEqual({ candidates: { idle: 0, zombie: 1 }, switchedOff: [{ id: 'I1', class: 'idle' }, { id: 'Z1', class: 'zombie' }] });
  });

  it('has nothing switched off for the first snapshot', async () => {
    const progress = switchOffProgress(undefined, { estate: estate([{ id: 'Z1', ...zombie }]), asOf: '2026-04-30' }, await loadAssumptions());
    expect(progress).toEqual({ candidates: { idle: 0, zombie: 1 }, switchedOff: [] });
  });
});
