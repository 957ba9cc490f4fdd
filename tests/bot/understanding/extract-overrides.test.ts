import { describe, expect, it } from 'vitest';
import { extractOverrides } from '../../../bot/understanding/extract-overrides.js';
import { normaliseQuestion } from '../../../bot/understanding/normalise-question.js';

const read = (text: string) => extractOverrides(normaliseQuestion(text));

describe('assumption overrides said in words', () => {
  it.each([
    ['at 30p/kWh', { 'energy.pricePerKwh': 0.3 }],
    ['if electricity hits 35p', { 'energy.pricePerKwh': 0.35 }],
    ['energy at £0.31 per kWh', { 'energy.pricePerKwh': 0.31 }],
    ['with 30% headroom', { 'headroom.cpu': 0.7, 'headroom.ram': 0.7 }],
    ['with 20 per cent RAM headroom', { 'headroom.ram': 0.8 }],
    ['N+2', { 'ha.spareHosts': 2 }],
    ['with no HA', { 'ha.spareHosts': 0 }],
    ['if servers grow 10% a year', { 'growth.annual': 0.1 }],
    ['over 7 years', { 'horizon.years': 7 }],
    ['over seven years', { 'horizon.years': 7 }],
    ['a 10-year horizon', { 'horizon.years': 10 }],
    ['discount rate 5%', { 'discount.rate': 0.05 }],
    ['PUE of 1.5', { 'energy.pue': 1.5 }],
    ['5:1 overcommit', { 'overcommit.vcpuPerCore': 5 }],
    ['optimism bias 40%', { 'optimismBias.capital': 0.4 }],
  ])('reads %j', (text, expected) => {
    expect(read(text).overrides).toEqual(expected);
  });

  it('does not take an age for a horizon', () => {
    expect(read('servers over 7 years old').overrides).toEqual({});
    expect(read('servers older than 7 years').overrides).toEqual({});
  });

  it('removes what it read, leaving the rest for the other rules', () => {
    expect(read('ward systems at 30p/kWh with N+2').rest).toBe('ward systems with');
  });
});
