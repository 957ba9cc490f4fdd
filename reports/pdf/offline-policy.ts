/**
 * A Content-Security-Policy the renderer adds to every document it prints, whatever the document
 * itself says: request interception does not see everything Chromium fetches (a
 * `<link rel="prefetch">` goes out from the browser's network service), a CSP does.
 * Inline styles stay allowed because the document's own policy (reports/html) already pins them
 * by hash; fonts and images may only be data: URLs.
 */
export const offlinePolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; base-uri 'none'; form-action 'none'";

/** The HTML with the offline policy as the first element of its head (policies combine: both must allow). */
export function withOfflinePolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy}">`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + meta + html.slice(doctype[0].length);
  return meta + html;
}
