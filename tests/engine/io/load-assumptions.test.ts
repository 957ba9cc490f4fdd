import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';

const fixtures = join(import.meta.dirname, '../../fixtures/assumptions');

describe('loadAssumptions', () => {
  it('loads the bundled assumptions, every one with a source and origin "default"', async () => {
    const set = await loadAssumptions();
    expect(set.all().length).toBeGreaterThan(10);
    expect(set.get('discount.rate')).toBe(0.035);
    expect(set.overridden()).toEqual([]);
    for (const a of set.all()) expect(a.source.length).toBeGreaterThan(0);
  });

  it('applies a trust file on top of the defaults; only changed values get origin "file"', async () => {
    const set = await loadAssumptions(join(fixtures, 'trust-overrides.json'));
    expect(set.get('energy.pricePerKwh')).toBe(0.31);
    expect(set.overridden().map((a) => [a.key, a.value, a.defaultValue, a.origin])).toEqual([['energy.pricePerKwh', 0.31, 0.25, 'file']]);
  });

  it('reports out-of-bounds values and unknown keys together', async () => {
    const error = await loadAssumptions(join(fixtures, 'bad-overrides.json')).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')).toEqual([
      'bad-overrides.json, assumptions[0].value: energy.pue: expected a value from 1 to 4 (ratio), got 9',
      'bad-overrides.json, assumptions[1].key: unknown assumption "energy.colour": expected a known key, or a full entry with unit, description, source, min and max',
    ]);
  });
});
