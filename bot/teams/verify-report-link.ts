import { timingSafeEqual } from 'node:crypto';
import { reportSignature } from './report-signature.js';

export type ReportLinkCheck = { ok: true } | { ok: false; reason: 'expired' | 'bad-signature' | 'malformed' };

/**
 * Checks a report link's `exp` and `sig` query values against the report id; `now` in unix
 * seconds. The signature is compared in constant time before the expiry is looked at, so a
 * tampered expiry is reported as a bad signature.
 */
export function verifyReportLink(options: { id: string; exp: unknown; sig: unknown; secret: string; now: number }): ReportLinkCheck {
  const { exp, sig } = options;
  if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp) || typeof sig !== 'string' || !/^[0-9a-f]{64}$/.test(sig)) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = Buffer.from(reportSignature(options.secret, options.id, Number(exp)), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return { ok: false, reason: 'bad-signature' };
  if (Number(exp) < options.now) return { ok: false, reason: 'expired' };
  return { ok: true };
}
