import { describe, expect, it } from 'vitest';
import { signReportLink } from '../../../bot/teams/sign-report-link.js';
import { verifyReportLink } from '../../../bot/teams/verify-report-link.js';

const secret = 'a-link-signing-secret-for-tests-0123456789';
const id = '5a1f8f0e-2c3b-4d5e-8f9a-0b1c2d3e4f50';

function parts(url: string) {
  const u = new URL(url);
  return { id: decodeURIComponent(u.pathname.split('/').pop() ?? ''), exp: u.searchParams.get('exp') ?? undefined, sig: u.searchParams.get('sig') ?? undefined };
}

describe('signed report links', () => {
  const url = signReportLink({ baseUrl: 'https://unsprawl.trust.nhs.uk', id, secret, expiresAt: 1_800_000_000 });

  it('carry the report id, expiry and a signature under /reports', () => {
    expect(url).toMatch(/^https:\/\/unsprawl\.trust\.nhs\.uk\/reports\/5a1f8f0e-2c3b-4d5e-8f9a-0b1c2d3e4f50\?exp=1800000000&sig=[0-9a-f]{64}$/);
  });

  it('verify until they expire', () => {
    expect(verifyReportLink({ ...parts(url), secret, now: 1_799_999_999 })).toEqual({ ok: true });
    expect(verifyReportLink({ ...parts(url), secret, now: 1_800_000_000 })).toEqual({ ok: true });
    expect(verifyReportLink({ ...parts(url), secret, now: 1_800_000_001 })).toEqual({ ok: false, reason: 'expired' });
  });

  it('fail when the id, the expiry, the signature or the secret changes', () => {
    const p = parts(url);
    expect(verifyReportLink({ ...p, id: id.replace('5a', '5b'), secret, now: 0 })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyReportLink({ ...p, exp: '1900000000', secret, now: 0 })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyReportLink({ ...p, sig: `${p.sig?.slice(0, 63)}${p.sig?.endsWith('0') ? '1' : '0'}`, secret, now: 0 })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyReportLink({ ...p, secret: `${secret}x`, now: 0 })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('fail as malformed when a query value is missing or not the expected shape', () => {
    const p = parts(url);
    expect(verifyReportLink({ ...p, sig: undefined, secret, now: 0 })).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyReportLink({ ...p, exp: ['1', '2'], secret, now: 0 })).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyReportLink({ ...p, sig: 'zz', secret, now: 0 })).toEqual({ ok: false, reason: 'malformed' });
  });
});
