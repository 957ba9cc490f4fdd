/** Largest inventory accepted from chat: an RVTools export of a big estate is a few MB. */
export const maxTeamsFileBytes = 20 * 1024 * 1024;

/**
 * Downloads a file someone sent the bot in personal chat. Teams gives a short-lived,
 * pre-authorised `downloadUrl` (OneDrive/SharePoint), so no token is sent with the request; outside
 * the test mode only https URLs are fetched, and never more than the size limit.
 */
export async function downloadTeamsFile(url: string, options: { requireHttps: boolean }): Promise<Uint8Array> {
  const target = new URL(url);
  if (options.requireHttps && target.protocol !== 'https:') throw new Error(`refusing to download a file from a non-https address (${target.host})`);
  const response = await fetch(target, { redirect: 'follow' });
  if (!response.ok) throw new Error(`the file could not be downloaded from Teams (status ${response.status})`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > maxTeamsFileBytes) throw new Error(`the file is ${Math.round(length / 1048576)} MB; the limit is ${maxTeamsFileBytes / 1048576} MB`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxTeamsFileBytes) throw new Error(`the file is larger than ${maxTeamsFileBytes / 1048576} MB`);
  return bytes;
}
