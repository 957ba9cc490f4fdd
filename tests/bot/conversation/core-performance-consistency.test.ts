import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

/**
 * An inventory without core_perf (an RVTools export, say) is sized with the per-year CPU table.
 * Chat must size it exactly as `unsprawl plan` does, or the two would quote different host counts.
 */
describe('servers without core_perf', () => {
  function oldServersCsv(): string {
    const dir = mkdtempSync(join(tmpdir(), 'unsprawl-coreperf-'));
    const rows = Array.from({ length: 40 }, (_, i) => `SRV-${i + 1},physical,Ward systems,8,60,8,2012`);
    const path = join(dir, 'old-servers.csv');
    writeFileSync(path, ['id,kind,service,cpu_cores,cpu_util_p95,mem_gb,purchase_year', ...rows].join('\n'));
    return path;
  }

  it('are sized from the purchase-year table in chat, as in unsprawl plan', async () => {
    const inputs = await loadInputs({ estate: oldServersCsv() });
    expect(inputs.corePerformance.length).toBeGreaterThan(0);
    const scenario = scenarioSchema.parse({ name: 'all', host: inputs.hosts[0]!.model });
    const withTable = planScenario({ ...inputs, scenario, corePerformance: inputs.corePerformance });
    const withoutTable = planScenario({ ...inputs, scenario, corePerformance: [] });
    // 2012 cores are slower than the 2020 reference, so the table must change the demand.
    const cpu = (plan: typeof withTable) => plan.demands.reduce((sum, d) => sum + d.cpuCores, 0);
    expect(cpu(withTable)).toBeLessThan(cpu(withoutTable));
    expect(withTable.hosts).toBeLessThan(withoutTable.hosts);

    const core = createBotCore({ inputs });
    const { answer } = await core.ask(`what if we consolidate everything onto ${inputs.hosts[0]!.model}?`);
    expect(answer.kind).toBe('what-if');
    expect(answer.figures.find((f) => f.label === 'Hosts')?.raw).toBe(withTable.hosts);
  });
});
