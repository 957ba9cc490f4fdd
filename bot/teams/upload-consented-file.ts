/**
 * PUTs the whole file to the upload URL Teams handed over after consent (a OneDrive upload
 * session): one range covering every byte. Throws with the status when OneDrive refuses.
 */
export async function uploadConsentedFile(uploadUrl: string, bytes: Uint8Array): Promise<void> {
  const size = bytes.byteLength;
  const response = await fetch(uploadUrl, {
    method: 'PUT',
    headers: {
      'content-type': 'application/pdf',
      'content-range': `bytes 0-${Math.max(size - 1, 0)}/${size}`,
    },
    body: new Uint8Array(bytes),
  });
  if (!response.ok) {
    const detail = await response.text().catch(() => '');
    throw new Error(`the upload to OneDrive was refused (${response.status})${detail ? `: ${detail.slice(0, 200)}` : ''}`);
  }
}
