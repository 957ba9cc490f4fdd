import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { defaultScenario } from '../../../engine/scenario/default-scenario.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

/** The second round of new-user questions in issue 17: each answered as asked, not as a neighbouring question. */
describe('answers to the second round of questions that used to be answered differently', { timeout: 120_000 }, () => {
  const estates = new Map<string, { inputs: Inputs; core: BotCore }>();
  const ask = async (estate: string, question: string): Promise<Answer> => (await estates.get(estate)!.core.ask(question)).answer;
  const raw = (answer: Answer, label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;
  const scenarioOf = (answer: Answer) => scenarioSchema.parse(answer.scenario);

  beforeAll(async () => {
    for (const estate of ['sample:acute', 'sample:virtual', 'sample:ics']) {
      const inputs = await loadInputs({ estate });
      estates.set(estate, { inputs, core: createBotCore({ inputs, today: () => '2026-11-25' }) });
    }
  });

  it('"move off VMware to Proxmox" costs Proxmox, and says VMware is the one being left', async () => {
    const answer = await ask('sample:virtual', 'what if we move off VMware to Proxmox?');
    expect(answer.kind).toBe('what-if');
    expect(scenarioOf(answer).hypervisor).toBe('proxmox');
    expect(answer.interpretation).toContain('Proxmox VE (moving off VMware)');
  });

  it('"get off VMware" names only the one being left: the answer is the best NPV of the others, and says so', async () => {
    const answer = await ask('sample:virtual', 'get off VMware');
    const others = await Promise.all(['hyper-v', 'proxmox'].map((h) => ask('sample:virtual', `what if we consolidate the whole estate onto ${h}?`)));
    const best = others.sort((a, b) => raw(b, /^NPV at/)! - raw(a, /^NPV at/)!)[0]!;
    expect(scenarioOf(answer).hypervisor).toBe(scenarioOf(best).hypervisor);
    expect(raw(answer, /^NPV at/)).toBe(raw(best, /^NPV at/));
    expect(answer.interpretation).toContain('moving off VMware: the best value of the others');
  });

  it('"what are we spending on vsphere each year?" is the VMware subscription, not a costed move onto VMware', async () => {
    const answer = await ask('sample:virtual', 'what are we spending on vsphere each year?');
    expect(answer.kind).toBe('estate');
    expect(answer.headline).toMatch(/^Your VMware subscription/);
    expect(answer.scenario).toBeUndefined();
  });

  it('"how much does backup cost us today?" is the first running year of doing nothing for backup, not a what-if on the Backup service', async () => {
    const answer = await ask('sample:acute', 'how much does backup cost us today?');
    const { inputs } = estates.get('sample:acute')!;
    const appraisal = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: { ...defaultScenario(inputs.scenarios), scope: 'all' }, corePerformance: inputs.corePerformance }).appraisal;
    const backup = appraisal.lines.filter((l) => (l.side === 'baseline' || l.side === 'staying') && l.item === 'backup').reduce((sum, l) => sum + l.byYear[1]!, 0);
    expect(answer.kind).toBe('estate');
    expect(answer.scenario).toBeUndefined();
    expect(raw(answer, /^Backup a year/)).toBe(backup);
    expect(answer.headline).toMatch(/^Backup costs £[\d.]+k a year today .* for the whole estate \(232 servers\)/);
  });

  it('"what do our licences cost a year?" reads as a sentence: licences cost, backup costs', async () => {
    const answer = await ask('sample:acute', 'what do our licences cost a year?');
    expect(answer.kind).toBe('estate');
    expect(answer.headline).toMatch(/^Licences cost £[\d.]+k a year today /);
  });

  it('"could we reuse any of our existing ESX hosts for DR?" says today\'s hosts are not reused, which are still under warranty, and keeps the hypervisor open', async () => {
    const answer = await ask('sample:virtual', 'could we reuse any of our existing ESX hosts for DR?');
    expect(answer.headline).toMatch(/^Today's 14 virtualisation hosts are not reused here: the model recycles moved physical servers only; 2 of them are still under warranty in 2026 \(mdc-mgmt01\.trust\.nhs\.uk, mdc-mgmt02\.trust\.nhs\.uk\), but reusing today's hosts is not costed/);
    expect(answer.headline).toContain('Reusing servers as DR hosts for the whole estate');
    expect(scenarioOf(answer).hypervisor).toBe('best-value');
  });

  it('consolidating the Backup service is still the Backup service', async () => {
    const answer = await ask('sample:acute', 'what would consolidating the backup servers save?');
    expect(answer.kind).toBe('what-if');
    expect(scenarioOf(answer).scope).toBe('service=Backup');
  });

  it('"how old are our esxi hosts?" answers with today\'s hosts and the years they were bought', async () => {
    const answer = await ask('sample:virtual', 'how old are our esxi hosts?');
    expect(answer.headline).toMatch(/^You run 14 hosts today .*, bought \d{4} to \d{4}\.$/);
    expect(raw(answer, /^Bought$/)).toBeGreaterThan(2000);
  });

  it('"what if all three trusts used Riverside DC?" shares hosts at Riverside DC for the whole estate', async () => {
    const scenario = scenarioOf(await ask('sample:ics', 'what if all three trusts used Riverside DC?'));
    expect(scenario.scope).toBe('all');
    expect(scenario.mixOrganisations).toBe(true);
    expect(scenario.dataCentres).toEqual(['Riverside DC']);
  });

  it('"compare sharing hosts vs keeping trusts separate" sets the two ways side by side, with hosts, capital and NPV', async () => {
    const answer = await ask('sample:ics', 'compare sharing hosts vs keeping trusts separate');
    expect(answer.kind).toBe('compare');
    const table = answer.tables[0]!;
    expect(table.rows.map((r) => r[0])).toEqual(['Shared hosts', 'Each trust on its own hosts']);
    expect(table.columns).toEqual(expect.arrayContaining(['Hosts', 'Capital', 'NPV']));
    const shared = await ask('sample:ics', 'what if the trusts shared hosts across the whole estate?');
    const apart = await ask('sample:ics', 'what if we consolidate the whole estate keeping the trusts apart?');
    expect(raw(answer, /^Shared hosts$/)).toBe(raw(shared, /^NPV at/));
    expect(raw(answer, /^Each trust on its own hosts$/)).toBe(raw(apart, /^NPV at/));
  });

  it('"what if growth is zero?" costs the whole estate at 0% growth instead of asking which part', async () => {
    const answer = await ask('sample:acute', 'what if growth is zero?');
    expect(answer.kind).toBe('what-if');
    expect(scenarioOf(answer).overrides).toEqual({ 'growth.annual': 0 });
  });

  it('"20% headroom on memory" leaves CPU headroom as it was', async () => {
    expect(scenarioOf(await ask('sample:acute', 'what if we keep 20% headroom on memory?')).overrides).toEqual({ 'headroom.ram': 0.8 });
  });

  it('"how many servers are over 10 years old?" counts those older than 10 years', async () => {
    const answer = await ask('sample:acute', 'how many servers are over 10 years old?');
    const { inputs } = estates.get('sample:acute')!;
    const year = Number((inputs.estate.asOf ?? '2026-11-25').slice(0, 4));
    const older = inputs.estate.servers.filter((s) => s.purchaseYear !== undefined && year - s.purchaseYear > 10).length;
    expect(raw(answer, /^More than 10 years old$/)).toBe(older);
    expect(answer.headline).toContain(`${older} (`);
    expect(answer.interpretation).not.toContain('not used');
  });

  it('"cost to virtualise everything that\'s still physical" is the physical servers only', async () => {
    const answer = await ask('sample:acute', "cost to virtualise everything that's still physical");
    const { inputs } = estates.get('sample:acute')!;
    expect(scenarioOf(answer).scope).toBe('kind=physical');
    expect(raw(answer, /^Servers in scope/)).toBe(inputs.estate.servers.filter((s) => s.kind === 'physical').length);
  });
});
