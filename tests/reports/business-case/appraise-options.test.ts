import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { appraiseOptions } from '../../../reports/business-case/appraise-options.js';

describe('appraiseOptions with ids that look like scope syntax (issue 19)', () => {
  it('builds the do-minimum option when server ids hold quotes, commas, = and non-ASCII', async () => {
    const inputs = await loadInputs();
    const marks = ['"', ',', '=', '; site=Main', ' and ', 'é日'];
    const estate = { ...inputs.estate, servers: inputs.estate.servers.map((s, i) => ({ ...s, id: `${s.id} ${marks[i % marks.length]}x` })) };
    const scenario = scenarioSchema.parse({ name: 'full-consolidation' });
    const options = appraiseOptions({ ...inputs, estate }, scenario, inputs.assumptions);
    const doMinimum = [options.preferred, ...options.alternatives].find((o) => o.label === 'Option 2: do minimum');
    expect(doMinimum).toBeDefined();
    expect(doMinimum!.evaluation.plan.placements.length).toBeGreaterThan(0);
  }, 60_000);
});
