import { describe, expect, it } from 'vitest';
import { hostsTodayAnswer } from '../../../bot/answer/hosts-today-answer.js';
import { loadEstate } from '../../../engine/io/load-estate.js';

describe("today's virtualisation hosts in chat", () => {
  it('counts the hosts, clusters, hypervisor and VMs per host of the mostly virtual trust, cluster by cluster', async () => {
    const estate = await loadEstate('sample:virtual');
    const answer = hostsTodayAnswer(estate);
    const vms = estate.servers.filter((s) => s.kind === 'virtual').length;
    expect(answer.headline).toBe(`You run 14 hosts today in 3 clusters on VMware, carrying ${vms} VMs (${(vms / 14).toFixed(1)} per host), bought 2018 to 2021.`);
    const rows = answer.tables[0]!.rows;
    expect(rows).toHaveLength(3);
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(14);
    expect(rows.reduce((sum, r) => sum + Number(r[5]!.replace(/,/g, '')), 0)).toBe(vms);
  });

  it('says honestly that an estate without hosts lists none, instead of guessing', async () => {
    const answer = hostsTodayAnswer(await loadEstate());
    expect(answer.headline).toMatch(/^The inventory lists no virtualisation hosts, so I can't say what you run on today/);
    expect(answer.figures).toEqual([]);
  });
});
