import { AxePuppeteer } from '@axe-core/puppeteer';
import type { AxeResults } from 'axe-core';
import puppeteer from 'puppeteer';
import { blockNetwork } from '../../reports/pdf/block-network.js';
import { findBrowser } from '../../reports/pdf/find-browser.js';

/** The WCAG 2.2 A and AA rule tags axe-core knows (2.0, 2.1 and 2.2 levels). */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core over a report's HTML in Chromium. axe needs page JavaScript, so this uses its own
 * page with JS on, and the same network blocking as the PDF renderer.
 */
export async function checkAccessibility(html: string): Promise<AxeResults['violations']> {
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await blockNetwork(page);
    await page.setContent(html, { waitUntil: 'load' });
    const results = await new AxePuppeteer(page).withTags(wcag22aa).analyze();
    return results.violations;
  } finally {
    await browser.close();
  }
}
