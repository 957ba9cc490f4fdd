import type { HTTPRequest, Page } from 'puppeteer';

/** Only the document itself: inline data and the blank page puppeteer starts from. */
export function isAllowedUrl(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

/**
 * Aborts every request a page makes except data: and about:blank, so a report can never reach
 * the network (a tracking pixel in an estate name, a font URL, a stray link prefetch).
 * Returns the list of URLs it blocked, for tests and diagnostics.
 */
export async function blockNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (isAllowedUrl(url)) {
      void request.continue();
    } else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return blocked;
}
