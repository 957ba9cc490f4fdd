import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsManifestSchema } from '../../fixtures/teams/teams-manifest-schema.js';

const run = promisify(execFile);
const APP_ID = '0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** Width, height and RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter 0 rows). */
function decodePng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 6]);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (1 + width * 4) + 1 + x * 4, y * (1 + width * 4) + 5 + x * 4)];
  return { width, height, pixel };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-teams-package-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function unsprawl(args: string[], env: Record<string, string> = {}) {
  return run('npx', ['tsx', 'cli/main.ts', ...args], { cwd: process.cwd(), env: { ...process.env, TEAMS_APP_ID: '', TEAMS_PUBLIC_BASE_URL: '', ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('unsprawl teams package', () => {
  it('writes a zip with a valid manifest for the bot and the two icons at the right sizes', async () => {
    const result = await unsprawl(['teams', 'package', '--out', dir, '--app-id', APP_ID, '--base-url', 'https://unsprawl.trust.nhs.uk/']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(join(dir, 'unsprawl-teams.zip'));

    const zip = await JSZip.loadAsync(await readFile(join(dir, 'unsprawl-teams.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = teamsManifestSchema.parse(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true });
    expect(manifest.bots[0]?.commandLists.map((l) => l.scopes)).toEqual([['personal'], ['team', 'groupChat']]);
    expect(manifest.developer.websiteUrl).toBe('https://unsprawl.trust.nhs.uk');
    expect(manifest.validDomains).toEqual(['unsprawl.trust.nhs.uk']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });

    const color = decodePng(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixel(0, 0)).toEqual([0x00, 0x5e, 0xb8, 0xff]);
    expect(color.pixel(96, 50)).toEqual([0xff, 0xff, 0xff, 0xff]);

    const outline = decodePng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.pixel(0, 0)[3]).toBe(0);
    const opaque = Array.from({ length: 32 * 32 }, (_, i) => outline.pixel(i % 32, Math.floor(i / 32))).filter((p) => p[3] !== 0);
    expect(opaque.length).toBeGreaterThan(100);
    expect(opaque.every((p) => p[0] === 255 && p[1] === 255 && p[2] === 255)).toBe(true);
  });

  it('takes the bot id and URL from TEAMS_APP_ID and TEAMS_PUBLIC_BASE_URL', async () => {
    const out = join(dir, 'from-env');
    const result = await unsprawl(['teams', 'package', '--out', out], { TEAMS_APP_ID: APP_ID, TEAMS_PUBLIC_BASE_URL: 'https://bot.example.nhs.uk' });
    expect(result.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(join(out, 'unsprawl-teams.zip')));
    const manifest = teamsManifestSchema.parse(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(manifest.developer.privacyUrl).toBe('https://bot.example.nhs.uk');
  });

  it('names the missing bot id and the non-https URL, and exits with 2', async () => {
    const result = await unsprawl(['teams', 'package', '--out', join(dir, 'bad'), '--base-url', 'http://bot.example.nhs.uk']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--app-id \(or TEAMS_APP_ID\): expected the Azure Bot app \(client\) id/);
    expect(result.stderr).toMatch(/--base-url \(or TEAMS_PUBLIC_BASE_URL\): expected an https URL/);
  });
});
