/**
 * Patterns for credentials that could end up in a question or an error message: Slack tokens,
 * bearer headers, JWTs (Teams), and long hex or base64 strings such as signing secrets and
 * client passwords. Over-redacting a harmless id is cheaper than leaking a credential.
 */
const secretPatterns: RegExp[] = [
  /\bx(?:ox[abeprs]|app)-[A-Za-z0-9-]+/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
  /\b(?:password|passwd|secret|token|client_secret|api[_-]?key)\s*[=:]\s*\S+/gi,
  /\b[0-9a-f]{32,}\b/gi,
  /\b[A-Za-z0-9+/_~.-]{40,}={0,2}/g,
];

/** The text with anything that looks like a credential replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
  return secretPatterns.reduce((out, pattern) => out.replace(pattern, '[redacted]'), text);
}
