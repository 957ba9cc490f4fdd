import puppeteer, { type Browser, type BrowserContext } from 'puppeteer';
import { templateEngine } from '../html/template-engine.js';
import { blockNetwork } from './block-network.js';
import { findBrowser } from './find-browser.js';
import { withOfflinePolicy } from './offline-policy.js';
import { PdfRenderError } from './pdf-render-error.js';

export interface PdfOptions {
  /** Running header text, usually the paper's title. */
  title: string;
  /** Protective marking printed in the header and footer of every page. Default: OFFICIAL. */
  classification?: string;
  /** Small text at the left of the footer, e.g. the trust and the meeting date. */
  footerNote?: string;
}

export interface PdfRendererOptions {
  /** Chromium binary; default: findBrowser(). */
  executablePath?: string;
  /** Milliseconds one document may take (load + print) before it counts as hung. Default 30 s. */
  timeoutMs?: number;
}

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Prints self-contained HTML to A4 PDF with the system Chromium. One browser per renderer,
 * launched on first use and reused for a batch (relaunched if it dies); every document gets a
 * fresh browser context with JavaScript off and every network request blocked. A crash or hang
 * is retried once on a new browser, then reported as a PdfRenderError, never left hanging.
 *
 * @example
 *   const renderer = new PdfRenderer();
 *   try { const pdf = await renderer.render(html, { title: 'Server consolidation' }); }
 *   finally { await renderer.close(); }
 */
export class PdfRenderer {
  private browser: Promise<Browser> | undefined;
  private readonly executablePath: string | undefined;
  private readonly timeoutMs: number;

  constructor(options: PdfRendererOptions = {}) {
    this.executablePath = options.executablePath;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async render(html: string, options: PdfOptions): Promise<Uint8Array> {
    try {
      return await this.attempt(html, options);
    } catch (first) {
      await this.discardBrowser();
      try {
        return await this.attempt(html, options);
      } catch (second) {
        await this.discardBrowser();
        throw new PdfRenderError(
          `could not make the PDF "${options.title}": Chromium failed twice (${messageOf(first)}; then ${messageOf(second)}). ` +
            'Check that Chromium starts (chromium --headless --version) and has memory to spare, or ask for --format html.',
          { cause: second },
        );
      }
    }
  }

  /** Closes the browser; the renderer launches a new one if used again. */
  async close(): Promise<void> {
    await this.discardBrowser();
  }

  private async attempt(html: string, options: PdfOptions): Promise<Uint8Array> {
    const browser = await this.launchedBrowser();
    const context = await browser.createBrowserContext();
    try {
      return await withDeadline(this.print(context, html, options), this.timeoutMs, options.title);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private async print(context: BrowserContext, html: string, options: PdfOptions): Promise<Uint8Array> {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await blockNetwork(page);
    await page.setContent(withOfflinePolicy(html), { waitUntil: 'load', timeout: this.timeoutMs });
    const furniture = { title: options.title, classification: options.classification ?? 'OFFICIAL', footerNote: options.footerNote ?? '' };
    const engine = templateEngine();
    return page.pdf({
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: engine.page('pdf/header')(furniture),
      footerTemplate: engine.page('pdf/footer')(furniture),
      margin: { top: '20mm', bottom: '18mm', left: '18mm', right: '18mm' },
      timeout: this.timeoutMs,
    });
  }

  private launchedBrowser(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = puppeteer.launch({
      executablePath: this.executablePath ?? findBrowser(),
      headless: true,
      args: launchArgs,
      timeout: this.timeoutMs,
      protocolTimeout: this.timeoutMs,
    });
    this.browser = launching;
    const forget = () => {
      if (this.browser === launching) this.browser = undefined;
    };
    // A crashed or killed browser is replaced on the next render instead of failing every later one.
    launching.then((browser) => browser.once('disconnected', forget), forget);
    return launching;
  }

  private async discardBrowser(): Promise<void> {
    const pending = this.browser;
    this.browser = undefined;
    const browser = await pending?.catch(() => undefined);
    if (!browser) return;
    const closed = browser.close().then(() => true, () => false);
    const inTime = await Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
    if (!inTime) browser.process()?.kill('SIGKILL');
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number, title: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`printing "${title}" took longer than ${ms} ms`)), ms + 1_000);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
