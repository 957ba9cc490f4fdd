import { describe, expect, it } from 'vitest';
import { monthInQuestion } from '../../../bot/summary/month-in-question.js';

describe('the month a summary question asks about', () => {
  it.each([
    ['monthly summary for 2026-10', '2026-10'],
    ['summary for October please', '2026-10'],
    ['how did sept go?', '2026-09'],
    ['summary for Dec', '2025-12'],
    ['summary for december 2026', '2026-12'],
    ['what happened last month', '2026-10'],
    ['summary this month', '2026-11'],
    ['monthly summary', undefined],
    ['may I see the monthly summary', undefined],
    ['summary of decommissioned servers in the market', undefined],
    ['summary for may', '2026-05'],
    ['may 2026 summary', '2026-05'],
  ])('%s -> %s', (question, month) => {
    expect(monthInQuestion(question, '2026-11-25')).toBe(month);
  });

  it('crosses the year end for "last month" in January', () => {
    expect(monthInQuestion('last month summary', '2027-01-04')).toBe('2026-12');
  });
});
