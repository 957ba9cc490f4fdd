import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../engine/errors.js';
import { buildAppPackage } from '../../bot/teams/build-app-package.js';
import { manifestOptionsSchema } from '../../bot/teams/build-teams-manifest.js';
import { readEnvironment } from '../../bot/settings/read-environment.js';

interface PackageOptions {
  out: string;
  appId?: string;
  baseUrl?: string;
  privacyUrl?: string;
  termsUrl?: string;
  developer?: string;
  name?: string;
  appVersion: string;
  envFile?: string;
}

/**
 * `unsprawl teams package`: writes the Teams app package (manifest.json with the bot id, the two
 * icons) as a zip ready to upload. The bot id and public URL default to TEAMS_APP_ID and
 * TEAMS_PUBLIC_BASE_URL, the same settings `unsprawl bot` uses.
 */
export function teamsCommand(): Command {
  const teams = new Command('teams').description('Microsoft Teams set-up helpers (see docs/teams.md)');
  teams
    .command('package')
    .description('Write the Teams app package (manifest.json, color.png, outline.png) as a zip to upload to Teams')
    .option('--out <dir>', 'folder to write unsprawl-teams.zip into', '.')
    .option('--app-id <guid>', 'the Azure Bot app (client) id (default: TEAMS_APP_ID)')
    .option('--base-url <url>', 'public https URL of the bot (default: TEAMS_PUBLIC_BASE_URL)')
    .option('--privacy-url <url>', 'privacy notice URL (default: the base URL)')
    .option('--terms-url <url>', 'terms of use URL (default: the base URL)')
    .option('--developer <name>', 'publisher shown in Teams, up to 32 characters', 'NHS trust IT infrastructure')
    .option('--name <name>', 'short app name, up to 30 characters', 'unsprawl')
    .option('--app-version <x.y.z>', 'app package version; raise it for each update you upload', '1.0.0')
    .option('--env-file <path>', 'read TEAMS_* settings from this file (default: .env if present)')
    .addHelpText('after', '\nExample:\n  unsprawl teams package --out dist/teams --app-id 0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b --base-url https://unsprawl.trust.nhs.uk')
    .action(async (options: PackageOptions) => {
      const env = readEnvironment({ ...(options.envFile ? { envFile: options.envFile } : {}) });
      const baseUrl = (options.baseUrl ?? env['TEAMS_PUBLIC_BASE_URL'] ?? '').replace(/\/+$/, '');
      const parsed = manifestOptionsSchema.safeParse({
        appId: options.appId ?? env['TEAMS_APP_ID'],
        version: options.appVersion,
        developerName: options.developer,
        shortName: options.name,
        websiteUrl: baseUrl || undefined,
        privacyUrl: options.privacyUrl ?? (baseUrl || undefined),
        termsOfUseUrl: options.termsUrl ?? (baseUrl || undefined),
      });
      if (!parsed.success) throw new InputError(parsed.error.issues.map((issue) => ({ file: 'command line', column: flagFor(issue), message: issue.message })));
      const zip = await buildAppPackage(parsed.data);
      const dir = resolve(options.out);
      await mkdir(dir, { recursive: true });
      const path = join(dir, 'unsprawl-teams.zip');
      await writeFile(path, zip);
      process.stdout.write(`${path}\n`);
      process.stderr.write(`unsprawl: wrote the Teams app package for bot ${parsed.data.appId}; upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin centre.\n`);
    });
  return teams;
}

const flags: Record<string, string> = {
  appId: '--app-id (or TEAMS_APP_ID)',
  websiteUrl: '--base-url (or TEAMS_PUBLIC_BASE_URL)',
  privacyUrl: '--privacy-url',
  termsOfUseUrl: '--terms-url',
  version: '--app-version',
  developerName: '--developer',
  shortName: '--name',
};

function flagFor(issue: z.core.$ZodIssue): string {
  const key = String(issue.path[0] ?? '');
  return flags[key] ?? key;
}
