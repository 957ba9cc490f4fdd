import type { Estate } from '../../engine/estate/estate.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

const hypervisorNames: Readonly<Record<string, string>> = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE', other: 'another hypervisor' };

/**
 * "How many hosts do we run today?", "what hypervisor are we on?", "VMs per host now?": today's
 * virtualisation hosts as the inventory lists them (an RVTools vHost sheet or a hosts-in-use
 * file), by cluster, with the VMs each carries: the hosts plan and tco set against the option.
 * An estate without hosts says so, and how to add them, instead of guessing.
 *
 * @example hostsTodayAnswer(await loadEstate('sample:virtual')).headline // "You run 14 hosts today in 3 clusters ..."
 */
export function hostsTodayAnswer(estate: Estate): Answer {
  const hosts = estate.hosts ?? [];
  const vms = estate.servers.filter((s) => s.kind === 'virtual');
  if (hosts.length === 0) {
    return {
      kind: 'estate',
      headline: `The inventory lists no virtualisation hosts, so I can't say what you run on today${vms.length > 0 ? `: it has ${formatNumber(vms.length)} virtual servers whose hosts are not listed` : ''}.`,
      figures: [],
      tables: [],
      notes: ['Share an RVTools export (with its vHost sheet) or a hosts-in-use file with me to add today\'s hosts; until then doing nothing does not cost them.'],
      actions: [],
    };
  }
  const clusterOfHost = new Map(hosts.map((h) => [h.id.toLowerCase(), h.cluster]));
  const clusterOf = (s: (typeof vms)[number]) => s.currentCluster ?? (s.currentHost === undefined ? undefined : clusterOfHost.get(s.currentHost.toLowerCase()));
  const clusters = [...new Set(hosts.map((h) => h.cluster))].sort();
  const hypervisors = [...new Set(hosts.map((h) => hypervisorNames[h.hypervisor] ?? h.hypervisor))];
  const perHost = vms.length / hosts.length;
  // "How old are our hosts?" is answered here: the purchase years the inventory records.
  const bought = hosts.flatMap((h) => (h.purchaseYear === undefined ? [] : [h.purchaseYear]));
  const rows = clusters.map((cluster) => {
    const inCluster = hosts.filter((h) => h.cluster === cluster);
    const carried = vms.filter((s) => clusterOf(s) === cluster).length;
    const models = [...new Set(inCluster.map((h) => `${h.vendor} ${h.model}`.trim() || h.cpuModel))].join(', ');
    const years = inCluster.flatMap((h) => (h.purchaseYear === undefined ? [] : [h.purchaseYear]));
    const bought = years.length === 0 ? 'not recorded' : Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)}-${Math.max(...years)}`;
    return [cluster, [...new Set(inCluster.map((h) => h.site))].join(', '), formatNumber(inCluster.length), models, bought, formatNumber(carried), formatNumber(carried / inCluster.length, 1)];
  });
  return {
    kind: 'estate',
    headline: `You run ${formatNumber(hosts.length)} hosts today in ${formatNumber(clusters.length)} cluster${clusters.length === 1 ? '' : 's'} on ${hypervisors.join(' and ')}, carrying ${formatNumber(vms.length)} VMs (${formatNumber(perHost, 1)} per host)${bought.length === 0 ? '; their purchase years are not recorded' : `, bought ${boughtRange(bought)}`}.`,
    figures: [
      { label: 'Hosts', value: formatNumber(hosts.length), raw: hosts.length },
      { label: 'Clusters', value: formatNumber(clusters.length), raw: clusters.length },
      { label: 'Hypervisor', value: hypervisors.join(', '), raw: hypervisors.length },
      { label: 'VMs per host', value: formatNumber(perHost, 1), raw: perHost },
      { label: 'Cores', value: formatNumber(hosts.reduce((sum, h) => sum + h.cores, 0)), raw: hosts.reduce((sum, h) => sum + h.cores, 0) },
      { label: 'Memory', value: `${formatNumber(hosts.reduce((sum, h) => sum + h.ramGb, 0))} GB`, raw: hosts.reduce((sum, h) => sum + h.ramGb, 0) },
      ...(bought.length > 0
        ? [{ label: 'Bought', value: boughtRange(bought), raw: Math.min(...bought) }]
        : []),
    ],
    tables: [{ title: "Today's hosts by cluster", columns: ['Cluster', 'Site', 'Hosts', 'Models', 'Bought', 'VMs', 'VMs per host'], rows }],
    notes: [`Hosts as the inventory lists them (${estate.source}${estate.asOf ? `, as of ${formatDate(estate.asOf)}` : ''}); VMs counted by the cluster or host each runs on.`],
    actions: [{ id: 'ask', label: 'What refreshing them saves', question: 'what if we consolidate the whole estate?' }],
  };
}

/** "2019", "2018 to 2021": the purchase years recorded. */
function boughtRange(years: readonly number[]): string {
  return Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)} to ${Math.max(...years)}`;
}
