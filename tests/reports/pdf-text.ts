import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The text of every page (poppler's pdftotext), one string per page. */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'unsprawl-pdf-text-')), 'paper.pdf');
  writeFileSync(file, pdf);
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return pages.slice(0, pages.length - 1);
}

/** pdfinfo's report (Tagged, Pages, Page size, ...). */
export function pdfInfo(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'unsprawl-pdf-info-')), 'paper.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

/** Every bookmark title in the PDF's outline, depth first. */
export async function pdfOutlineTitles(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}
