/**
 * Patterns for credentials that could end up in a question or an error message: Slack tokens and
 * webhooks, bearer and basic headers, JWTs (Teams), cloud keys (AWS, Google, GitHub, Azure
 * connection strings), PEM private keys, passwords in URLs, a password said in words ("my
 * password is …"), and long hex or base64 strings such as signing secrets and client secrets.
 * Over-redacting a harmless id is cheaper than leaking a credential.
 */
const secretPatterns: [RegExp, string][] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, '[redacted]'],
  [/\bx(?:ox[abeprs]|app)-[A-Za-z0-9-]+/g, '[redacted]'],
  [/hooks\.slack\.com\/(?:services|workflows|triggers)\/\S+/gi, 'hooks.slack.com/[redacted]'],
  [/\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '[redacted]'],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted]'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, '[redacted]'],
  [/\bAIza[0-9A-Za-z_-]{30,}/g, '[redacted]'],
  [/\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/g, '[redacted]'],
  [/\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|Pwd)=[^;&\s]+/gi, '[redacted]'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/:@]+:[^\s/@]+@/gi, '$1[redacted]@'],
  [
    /\b(?:password|passwd|pwd|passphrase|passcode|pass code|pin|secret|token|client[ _-]?secret|api[ _-]?key|access[ _-]?key|private[ _-]?key|signing[ _-]?secret)s?\b(?:\s*[=:]\s*|\s+(?:is|was|=|:)\s+(?:now\s+)?)["']?\S+/gi,
    '[redacted]',
  ],
  [/\b[0-9a-f]{32,}\b/gi, '[redacted]'],
  [/\b[A-Za-z0-9+/_~.-]{40,}={0,2}/g, '[redacted]'],
];

/** The text with anything that looks like a credential replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
  return secretPatterns.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
