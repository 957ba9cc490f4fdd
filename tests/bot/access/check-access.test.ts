import { describe, expect, it } from 'vitest';
import { accessListSchema, type AccessPolicy } from '../../../bot/access/access-policy.js';
import { checkAccess } from '../../../bot/access/check-access.js';

const policy: AccessPolicy = { organisations: ['T0TRUST'], channels: ['C0INFRA'], users: 'any' };

describe('checkAccess', () => {
  it('answers a listed workspace in a listed channel', () => {
    expect(checkAccess(policy, { organisation: 'T0TRUST', channel: 'C0INFRA', user: 'U1' })).toEqual({ allowed: true });
  });

  it('refuses another workspace politely, naming no internals', () => {
    const decision = checkAccess(policy, { organisation: 'T0OTHER', channel: 'C0INFRA', user: 'U1' });
    expect(decision).toMatchObject({ allowed: false, reason: 'organisation' });
    expect(!decision.allowed && decision.message).toMatch(/^Sorry/);
  });

  it('refuses a channel not on the list but lets a direct message through', () => {
    expect(checkAccess(policy, { organisation: 'T0TRUST', channel: 'C0RANDOM', user: 'U1' })).toMatchObject({ allowed: false, reason: 'channel' });
    expect(checkAccess(policy, { organisation: 'T0TRUST', channel: undefined, user: 'U1' })).toEqual({ allowed: true });
  });

  it('refuses a user outside a user list, and a request with no user id at all', () => {
    const users: AccessPolicy = { ...policy, users: ['U0ALICE'] };
    expect(checkAccess(users, { organisation: 'T0TRUST', channel: 'C0INFRA', user: 'U0MALLORY' })).toMatchObject({ allowed: false, reason: 'user' });
    expect(checkAccess(users, { organisation: 'T0TRUST', channel: 'C0INFRA', user: undefined })).toMatchObject({ allowed: false, reason: 'user' });
  });
});

describe('accessListSchema', () => {
  const slackIds = accessListSchema(/^[A-Z0-9]{2,}$/, 'C0123ABCD');

  it('reads * as everyone and a comma or space separated list as ids', () => {
    expect(slackIds.parse('*')).toBe('any');
    expect(slackIds.parse('C01, C02 C03')).toEqual(['C01', 'C02', 'C03']);
  });

  it('names the offending entry when a channel name is pasted instead of its id', () => {
    const result = slackIds.safeParse('C01,#general');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"#general"');
  });
});
