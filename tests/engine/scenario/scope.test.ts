import { describe, expect, it } from 'vitest';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { ScenarioError } from '../../../engine/errors.js';
import { selectScope } from '../../../engine/scenario/scope.js';

const rows: Partial<ServerRow>[] = [
  { id: 'W1', service: 'Ward systems', site: 'Main DC', criticality: 'critical', apps: 'e-Obs; Sepsis', os: 'Windows Server 2016' },
  { id: 'W2', service: 'Ward systems', site: 'Second site', criticality: 'high', kind: 'virtual', environment: 'test' },
  { id: 'P1', service: 'Pathology LIMS', site: 'Main DC', criticality: 'medium', os: 'Red Hat Enterprise Linux 7' },
  { id: 'F1', service: 'Finance', site: 'Main DC', criticality: 'low', apps: 'Ledger' },
];
const servers = rows.map((r) => serverSchema.parse({ cpu_cores: 2, mem_gb: 4, ...r }));
const ids = (expr: string) => selectScope(servers, expr).map((s) => s.id);

describe('selectScope', () => {
  it('selects everything for "all" or an empty expression', () => {
    expect(ids('all')).toEqual(['W1', 'W2', 'P1', 'F1']);
    expect(ids('  ')).toEqual(['W1', 'W2', 'P1', 'F1']);
  });

  it('ORs comma-separated values, with quotes and without case', () => {
    expect(ids('service="Ward systems",finance')).toEqual(['W1', 'W2', 'F1']);
    expect(ids("SERVICE='pathology lims'")).toEqual(['P1']);
  });

  it('ANDs clauses joined by ; or "and"', () => {
    expect(ids('service="Ward systems"; site="Main DC"')).toEqual(['W1']);
    expect(ids('site="Main DC" and criticality>=medium')).toEqual(['W1', 'P1']);
  });

  it('compares criticality with >=, <=, = and !=', () => {
    expect(ids('criticality>=high')).toEqual(['W1', 'W2']);
    expect(ids('criticality<=medium')).toEqual(['P1', 'F1']);
    expect(ids('criticality!=low')).toEqual(['W1', 'W2', 'P1']);
  });

  it('matches id, kind, environment, os and any of a server\'s apps', () => {
    expect(ids('id=W2,F1')).toEqual(['W2', 'F1']);
    expect(ids('kind=virtual')).toEqual(['W2']);
    expect(ids('environment!=production')).toEqual(['W2']);
    expect(ids('os="Red Hat Enterprise Linux 7"')).toEqual(['P1']);
    expect(ids('app=sepsis')).toEqual(['W1']);
  });

  it('names an unknown field and lists the valid ones', () => {
    expect(() => ids('department=IT')).toThrow(ScenarioError);
    expect(() => ids('department=IT')).toThrow(/unknown field "department"; expected one of service, site, environment, criticality, id, kind, os, app/);
  });

  it('names a value no server has and lists the known values', () => {
    expect(() => ids('service=Wards')).toThrow(/no server has service "Wards"; known services: Finance, Pathology LIMS, Ward systems/);
    expect(() => ids('criticality>=urgent')).toThrow(/expected one of critical, high, medium, low/);
  });

  it('refuses a scope whose clauses together match nothing', () => {
    const error = (() => {
      try {
        ids('service=Finance; criticality>=high');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).field).toBe('scope');
    expect((error as Error).message).toMatch(/matches no server/);
  });

  it('reads a quoted value holding a line or paragraph separator', () => {
    const odd = ['A\u2028B', 'C\u2029D', 'E\nF'].map((id) => serverSchema.parse({ id, cpu_cores: 2, mem_gb: 4 }));
    for (const s of odd) expect(selectScope(odd, `id="${s.id}"`).map((x) => x.id)).toEqual([s.id]);
  });

  it('refuses >= on fields other than criticality and an unclosed quote', () => {
    expect(() => ids('site>=Main')).toThrow(/only with criticality/);
    expect(() => ids('service="Ward systems')).toThrow(/unclosed/);
  });

  it('selects by organisation (trust, org), leaving out servers without one, and says so when the estate names none', () => {
    const ics = servers.map((s, i) => (i < 2 ? { ...s, organisation: 'Northfield Hospitals NHS Trust' } : i === 2 ? { ...s, organisation: 'Westbrook Mental Health NHS Trust' } : s));
    const of = (expr: string) => selectScope(ics, expr).map((s) => s.id);
    expect(of('organisation="Northfield Hospitals NHS Trust"')).toEqual(['W1', 'W2']);
    expect(of("trust='westbrook mental health nhs trust'")).toEqual(['P1']);
    expect(of('org!="Northfield Hospitals NHS Trust"')).toEqual(['P1', 'F1']);
    expect(() => of('organisation=Southmead')).toThrow('no server has organisation "Southmead"; known organisations: Northfield Hospitals NHS Trust, Westbrook Mental Health NHS Trust');
    expect(() => ids('organisation=Northfield')).toThrow('the estate names no organisations (it has no organisation column), so it cannot select "Northfield"');
  });
});
