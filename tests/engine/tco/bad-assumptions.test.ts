import { beforeAll, describe, expect, it } from 'vitest';
import { parseAssignment, type AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { AssumptionError } from '../../../engine/errors.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await loadAssumptions();
});

function errorOf(fn: () => unknown): AssumptionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AssumptionError) return error;
    throw error;
  }
  throw new Error('expected an AssumptionError');
}

describe('bad assumptions give a clear error naming the key', () => {
  it('refuses a negative price', () => {
    const e = errorOf(() => assumptions.with({ 'energy.pricePerKwh': -0.2 }, 'cli'));
    expect(e.key).toBe('energy.pricePerKwh');
    expect(e.message).toMatch(/energy\.pricePerKwh: expected a value from 0 to 5 \(£\/kWh\), got -0\.2/);
  });

  it('refuses a discount rate above 100%', () => {
    const { key, value } = parseAssignment('discount.rate=150%');
    const e = errorOf(() => assumptions.with({ [key]: value }, 'cli'));
    expect(e.key).toBe('discount.rate');
    expect(e.message).toContain('got 1.5');
  });

  it('refuses an unknown key in --set', () => {
    const { key, value } = parseAssignment('energy.price=0.3');
    const e = errorOf(() => assumptions.with({ [key]: value }, 'cli'));
    expect(e.key).toBe('energy.price');
    expect(e.message).toContain('unknown assumption "energy.price"');
    expect(e.message).toContain('energy.pricePerKwh');
  });

  it('refuses a fractional service life', () => {
    expect(errorOf(() => assumptions.with({ 'refresh.serviceLifeYears': 6.5 }, 'cli')).key).toBe('refresh.serviceLifeYears');
  });

  it('documents every cost key the appraisal reads, with a source and a range that holds its value', () => {
    for (const a of assumptions.all()) {
      expect(a.source.length, a.key).toBeGreaterThan(10);
      if (a.low !== undefined && a.high !== undefined) {
        expect(a.low, a.key).toBeLessThanOrEqual(a.value);
        expect(a.high, a.key).toBeGreaterThanOrEqual(a.value);
        expect(a.low, a.key).toBeGreaterThanOrEqual(a.min);
        expect(a.high, a.key).toBeLessThanOrEqual(a.max);
      }
    }
  });
});
