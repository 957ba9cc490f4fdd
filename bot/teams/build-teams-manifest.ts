import { z } from 'zod';

/** The newest app manifest version documented by Microsoft when this was written. */
export const MANIFEST_VERSION = '1.22';

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https URL' });

export const manifestOptionsSchema = z.object({
  appId: z.guid({ error: 'expected the Azure Bot app (client) id, a GUID' }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a version like 1.0.0' }).default('1.0.0'),
  developerName: z.string().trim().min(1).max(32).default('NHS trust IT infrastructure'),
  websiteUrl: httpsUrl,
  privacyUrl: httpsUrl,
  termsOfUseUrl: httpsUrl,
  shortName: z.string().trim().min(1).max(30).default('unsprawl'),
});

export type ManifestOptions = z.input<typeof manifestOptionsSchema>;

const commands = {
  personal: [
    { title: 'what if', description: 'What if we consolidate ward systems onto new hosts?' },
    { title: 'compare hypervisors', description: 'Compare VMware, Hyper-V and Proxmox for the last scenario' },
    { title: 'show assumptions', description: 'Show the costs and rates behind the figures' },
    { title: 'estate', description: 'How many servers do we have, by service and site?' },
    { title: 'help', description: 'What can I ask?' },
  ],
  shared: [
    { title: 'what if', description: 'What if we consolidate pathology at 30p/kWh?' },
    { title: 'compare hypervisors', description: 'Compare VMware, Hyper-V and Proxmox for the last scenario' },
    { title: 'help', description: 'What can I ask?' },
  ],
};

/**
 * The Teams app manifest for the unsprawl bot: one bot usable in personal chat, team channels and
 * group chats, allowed to send files (for the business-case PDF in personal chat), with command
 * suggestions, and the two icons packaged beside it.
 *
 * @example
 *   buildTeamsManifest({ appId, websiteUrl: base, privacyUrl: `${base}/privacy`, termsOfUseUrl: `${base}/terms` })
 */
export function buildTeamsManifest(options: ManifestOptions): Record<string, unknown> {
  const o = manifestOptionsSchema.parse(options);
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: o.version,
    id: o.appId,
    developer: { name: o.developerName, websiteUrl: o.websiteUrl, privacyUrl: o.privacyUrl, termsOfUseUrl: o.termsOfUseUrl },
    name: { short: o.shortName, full: `${o.shortName}: server consolidation and business cases` },
    description: {
      short: 'Ask what consolidating servers would save, and get the business case.',
      full:
        'Ask in plain English what consolidating part of the server estate would cost and save ' +
        '("what if we consolidate ward systems?"). Answers show hosts, net present value, energy and ' +
        'carbon from the same model as the board business case, with buttons for the business case ' +
        'PDF, the assumptions and a hypervisor comparison. Can post a monthly summary to a channel.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#005EB8',
    bots: [
      {
        botId: o.appId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [
          { scopes: ['personal'], commands: commands.personal },
          { scopes: ['team', 'groupChat'], commands: commands.shared },
        ],
      },
    ],
    validDomains: [new URL(o.websiteUrl).host],
  };
}
