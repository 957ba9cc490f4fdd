/** Largest inventory we accept from chat: an RVTools export of a big estate is a few MB. */
export const maxInventoryBytes = 20 * 1024 * 1024;

/**
 * Downloads a file shared with the bot (its `url_private`), authenticated with the bot token.
 * The token is only ever sent to Slack's file host or to the configured API host (a proxy, or
 * the loopback fake in tests), never to whatever URL an event happens to carry.
 */
export async function downloadSlackFile(url: string, botToken: string, allowedHosts: readonly string[]): Promise<Uint8Array> {
  const target = new URL(url);
  if (!allowedHosts.includes(target.host)) {
    throw new Error(`refusing to download a file from ${target.host}: expected one of ${allowedHosts.join(', ')}`);
  }
  const response = await fetch(target, { headers: { Authorization: `Bearer ${botToken}` }, redirect: 'error' });
  if (!response.ok) throw new Error(`Slack answered ${response.status} when downloading the file`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > maxInventoryBytes) throw new Error(`the file is ${Math.round(length / 1048576)} MB; the limit is ${maxInventoryBytes / 1048576} MB`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxInventoryBytes) throw new Error(`the file is larger than ${maxInventoryBytes / 1048576} MB`);
  // Slack serves its sign-in page (HTML, status 200) when the token lacks files:read.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error('Slack sent a web page instead of the file: check that the app has the files:read scope');
  }
  return bytes;
}
