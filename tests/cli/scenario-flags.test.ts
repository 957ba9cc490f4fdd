import { describe, expect, it } from 'vitest';
import { scenarioFlags } from '../../cli/scenario-flags.js';
import { shellLine } from '../../cli/shell-line.js';
import { scenarioSchema } from '../../engine/scenario/scenario.js';

const base = scenarioSchema.parse({ name: 'full-consolidation', separateSites: true });

describe('the flags that rebuild a scenario', () => {
  it('writes only what differs from the scenario the command starts from', () => {
    expect(scenarioFlags(base, base)).toEqual([]);
    const chosen = { ...base, scope: 'service="Ward systems"', hypervisor: 'proxmox' as const, dr: { enabled: true, minCriticality: 'critical' as const, site: 'Second site' }, overrides: { 'horizon.years': 7 } };
    expect(scenarioFlags(chosen, base)).toEqual(['--scope', 'service="Ward systems"', '--hypervisor', 'proxmox', '--dr', '--dr-for', 'critical', '--dr-site', 'Second site', '--set', 'horizon.years=7']);
  });

  it('writes the DR method when it is not the mirrored host-based default', () => {
    const tape = { ...base, dr: { enabled: true, minCriticality: 'high' as const, method: 'tape' as const } };
    expect(scenarioFlags(tape, base)).toEqual(['--dr', '--dr-method', 'tape']);
    expect(scenarioFlags({ ...tape, dr: { ...tape.dr, method: 'host' as const } }, base)).toEqual(['--dr']);
  });

  it('writes the organisations and data-centre choices of an integrated care system', () => {
    const shared = { ...base, mixOrganisations: true, dataCentres: ['Castle Hill DC', 'Riverside DC'] };
    expect(scenarioFlags(shared, base)).toEqual(['--mix-organisations', '--data-centres', 'Castle Hill DC,Riverside DC']);
    expect(scenarioFlags(base, { ...base, mixOrganisations: true })).toEqual(['--no-mix-organisations']);
  });

  it('quotes for a POSIX shell only what needs it', () => {
    expect(shellLine(['unsprawl', 'tco', '--scope', "service=\"Ward systems\"", '--dr-site', "St Mary's"])).toBe(`unsprawl tco --scope 'service="Ward systems"' --dr-site 'St Mary'\\''s'`);
  });
});
