import { describe, expect, it } from 'vitest';
import type { CountingRule } from '../../../engine/cases/case-definition.js';
import { withCombinedRule } from '../../../engine/cases/with-combined-rule.js';

const memory: CountingRule = { id: 'installed-memory', label: 'with VMs at installed memory', description: 'P2V.', overrides: { 'sizing.installedMemoryFloor': 1 }, bearsOn: ['hosts', 'energy'] };
const refresh: CountingRule = { id: 'full-refresh', label: 'against a full refresh', description: 'All at once.', baseline: 'full-refresh', overrides: {}, bearsOn: ['totalCostOfOwnership'] };

describe('withCombinedRule', () => {
  it('adds every rule at once last, with the baseline and overrides of all and the figures any bears on', () => {
    const rules = withCombinedRule([memory, refresh]);
    expect(rules.map((r) => r.id)).toEqual(['installed-memory', 'full-refresh', 'all-rules']);
    expect(rules[2]).toMatchObject({ label: 'with all 2 rules at once', baseline: 'full-refresh', overrides: { 'sizing.installedMemoryFloor': 1 }, bearsOn: ['hosts', 'energy', 'totalCostOfOwnership'] });
  });

  it('adds nothing to a single rule, and refuses rules that set one assumption two ways', () => {
    expect(withCombinedRule([memory])).toEqual([memory]);
    const half = { ...memory, id: 'half-memory', overrides: { 'sizing.installedMemoryFloor': 0.5 } };
    expect(() => withCombinedRule([memory, half])).toThrow('counting rules set sizing.installedMemoryFloor to both 1 and 0.5');
  });
});
