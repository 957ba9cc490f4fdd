import { describe, expect, it } from 'vitest';
import { paperDetailsSchema } from '../../../reports/business-case/paper-details.js';

describe('paper details (cover sheet fields)', () => {
  it('fills in defaults a trust recognises, for approval, with no meeting date chosen', () => {
    const d = paperDetailsSchema.parse({});
    expect(d.reportTo).toBe('Trust Board (public)');
    expect(d.purpose).toBe('approval');
    expect(d.meetingDate).toBeUndefined();
    expect(d.strategicObjectives.length).toBeGreaterThan(0);
    expect(d.bafRisks.length).toBeGreaterThan(0);
  });

  it.each(['14/01/2027', '2027-02-30', '2027-13-45', ''])('refuses the meeting date %j with one clear message', (meetingDate) => {
    const result = paperDetailsSchema.safeParse({ meetingDate });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/expected (the meeting date as YYYY-MM-DD|a real calendar date)/);
  });

  it('refuses a purpose boards do not use', () => {
    expect(paperDetailsSchema.safeParse({ purpose: 'decision' }).error?.issues[0]?.message).toBe('expected approval, assurance or information');
  });
});
