import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../../bot/understanding/create-lexicon.js';
import { understandQuestion } from '../../../bot/understanding/understand-question.js';
import { serverSchema } from '../../../engine/estate/server.js';
import { hostModelSchema } from '../../../engine/hosts/host-model.js';
import type { Aliases } from '../../../bot/understanding/load-aliases.js';

const noAliases: Aliases = { services: {}, groups: [], sites: {}, environments: {}, vendors: {}, hypervisors: {} };

/** A trust unlike the sample: its own services, sites and hosts, and no curated aliases at all. */
const estate = {
  source: 'test',
  servers: [
    { id: 'CARD-01', service: 'Cardiology', site: 'Kings Mill', apps: 'Echo reporting' },
    { id: 'CARD-02', service: 'Cardiology', site: 'Kings Mill' },
    { id: 'WARD-01', service: 'Ward systems', site: 'Newark' },
    { id: 'MAT-01', service: 'Maternity', site: 'Newark' },
    { id: 'TOW-01', service: 'Telephony', site: 'Tower block' },
  ].map((r) => serverSchema.parse({ ...r, cpu_cores: 4, mem_gb: 16 })),
};
const hosts = [
  { model: 'Apex 2000', vendor: 'Acme', sockets: 2, cores_per_socket: 16, core_perf: 1.4, ram_gb: 512, watts_idle: 200, watts_max: 800, rack_units: 1, price_gbp: 20000, annual_support_gbp: 1000 },
].map((h) => hostModelSchema.parse(h));
const lexicon = createLexicon(estate, hosts, noAliases);
const read = (text: string) => understandQuestion(text, lexicon);

describe('names come from the loaded estate and catalogue, not a fixed list', () => {
  it('recognises this trust\'s own services, sites, apps, servers and host models, with typos', () => {
    expect(read('what if we consolidate cardiolgy?').scope.services).toEqual(['Cardiology']);
    expect(read('consolidate the echo reporting servers').scope.services).toEqual(['Cardiology']);
    expect(read('what if we consolidate everything at kings mill').scope.sites).toEqual(['Kings Mill']);
    expect(read('what if we consolidate CARD-02').scope.serverIds).toEqual(['CARD-02']);
    expect(read('ward systems onto the apex 2000').host).toEqual({ model: 'Apex 2000' });
    expect(read('ward systems onto acme').host).toEqual({ vendor: 'Acme' });
  });

  it('does not read names into ordinary words (NOTES.md: "we" -> "ward")', () => {
    expect(read('what if we did nothing').scope.services).toEqual([]);
    expect(read('what matters most?').scope.services).toEqual([]);
    expect(read('which servers use the most power?').scope.sites).toEqual([]);
    expect(read('what if we consolidate the systems').scope.services).toEqual([]);
  });
});
