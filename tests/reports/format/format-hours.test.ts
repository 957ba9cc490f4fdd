import { describe, expect, it } from 'vitest';
import { formatHours } from '../../../reports/format/format-hours.js';

describe('formatHours: recovery objectives as people say them', () => {
  it.each([
    [0, 'none'],
    [0.25, '15 minutes'],
    [1, '1 hour'],
    [4, '4 hours'],
    [24, '24 hours'],
    [36.5, '36.5 hours'],
    [72, '3 days'],
    [100, '100 hours'],
    [168, '7 days'],
  ])('%d hours -> %s', (hours, words) => {
    expect(formatHours(hours)).toBe(words);
  });

  it('refuses a negative or non-finite number of hours', () => {
    expect(() => formatHours(-1)).toThrow(/expected 0 or more hours/);
    expect(() => formatHours(Number.NaN)).toThrow(/expected 0 or more hours/);
  });
});
