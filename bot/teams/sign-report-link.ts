import { reportSignature } from './report-signature.js';

/**
 * Report links posted in channels: `${base}/reports/${id}?exp=<unix seconds>&sig=<hex>` where sig is
 * HMAC-SHA256(secret, `${id}.${exp}`). No public storage: the bot serves the file itself, and
 * anyone without a fresh, untampered link gets 403 (see verifyReportLink).
 *
 * @example
 *   signReportLink({ baseUrl, id, secret, expiresAt: now + 3600 })
 *   // https://bot.example.nhs.uk/reports/4f1c...?exp=1767225600&sig=9a0b...
 */
export function signReportLink(options: { baseUrl: string; id: string; secret: string; expiresAt: number }): string {
  const exp = Math.floor(options.expiresAt);
  const sig = reportSignature(options.secret, options.id, exp);
  return `${options.baseUrl}/reports/${encodeURIComponent(options.id)}?exp=${exp}&sig=${sig}`;
}
