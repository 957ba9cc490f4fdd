import type { Command } from 'commander';
import { parseAssignment, type AssumptionSet } from '../engine/assumptions/assumption-set.js';
import { describeProblem, ScenarioError } from '../engine/errors.js';
import type { HostModel } from '../engine/hosts/host-model.js';
import { loadInputs, type Inputs } from '../engine/io/load-inputs.js';
import { maxInputBytes } from '../engine/io/max-input-bytes.js';
import { drMethods, type DrMethod } from '../engine/dr/recovery-objectives.js';
import { criticalitySchema } from '../engine/estate/server.js';
import { retireOptions, type RetireOption } from '../engine/retirement/retirement-review.js';
import { applyScenarioChoices, type ScenarioChoices } from '../engine/scenario/apply-scenario-choices.js';
import { DEFAULT_SCENARIO, defaultScenario } from '../engine/scenario/default-scenario.js';
import { baselines, bestValue, hypervisorChoiceSchema, type Baseline, type Scenario } from '../engine/scenario/scenario.js';

/** The flags every engine-backed command shares (DESIGN.md "Common flags"). */
export interface InputOptions {
  estate?: string;
  hostsInUse?: string;
  licences?: string;
  serviceMap?: string;
  hosts?: string;
  assumptions?: string;
  scenarios?: string;
  scenario?: string;
  scope?: string;
  host?: string;
  hypervisor?: string;
  baseline?: string;
  retire?: string;
  /** --dr / --no-dr: a mirrored DR cluster on or off. */
  dr?: boolean;
  drSite?: string;
  drFor?: string;
  drMethod?: string;
  recycle?: boolean;
  /** --mix-organisations / --no-mix-organisations: let trusts of one estate share hosts, or keep them apart. */
  mixOrganisations?: boolean;
  dataCentres?: string;
  set: string[];
  json?: boolean;
}

export interface ResolvedInputs {
  inputs: Inputs;
  scenario: Scenario;
  /** File values, then the scenario's overrides (origin "scenario"), then --set (origin "cli"). */
  assumptions: AssumptionSet;
}

/** The scenario used when no --scenario is given: every server, the best-value host model x hypervisor, one cluster per site (data/scenarios.json). */
export { DEFAULT_SCENARIO };

/**
 * Adds the common input flags to a command.
 *
 * @example addInputOptions(new Command('plan')).action(async (opts) => { const r = await resolveInputs(opts); ... })
 */
export function addInputOptions(command: Command): Command {
  return command
    .option('--estate <path>', 'estate file: canonical CSV, RVTools export (.xlsx, or the vInfo tab as .csv) or JSON, or a bundled sample: sample:acute (the default), sample:virtual, sample:ics (three trusts)')
    .option('--hosts-in-use <path>', 'today\'s virtualisation hosts, CSV or JSON (docs/data-formats.md); added to those of the estate file')
    .option('--licences <path>', 'today\'s hypervisor licences, CSV or JSON; replace those of the estate file (RVTools vLicense)')
    .option('--service-map <path>', 'rules giving VMs their service, criticality and environment from folder, annotation, custom attribute or name (CSV or JSON)')
    .option('--hosts <path>', 'host catalogue CSV (default: data/hosts.csv)')
    .option('--assumptions <path>', 'assumptions JSON; only the keys you change are needed (default: data/assumptions.json)')
    .option('--scenarios <path>', 'named scenarios JSON (default: data/scenarios.json)')
    .option('--scenario <name>', `named scenario to run (default: ${DEFAULT_SCENARIO})`)
    .option('--scope <expr>', 'which servers, e.g. \'service="Ward systems",Pathology; site=Main; criticality>=high\'')
    .option('--host <model>', 'target host model from the catalogue; "best-value" (highest NPV, the default) or "cheapest" (lowest hardware cost)')
    .option('--hypervisor <name>', 'vmware, hyperv, proxmox, or "best-value" (chosen by NPV with the host model, the default)')
    .option('--baseline <case>', 'do-nothing case: "sweat" (replace servers at end of life, the default), "refresh" (like-for-like refresh every baseline.refreshYears) or "full-refresh" (replace every server in year 0, then every baseline.refreshYears)')
    .option('--retire <what>', 'switch off instead of moving: none, zombie (near zero on every signal) or idle (zombies and idle servers); see `unsprawl estate --retire-candidates`')
    .option('--dr', 'add a mirrored disaster-recovery cluster (default: as the scenario says)')
    .option('--no-dr', 'no disaster-recovery cluster')
    .option('--dr-site <site>', 'site of the DR cluster (default: the second site)')
    .option('--dr-for <criticality>', 'protect workloads at or above this criticality: critical, high, medium or low')
    .option('--dr-method <method>', 'how the DR tier is recovered: host (a mirrored cluster, host-based replication; the default), san (a mirrored cluster, SAN-to-SAN replication), disk (backup to disk at the second site) or tape (backup to tape, off site); implies --dr')
    .option('--recycle', 'reuse moved servers still under warranty and at least as large as the host model as hosts (DR hosts first) instead of buying new ones')
    .option('--mix-organisations', 'let the organisations (trusts) of an estate with an organisation column share hosts (default: as the scenario says, apart)')
    .option('--no-mix-organisations', 'keep each organisation on hosts of its own')
    .option('--data-centres <sites>', 'the only sites new hosts may stand in, comma-separated, e.g. "Castle Hill DC,Riverside DC"; servers elsewhere move to the main one')
    .option('--set <key=value>', 'override an assumption, e.g. --set energy.pricePerKwh=0.30 (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--json', 'print one JSON object instead of tables');
}

/**
 * Loads the inputs the flags name and builds the scenario and assumptions for one engine call.
 * Warnings from the loaders (unknown columns, skipped VMs) go to `stderr`.
 */
export async function resolveInputs(
  options: InputOptions,
  io: { stderr?: NodeJS.WritableStream; env?: NodeJS.ProcessEnv } = {},
): Promise<ResolvedInputs> {
  const stderr = io.stderr ?? process.stderr;
  const inputs = await loadInputs(
    {
      estate: options.estate,
      hostsInUse: options.hostsInUse,
      licences: options.licences,
      serviceMap: options.serviceMap,
      hosts: options.hosts,
      assumptions: options.assumptions,
      scenarios: options.scenarios,
    },
    { maxBytes: maxInputBytes(io.env ?? process.env) },
  );
  reportWarnings(inputs, stderr);
  const scenario = applyScenarioChoices(defaultScenario(inputs.scenarios, options.scenario), flagChoices(options, inputs.hosts, [...new Set(inputs.estate.servers.map((s) => s.site))].sort()));
  const cli: Record<string, number> = {};
  for (const text of options.set) {
    const { key, value } = parseAssignment(text);
    cli[key] = value;
  }
  const assumptions = inputs.assumptions.with(scenario.overrides, 'scenario').with(cli, 'cli');
  return { inputs, scenario, assumptions };
}

/** The flags as scenario choices; the scenario itself is built by the rule chat uses too. */
function flagChoices(options: InputOptions, hosts: readonly HostModel[], sites: readonly string[]): ScenarioChoices {
  const choices: ScenarioChoices = {};
  if (options.scope !== undefined) choices.scope = options.scope;
  if (options.hypervisor !== undefined) {
    const parsed = hypervisorChoiceSchema.safeParse(options.hypervisor);
    if (!parsed.success) throw new ScenarioError('hypervisor', `--hypervisor: expected vmware, hyperv, proxmox or best-value, got "${options.hypervisor}"`);
    choices.hypervisor = parsed.data;
  }
  if (options.host !== undefined) choices.host = hostName(options.host, hosts);
  if (options.baseline !== undefined) {
    const wanted = options.baseline.trim().toLowerCase();
    if (!(baselines as readonly string[]).includes(wanted)) throw new ScenarioError('baseline', `--baseline: expected sweat, refresh or full-refresh, got "${options.baseline}"`);
    choices.baseline = wanted as Baseline;
  }
  if (options.retire !== undefined) choices.retire = retireOption(options.retire);
  if (options.recycle) choices.recycle = true;
  if (options.mixOrganisations !== undefined) choices.mixOrganisations = options.mixOrganisations;
  if (options.dataCentres !== undefined) choices.dataCentres = siteList(options.dataCentres, sites);
  if (options.dr !== undefined || options.drSite !== undefined || options.drFor !== undefined || options.drMethod !== undefined) {
    const level = options.drFor === undefined ? undefined : criticalitySchema.safeParse(options.drFor.trim().toLowerCase());
    if (level && !level.success) throw new ScenarioError('dr', `--dr-for: expected critical, high, medium or low, got "${options.drFor}"`);
    const method = options.drMethod?.trim().toLowerCase();
    if (method !== undefined && !(drMethods as readonly string[]).includes(method)) throw new ScenarioError('dr', `--dr-method: expected host, san, disk or tape, got "${options.drMethod}"`);
    choices.dr = {
      enabled: options.dr ?? true,
      ...(level?.success ? { minCriticality: level.data } : {}),
      ...(options.drSite !== undefined ? { site: options.drSite } : {}),
      ...(method !== undefined ? { method: method as DrMethod } : {}),
    };
  }
  return choices;
}

/** "castle hill dc, Riverside DC" in the estate's spelling; an unknown site names the ones there are. */
function siteList(text: string, sites: readonly string[]): string[] {
  const wanted = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (wanted.length === 0) throw new ScenarioError('dataCentres', '--data-centres: expected one or more site names, comma-separated');
  return wanted.map((w) => {
    const found = sites.find((s) => s.toLowerCase() === w.toLowerCase());
    if (!found) throw new ScenarioError('dataCentres', `--data-centres: the estate has no site "${w}"; its sites are ${sites.join(', ')}`);
    return found;
  });
}

function retireOption(text: string): RetireOption {
  const wanted = text.trim().toLowerCase();
  const found = retireOptions.find((o) => o === wanted || `${o}s` === wanted);
  if (!found) throw new ScenarioError('retire', `--retire: expected none, zombie or idle, got "${text}"`);
  return found;
}

/** Matches a model name case-insensitively, so `--host "poweredge r660"` works. */
function hostName(wanted: string, hosts: readonly HostModel[]): string {
  const rule = wanted.trim().toLowerCase();
  if (rule === 'cheapest' || rule === bestValue) return rule;
  const found = hosts.find((h) => h.model.toLowerCase() === rule);
  if (!found) throw new ScenarioError('host', `--host: unknown host model "${wanted}"; the catalogue has: ${hosts.map((h) => h.model).join(', ')}, "best-value" or "cheapest"`);
  return found.model;
}

const MAX_WARNINGS_SHOWN = 10;

function reportWarnings(inputs: Inputs, stderr: NodeJS.WritableStream): void {
  const { warnings } = inputs;
  for (const w of warnings.slice(0, MAX_WARNINGS_SHOWN)) stderr.write(`warning: ${describeProblem(w)}\n`);
  if (warnings.length > MAX_WARNINGS_SHOWN) stderr.write(`warning: ... and ${warnings.length - MAX_WARNINGS_SHOWN} more\n`);
}
