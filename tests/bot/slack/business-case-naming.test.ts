import { describe, expect, it } from 'vitest';
import { businessCaseNaming } from '../../../bot/slack/business-case-naming.js';

describe('businessCaseNaming', () => {
  it('gives the DR and the plain paper of one scenario different file names and titles', () => {
    const plain = businessCaseNaming({ name: 'Ward systems' }, 'Business case: Ward systems');
    const dr = businessCaseNaming({ name: 'Ward systems', dr: { enabled: true, minCriticality: 'high' } }, 'Business case: Ward systems');
    expect(plain).toEqual({ filename: 'business-case-ward-systems.pdf', title: 'Business case: Ward systems' });
    expect(dr).toEqual({ filename: 'business-case-ward-systems-with-dr.pdf', title: 'Business case: Ward systems (with disaster recovery)' });
  });

  it('does not say DR twice when the scenario name already does', () => {
    expect(businessCaseNaming({ name: 'Ward systems DR', dr: { enabled: true, minCriticality: 'high' } }, 'Business case: Ward systems with DR')).toEqual({
      filename: 'business-case-ward-systems-dr.pdf',
      title: 'Business case: Ward systems with DR',
    });
  });

  it('keeps a hostile service name out of the file name', () => {
    expect(businessCaseNaming({ name: '<!channel> [x](http://y) *bold*' }, 't').filename).toBe('business-case-channel-x-http-y-bold.pdf');
  });
});
