import type { Estate } from './estate.js';
import type { Server } from './server.js';
import { summariseEstate, type EstateSummary } from './summarise-estate.js';

/** One organisation's servers summarised; `organisation` is undefined for servers that name none. */
export interface OrganisationSummary {
  organisation: string | undefined;
  summary: EstateSummary;
}

/**
 * The estate summarised organisation by organisation (the trusts of an integrated care system),
 * each by summariseEstate, so every count, warranty and support figure is the one `unsprawl
 * estate` gives for that organisation alone and the parts add up to the whole. Organisations in
 * name order, servers naming none last; empty when no server names an organisation.
 *
 * @example summariseByOrganisation(estate, '2026-11-25').map((o) => [o.organisation, o.summary.servers.total])
 */
export function summariseByOrganisation(estate: Estate, asOf: string): OrganisationSummary[] {
  if (!estate.servers.some((s) => s.organisation !== undefined)) return [];
  const groups = new Map<string | undefined, Server[]>();
  for (const server of estate.servers) {
    const members = groups.get(server.organisation);
    if (members) members.push(server);
    else groups.set(server.organisation, [server]);
  }
  const names = [...groups.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)));
  return names.map((organisation) => ({ organisation, summary: summariseEstate({ ...estate, servers: groups.get(organisation)! }, asOf) }));
}
