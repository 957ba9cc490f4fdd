import JSZip from 'jszip';
import { buildTeamsManifest, type ManifestOptions } from './build-teams-manifest.js';
import { drawAppIcons } from './draw-app-icons.js';

/**
 * The zip an administrator uploads to Teams (Manage apps > Upload, or the Teams admin centre):
 * manifest.json, color.png (192x192) and outline.png (32x32) at the top level, as Teams requires.
 */
export async function buildAppPackage(options: ManifestOptions): Promise<Buffer> {
  const zip = new JSZip();
  const icons = drawAppIcons();
  zip.file('manifest.json', `${JSON.stringify(buildTeamsManifest(options), null, 2)}\n`);
  zip.file('color.png', icons.color);
  zip.file('outline.png', icons.outline);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
