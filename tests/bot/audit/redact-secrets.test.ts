import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../bot/audit/redact-secrets.js';

/** Each sample carries the secret it must lose; the surrounding words may stay. */
const corpus: [string, string, string][] = [
  ['a password said in words', 'my password is Hunter2pass', 'Hunter2pass'],
  ['a password with a colon', 'Password: Winter2026!', 'Winter2026!'],
  ['pwd=', 'login with pwd=s3cr3t-Value', 's3cr3t-Value'],
  ['a passphrase', 'the passphrase was correct-horse-battery', 'correct-horse-battery'],
  ['a PIN', 'door pin is 48213', '48213'],
  ['a Slack bot token', 'token xoxb-1234-5678-abcdefghijkl', 'xoxb-1234-5678-abcdefghijkl'],
  ['a Slack app token', 'xapp-1-A0123-456-abcdef0123', 'xapp-1-A0123-456-abcdef0123'],
  ['a Slack webhook', 'post to https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX', 'T000/B000/XXXXXXXXXXXX'],
  ['a bearer header', 'Authorization: Bearer abc.def-ghi', 'abc.def-ghi'],
  ['a basic header', 'Authorization: Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
  ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl', 'eyJzdWIiOiIxMjMifQ'],
  ['an AWS access key', 'key AKIAIOSFODNN7EXAMPLE for backups', 'AKIAIOSFODNN7EXAMPLE'],
  ['a Google API key', 'AIzaSyA-1234567890abcdefghijklmnopqrstu', 'AIzaSyA-1234567890abcdefghijklmnopqrstu'],
  ['a GitHub token', 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012345', 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012345'],
  ['an Azure connection string', 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc123/def==;EndpointSuffix=core', 'abc123/def=='],
  ['a SAS signature', 'https://x.blob.core.windows.net/c?sv=2024&sig=AbCdEf%2BGh', 'AbCdEf%2BGh'],
  ['credentials in a URL', 'db is postgres://admin:Sup3rSecret@db.trust.nhs.uk/x', 'Sup3rSecret'],
  ['an Entra client secret', 'client secret = 8Q~abcDEF.ghiJKL_mno~pqrSTUvwx.YZ0123456789', '8Q~abcDEF.ghiJKL_mno~pqrSTUvwx.YZ0123456789'],
  ['a signing secret (hex)', '8f14e45fceea167a5a36dedd4bea2543', '8f14e45fceea167a5a36dedd4bea2543'],
  ['a PEM private key', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
  ['an api key in words', 'the api key is sk-live-abc123', 'sk-live-abc123'],
];

describe('redactSecrets over a corpus of credential shapes', () => {
  it.each(corpus)('removes %s', (_what, text, secret) => {
    const out = redactSecrets(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it.each([
    'what if we consolidate ward systems onto 3 hosts at 30p/kWh?',
    'How many servers are out of warranty in C0INFRA for U0ALICE?',
    'business case for PAS/EPR and Ward systems with DR, over 7 years',
    'Which password manager servers could move to Hyper-V?',
  ])('leaves an ordinary question alone: %s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});
