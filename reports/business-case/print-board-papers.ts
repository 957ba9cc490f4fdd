import { renderHtml } from '../html/render-html.js';
import { addPdfMetadata } from '../pdf/add-pdf-metadata.js';
import { countPdfPages } from '../pdf/count-pdf-pages.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import type { Audience } from './audience.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { BusinessCaseView, CoverPaperView, PaperFrame } from './business-case-view.js';
import { buildBoardPapers } from './build-board-papers.js';

export type ReportFormat = 'html' | 'pdf';

/** One rendered document: its HTML and, when asked for, its PDF. */
export interface PrintedDocument {
  html: string;
  pdf?: Uint8Array;
  pages?: number;
}

export interface PrintedBoardPapers {
  cover: CoverPaperView;
  full: BusinessCaseView;
  coverDocument: PrintedDocument;
  fullDocument: PrintedDocument;
}

/**
 * The cover paper and the full business case from engine results: view models, HTML, and PDFs
 * (A4, tagged, bookmarks from the headings, XMP metadata) printed through one browser.
 */
export async function printBoardPapers(
  input: BusinessCaseInput,
  options: { audience: Audience; format: readonly ReportFormat[]; renderer?: PdfRenderer; onProgress?: (message: string) => void },
): Promise<PrintedBoardPapers> {
  const { cover, full } = await buildBoardPapers(input, options.audience);
  const coverDocument: PrintedDocument = { html: renderHtml('cover-paper', cover) };
  const fullDocument: PrintedDocument = { html: renderHtml('business-case', full) };
  if (options.format.includes('pdf')) {
    options.onProgress?.('Printing the PDFs…');
    const renderer = options.renderer ?? new PdfRenderer();
    try {
      const print = async (doc: PrintedDocument, frame: PaperFrame, subject: string) => {
        const raw = await renderer.render(doc.html, { title: frame.title, classification: frame.classification, footerNote: frame.footerNote });
        doc.pdf = addPdfMetadata(raw, { title: frame.title, language: 'en-GB', subject, created: new Date(`${input.preparedOn}T12:00:00Z`) });
        doc.pages = countPdfPages(doc.pdf);
      };
      await print(coverDocument, cover, 'Board cover paper');
      await print(fullDocument, full, 'Full business case (Five Case Model)');
    } finally {
      if (!options.renderer) await renderer.close();
    }
  }
  return { cover, full, coverDocument, fullDocument };
}
