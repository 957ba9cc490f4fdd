import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { selectScope } from '../../../engine/scenario/scope.js';
import { describeScope } from '../../../bot/understanding/describe-scope.js';
import { scopeExpression } from '../../../bot/understanding/scope-expression.js';
import { emptyScope, type ScopeMention } from '../../../bot/understanding/understanding.js';

const none: ScopeMention = emptyScope();

describe('scope mentions as engine scope expressions', () => {
  it('quotes names with spaces and punctuation and ANDs the clauses', () => {
    expect(scopeExpression({ ...none, services: ['Ward systems', 'HR'], minCriticality: 'high' })).toBe('service="Ward systems",HR; criticality>=high');
    expect(scopeExpression({ ...none, all: true })).toBe('all');
  });

  it('selects exactly the servers the words name in the sample trust', async () => {
    const { estate } = await loadInputs();
    const scope = { ...none, services: ['Email, file and print', 'Radiology PACS/RIS'], sites: ['Main DC'] };
    const selected = selectScope(estate.servers, scopeExpression(scope));
    const expected = estate.servers.filter((s) => scope.services.includes(s.service) && s.site === 'Main DC');
    expect(selected.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it('describes the scope in words for headlines', () => {
    expect(describeScope({ ...none, services: ['Ward systems', 'Pathology LIMS', 'Pharmacy'] })).toBe('Ward systems, Pathology LIMS and Pharmacy');
    expect(describeScope({ ...none, minCriticality: 'critical' })).toBe('critical systems');
    expect(describeScope({ ...none, all: true, sites: ['Second site'] })).toBe('everything at Second site');
    expect(describeScope(none)).toBe('the whole estate');
  });
});
