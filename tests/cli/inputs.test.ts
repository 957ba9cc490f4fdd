import { Writable } from 'node:stream';
import { Command } from 'commander';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addInputOptions, resolveInputs, type InputOptions } from '../../cli/inputs.js';
import { AssumptionError, InputError, ScenarioError } from '../../engine/errors.js';

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
}

/** Parses argv the way the CLI does, so the flag wiring is tested too. */
function parse(...argv: string[]): InputOptions {
  const command = addInputOptions(new Command('test').exitOverride());
  command.parse(argv, { from: 'user' });
  return command.opts<InputOptions>();
}

describe('addInputOptions + resolveInputs', () => {
  it('with no flags uses the sample trust and the full-consolidation scenario', async () => {
    const { inputs, scenario, assumptions } = await resolveInputs(parse());
    expect(inputs.estate.source).toBe('estate.csv');
    expect(scenario.name).toBe('full-consolidation');
    expect(assumptions.overridden()).toEqual([]);
  });

  it('layers scenario overrides, then repeated --set values with origin "cli"', async () => {
    const { scenario, assumptions } = await resolveInputs(parse('--scenario', 'ward-systems', '--set', 'headroom.cpu=70%', '--set', 'energy.pricePerKwh=0.3'));
    expect(scenario.scope).toBe('service="Ward systems"');
    expect(assumptions.entry('headroom.cpu')).toMatchObject({ value: 0.7, origin: 'cli', defaultValue: 0.75 });
    expect(assumptions.entry('energy.pricePerKwh')).toMatchObject({ value: 0.3, origin: 'cli' });
  });

  it('applies --scope, --host (matched case-insensitively) and --hypervisor to the scenario', async () => {
    const { scenario } = await resolveInputs(parse('--scope', 'site=Main', '--host', 'poweredge r660', '--hypervisor', 'Proxmox'));
    expect([scenario.scope, scenario.host, scenario.hypervisor]).toEqual(['site=Main', 'PowerEdge R660', 'proxmox']);
  });

  it('names the flag and the choices for unknown scenarios, hosts and hypervisors', async () => {
    await expect(resolveInputs(parse('--scenario', 'nope'))).rejects.toThrow(ScenarioError);
    await expect(resolveInputs(parse('--scenario', 'nope'))).rejects.toThrow(/unknown scenario "nope"; known scenarios: full-consolidation, /);
    await expect(resolveInputs(parse('--host', 'Cray-1'))).rejects.toThrow(/--host: unknown host model "Cray-1"; the catalogue has: PowerEdge R660, /);
    await expect(resolveInputs(parse('--hypervisor', 'xen'))).rejects.toThrow('--hypervisor: expected vmware, hyperv, proxmox or best-value, got "xen"');
  });

  it('lets the trusts of sample:ics share hosts with --mix-organisations, in the sites --data-centres names (in the estate\'s spelling)', async () => {
    const { scenario } = await resolveInputs(parse('--estate', 'sample:ics', '--mix-organisations', '--data-centres', 'castle hill dc, Riverside DC'));
    expect(scenario).toMatchObject({ mixOrganisations: true, dataCentres: ['Castle Hill DC', 'Riverside DC'] });
    expect((await resolveInputs(parse('--estate', 'sample:ics', '--no-mix-organisations'))).scenario.mixOrganisations).toBe(false);
    expect((await resolveInputs(parse('--estate', 'sample:ics'))).scenario.mixOrganisations).toBeUndefined();
    await expect(resolveInputs(parse('--estate', 'sample:ics', '--data-centres', 'Leeds'))).rejects.toThrow('--data-centres: the estate has no site "Leeds"; its sites are Castle Hill DC, Elm Park DC, Riverside DC');
  });

  it('chooses the do-nothing baseline with --baseline, and names the choices for an unknown one', async () => {
    expect((await resolveInputs(parse())).scenario.baseline).toBe('sweat');
    expect((await resolveInputs(parse('--baseline', 'Refresh'))).scenario.baseline).toBe('refresh');
    await expect(resolveInputs(parse('--baseline', 'replace'))).rejects.toThrow('--baseline: expected sweat, refresh or full-refresh, got "replace"');
    expect((await resolveInputs(parse('--baseline', 'full-refresh'))).scenario.baseline).toBe('full-refresh');
  });

  it('chooses how the DR tier is recovered with --dr-method (which switches DR on), and names the choices for an unknown one', async () => {
    expect((await resolveInputs(parse('--dr-method', 'Tape', '--dr-for', 'critical'))).scenario.dr).toMatchObject({ enabled: true, minCriticality: 'critical', method: 'tape' });
    expect((await resolveInputs(parse('--dr'))).scenario.dr.method).toBeUndefined();
    await expect(resolveInputs(parse('--dr-method', 'cloud'))).rejects.toThrow('--dr-method: expected host, san, disk or tape, got "cloud"');
  });

  it('refuses a refresh cycle, VAT share or capital envelope out of range, naming the key, the value and what is allowed', async () => {
    await expect(resolveInputs(parse('--set', 'baseline.refreshYears=2'))).rejects.toThrow('baseline.refreshYears: expected a value from 3 to 10 (years), got 2');
    await expect(resolveInputs(parse('--set', 'vat.recoverableShare=1.5'))).rejects.toThrow('vat.recoverableShare: expected a value from 0 to 1 (fraction of VAT recovered), got 1.5');
    await expect(resolveInputs(parse('--set', 'capital.envelope=-5'))).rejects.toThrow('capital.envelope: expected a value from 0 to 1000000000 (£ in year 0 (0 = none set)), got -5');
  });

  it('refuses --set values outside the bounds or for unknown keys', async () => {
    await expect(resolveInputs(parse('--set', 'headroom.cpu=3'))).rejects.toThrow('headroom.cpu: expected a value from 0.05 to 1 (fraction of host CPU usable), got 3');
    await expect(resolveInputs(parse('--set', 'energy.colour=2'))).rejects.toThrow(AssumptionError);
  });

  it('prints loader warnings to stderr and honours UNSPRAWL_MAX_INPUT_MB', async () => {
    const err = sink();
    await resolveInputs(parse('--estate', join('tests', 'fixtures', 'estate', 'unknown-column.csv')), { stderr: err.stream });
    expect(err.text()).toBe('warning: unknown-column.csv row 1, Owner notes: unknown column, ignored (see docs/data-formats.md for the columns unsprawl reads)\n');
    await expect(resolveInputs(parse(), { env: { UNSPRAWL_MAX_INPUT_MB: '0.001' } })).rejects.toThrow(InputError);
    await expect(resolveInputs(parse(), { env: { UNSPRAWL_MAX_INPUT_MB: 'lots' } })).rejects.toThrow('expected a size in MB above 0 and at most 400, got "lots"');
  });
});
