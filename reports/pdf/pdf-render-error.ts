/** A PDF that could not be made after a retry: the browser crashed, hung or refused the page. */
export class PdfRenderError extends Error {
  readonly code = 'PDF_RENDER_FAILED';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfRenderError';
  }
}
