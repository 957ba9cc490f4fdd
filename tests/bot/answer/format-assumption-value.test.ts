import { describe, expect, it } from 'vitest';
import { formatAssumptionValue } from '../../../bot/answer/format-assumption-value.js';

describe('assumption values the way people say them', () => {
  it.each([
    [{ key: 'energy.pricePerKwh', unit: '£/kWh' }, 0.25, '25p/kWh'],
    [{ key: 'energy.pricePerKwh', unit: '£/kWh' }, 0.305, '30.5p/kWh'],
    [{ key: 'headroom.cpu', unit: 'fraction of host CPU usable' }, 0.75, '75%'],
    [{ key: 'discount.rate', unit: 'real rate per year' }, 0.035, '3.5%'],
    [{ key: 'ha.spareHosts', unit: 'hosts per cluster' }, 2, 'N+2'],
    [{ key: 'horizon.years', unit: 'years' }, 7, '7 years'],
    [{ key: 'energy.pue', unit: 'ratio' }, 1.8, '1.8'],
    [{ key: 'carbon.kgPerKwh', unit: 'kgCO2e/kWh' }, 0.177, '0.177 kgCO2e/kWh'],
    [{ key: 'network.costPerHost', unit: '£ per host' }, 3000, '£3,000 per host'],
    [{ key: 'appraisal.year', unit: 'calendar year' }, 2026, '2026'],
  ])('%j = %d prints as %j', (assumption, value, expected) => {
    expect(formatAssumptionValue(assumption, value)).toBe(expected);
  });
});
