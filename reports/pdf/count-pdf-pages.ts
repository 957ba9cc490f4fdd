/**
 * Page count of a PDF Chromium wrote, read from its page tree root (`/Type /Pages … /Count N`).
 * Chromium (Skia) writes uncompressed dictionaries, so a full PDF parser is not needed at run time;
 * tests check this against pdf-lib.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let best = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    best = Math.max(best, Number(m[1] ?? m[2]));
  }
  if (best === 0) throw new Error('countPdfPages: no page tree found; is this a PDF?');
  return best;
}
