import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every report carries as a `<meta>` tag: a second layer behind
 * puppeteer's request blocking, and the only layer when someone opens the HTML file in a browser.
 * Nothing may be fetched from anywhere: fonts and images are `data:` URLs, there is no script,
 * and the one inline stylesheet is allowed by its hash rather than by 'unsafe-inline'.
 */
export function contentSecurityPolicy(inlineStyles: readonly string[]): string {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return [
    "default-src 'none'",
    `style-src ${hashes.join(' ')}`,
    'img-src data:',
    'font-src data:',
    "script-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
