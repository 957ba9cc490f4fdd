import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../engine/estate/server.js';
import { quoteScopeValue } from '../../../engine/scenario/quote-scope-value.js';
import { selectScope } from '../../../engine/scenario/scope.js';

/** Ids as vSphere allows them: quotes, commas, =, ;, " and ", backslashes, non-ASCII, a line separator. */
const awkwardIds = ['WARD "A"', 'lims,2', 'a=b', 'x; site=Main', 'one and two', 'C:\\share\\vm', "O'Brien-SQL", 'Ærø-ü-日本-🚑', '\\"', 'ward\u2028vm'];
const servers = [...awkwardIds, 'PLAIN'].map((id) => serverSchema.parse({ id, cpu_cores: 2, mem_gb: 4 }));

describe('quoteScopeValue', () => {
  it('writes ids with quotes, commas, =, ; and non-ASCII so the scope parser selects exactly them', () => {
    for (const id of awkwardIds) {
      expect(selectScope(servers, `id=${quoteScopeValue(id)}`).map((s) => s.id)).toEqual([id]);
    }
    const expr = `id=${awkwardIds.map(quoteScopeValue).join(',')}`;
    expect(selectScope(servers, expr).map((s) => s.id)).toEqual(awkwardIds);
    expect(selectScope(servers, `id!=${awkwardIds.map(quoteScopeValue).join(',')}`).map((s) => s.id)).toEqual(['PLAIN']);
  });

  it('round-trips any trimmed id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).map((s) => s.trim()).filter((s) => s.length > 0), (id) => {
        const pool = [serverSchema.parse({ id, cpu_cores: 1, mem_gb: 1 }), serverSchema.parse({ id: `${id}-other`, cpu_cores: 1, mem_gb: 1 })];
        expect(selectScope(pool, `id=${quoteScopeValue(id)}`).map((s) => s.id)).toEqual([id]);
      }),
      { numRuns: 300 },
    );
  });
});
