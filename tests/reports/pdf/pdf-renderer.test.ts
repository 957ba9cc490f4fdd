import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../reports/html/render-html.js';
import { pageAssets } from '../../../reports/html/page-assets.js';
import { PdfRenderer } from '../../../reports/pdf/pdf-renderer.js';
import { PdfRenderError } from '../../../reports/pdf/pdf-render-error.js';
import { countPdfPages } from '../../../reports/pdf/count-pdf-pages.js';
import { findBrowser } from '../../../reports/pdf/find-browser.js';
import { handBuiltBusinessCaseView } from '../fixtures/hand-built-business-case-view.js';

let server: Server;
let hits: string[] = [];
let origin = '';
const renderer = new PdfRenderer();

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await renderer.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A page written to try every way of fetching something while it is printed. */
function greedyPage(): string {
  const { css } = pageAssets();
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Greedy</title>
<link rel="stylesheet" href="${origin}/style.css"><link rel="prefetch" href="${origin}/prefetch">
<style>${css} body { background: url(${origin}/bg.png); } @font-face { font-family: X; src: url(${origin}/font.woff2); } p { font-family: X; }</style></head>
<body><h1>Greedy</h1><p>Text</p><img src="https://example.org/x.png" alt="x"><img src="${origin}/x.png" alt="y">
<iframe src="${origin}/frame" title="f"></iframe><script src="${origin}/script.js"></script><script>fetch('${origin}/fetch')</script></body></html>`;
}

describe('PdfRenderer', () => {
  it('makes no request while printing a page that tries to load https://example.org/x.png and loopback resources', async () => {
    hits = [];
    const pdf = await renderer.render(greedyPage(), { title: 'Greedy' });
    expect(countPdfPages(pdf)).toBe(1);
    expect(hits).toEqual([]);
  });

  it('prints A4 pages with a tagged structure, an outline and the page count pdf-lib reads', async () => {
    const pdf = await renderer.render(renderHtml('business-case', await handBuiltBusinessCaseView('Ward systems', 120)), {
      title: 'Server consolidation business case',
    });
    const doc = await PDFDocument.load(pdf);
    expect(countPdfPages(pdf)).toBe(doc.getPageCount());
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(10);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([596, 842]);
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    const file = join(mkdtempSync(join(tmpdir(), 'unsprawl-pdf-')), 'paper.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })).toMatch(/OFFICIAL[\s\S]*Page 2 of \d+/);
  });

  it('reuses one browser for a batch and relaunches it when it dies', async () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>one</p></body></html>';
    await renderer.render(html, { title: 'one' });
    const browser = await (renderer as unknown as { browser: Promise<import('puppeteer').Browser> }).browser;
    await renderer.render(html, { title: 'two' });
    expect(await (renderer as unknown as { browser: Promise<unknown> }).browser).toBe(browser);
    browser.process()?.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(countPdfPages(await renderer.render(html, { title: 'three' }))).toBe(1);
  });

  // A hang would run into the test's own timeout; the renderer must give up on its own first.
  it('gives a clear error, after one retry, when the browser never answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unsprawl-hung-'));
    const hung = join(dir, 'chromium');
    writeFileSync(hung, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(hung, 0o755);
    const stuck = new PdfRenderer({ executablePath: hung, timeoutMs: 1_500 });
    const error = await stuck.render('<p>x</p>', { title: 'Stuck' }).catch((e: unknown) => e);
    await stuck.close();
    expect(error).toBeInstanceOf(PdfRenderError);
    expect((error as Error).message).toMatch(/could not make the PDF "Stuck": Chromium failed twice/);
  });
});

describe('findBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH, then the system Chromium', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
    expect(findBrowser({})).toBe('/usr/bin/chromium');
  });

  it('names every place it looked when no browser exists', () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' }, ['/nowhere/a', '/nowhere/b'])).toThrow(
      /no Chromium found to make the PDF: looked at PUPPETEER_EXECUTABLE_PATH \(\/nowhere\/chrome\), \/nowhere\/a, \/nowhere\/b/,
    );
    expect(() => findBrowser({}, ['/nowhere/a'])).toThrow(/PUPPETEER_EXECUTABLE_PATH \(not set\)/);
  });
});
