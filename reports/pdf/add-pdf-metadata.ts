export interface PdfMetadata {
  title: string;
  /** BCP 47, e.g. en-GB. */
  language: string;
  subject?: string;
  /** ISO date-time of creation. */
  created: Date;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Adds an XMP metadata stream (title, language, dates, producer) to a PDF Chromium wrote, as an
 * incremental update: the original bytes are kept as they are (tags, outline, fonts) and a new
 * catalog with `/Metadata` and `/Lang` is appended after them. Chromium (Skia) writes a classic
 * xref table and an uncompressed catalog, which is what this relies on; anything else is refused.
 */
export function addPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const trailerAt = text.lastIndexOf('trailer');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailer = trailerAt < 0 ? null : /<<([\s\S]*?)>>/.exec(text.slice(trailerAt));
  const size = trailer ? /\/Size\s+(\d+)/.exec(trailer[1] ?? '') : null;
  const root = trailer ? /\/Root\s+(\d+)\s+(\d+)\s+R/.exec(trailer[1] ?? '') : null;
  const info = trailer ? /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer[1] ?? '') : null;
  if (!startxref || !size || !root) throw new Error('addPdfMetadata: expected a PDF with a classic xref table and trailer (as Chromium writes)');
  const rootNumber = Number(root[1]);
  const catalogStart = text.lastIndexOf(`\n${rootNumber} 0 obj`);
  const catalogEnd = text.indexOf('endobj', catalogStart);
  const body = catalogStart < 0 ? '' : text.slice(text.indexOf('<<', catalogStart), catalogEnd).trim();
  if (!body.startsWith('<<') || !body.endsWith('>>') || body.includes('/Metadata')) throw new Error('addPdfMetadata: catalog not found, or it already has metadata');
  const metadataNumber = Number(size[1]);
  const created = meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
${meta.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>\n` : ''}<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${created}</xmp:CreateDate>
<xmp:ModifyDate>${created}</xmp:ModifyDate>
<xmp:CreatorTool>unsprawl</xmp:CreatorTool>
<pdf:Producer>unsprawl with Skia/PDF</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const xmpBytes = Buffer.from(xmp, 'utf8');
  const catalog = `<<${body.slice(2, -2).replace(/\/Lang\s*\([^)]*\)/, '')}\n/Lang (${meta.language})\n/Metadata ${metadataNumber} 0 R>>`;
  const parts: Buffer[] = [Buffer.from(pdf)];
  let offset = pdf.byteLength;
  const push = (chunk: Buffer) => {
    parts.push(chunk);
    offset += chunk.byteLength;
  };
  if (!text.endsWith('\n')) push(Buffer.from('\n', 'latin1'));
  const metadataAt = offset;
  push(Buffer.concat([Buffer.from(`${metadataNumber} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmpBytes.byteLength}>> stream\n`, 'latin1'), xmpBytes, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const catalogAt = offset;
  push(Buffer.from(`${rootNumber} 0 obj\n${catalog}\nendobj\n`, 'latin1'));
  const xrefAt = offset;
  const entry = (at: number) => `${String(at).padStart(10, '0')} 00000 n \n`;
  push(
    Buffer.from(
      `xref\n${rootNumber} 1\n${entry(catalogAt)}${metadataNumber} 1\n${entry(metadataAt)}trailer\n<</Size ${metadataNumber + 1}\n/Root ${rootNumber} 0 R${info ? `\n/Info ${info[1]} ${info[2]} R` : ''}\n/Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}
