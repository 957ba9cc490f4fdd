import { Command } from 'commander';
import type { OptionSelection } from '../../engine/choose-option.js';
import { evaluate, type Evaluation } from '../../engine/evaluate.js';
import { evaluationDrOptions } from '../../engine/dr/evaluation-dr-options.js';
import { mirrorsToDrHosts } from '../../engine/dr/mirrors-to-dr-hosts.js';
import { drOptionsText } from '../dr-options-text.js';
import { assessMaturity, type MaturityScore } from '../../engine/maturity/assess-maturity.js';
import { planScenario } from '../../engine/placement/plan-scenario.js';
import { rankHostModels, type HostModelRanking } from '../../engine/placement/rank-host-models.js';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Plan } from '../../engine/plan/plan.js';
import { bestValue } from '../../engine/scenario/scenario.js';
import { describeSelection } from '../../reports/format/describe-selection.js';
import { sizingSignals } from '../../engine/plan/sizing-signals.js';
import { planAgainstTodayText } from '../../reports/format/plan-against-today-text.js';
import { describeEvidence } from '../../engine/retirement/describe-evidence.js';
import { formatMoney, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import { addInputOptions, resolveInputs, type InputOptions } from '../inputs.js';

interface PlanOptions extends InputOptions {
  rank?: boolean;
  drOptions?: boolean;
}

const examples = `
Examples:
  unsprawl plan                                   every virtualisable server, cheapest host model
  unsprawl plan --scope 'service="Ward systems"' --host "PowerEdge R660"
  unsprawl plan --scenario full-consolidation-dr  with the mirrored DR cluster
  unsprawl plan --set headroom.cpu=0.6 --set ha.spareHosts=2
  unsprawl plan --retire zombie                   switch off the zombie servers instead of moving them
  unsprawl plan --rank                            every host model: hosts, capital, support, power, rack units
  unsprawl plan --dr-options --dr-for critical    and what each way of recovering the critical systems would cost
  unsprawl plan --dr-method tape                  DR by backup to tape: no DR hosts
  unsprawl plan --json > plan.json                hosts, lowerBound, today, signals, placements, unplaced, clusters, ...
  unsprawl plan --estate sample:virtual           the mostly virtual sample: hosts today against hosts planned

The lower bound is a number of hosts no plan can go below under the same rules; the gap to it
is how far from optimal this plan can at most be.`;

/** `unsprawl plan`: how many hosts of which model, what goes where, and how close to the lower bound. */
export function planCommand(): Command {
  return addInputOptions(new Command('plan'))
    .description('Consolidation plan: hosts by model and cluster, what goes where, utilisation, lower bound and gap, servers that stay')
    .option('--rank', 'plan on every catalogue host model and rank them instead')
    .option('--dr-options', 'also cost each DR option for the workloads at or above --dr-for (default high): mirrored room with SAN or host-based replication, recycled servers as DR hosts, backup to disk or tape, with RPO and RTO')
    .addHelpText('after', examples)
    .action(async (options: PlanOptions) => {
      process.stdout.write(await runPlan(options));
    });
}

/** Runs the command and returns what it prints (separate from the action so tests can call it). */
export async function runPlan(options: PlanOptions): Promise<string> {
  const { inputs, scenario, assumptions } = await resolveInputs(options);
  const input = { estate: inputs.estate, hosts: inputs.hosts, assumptions, scenario, corePerformance: inputs.corePerformance };
  if (options.rank) {
    if (process.stderr.isTTY) process.stderr.write(`Planning on ${inputs.hosts.length} host models...\n`);
    const ranking = rankHostModels(input);
    return options.json ? `${JSON.stringify(ranking.map(rankingJson), null, 2)}\n` : renderRanking(ranking, assumptions.get('horizon.years'));
  }
  // Best value is chosen by NPV, so it needs the appraisal: evaluate() plans the winner once.
  const chosen = scenario.host.trim().toLowerCase() === bestValue ? evaluate(input) : undefined;
  const plan = chosen?.plan ?? planScenario(input);
  const selection = chosen?.selection;
  const maturity = assessMaturity(inputs.estate, plan);
  // DR options are costed over the scenario's option without DR (its best value chosen without
  // DR, as chat and the paper do), so they need that option's appraisal.
  const withoutDr = (): Evaluation => (chosen && !scenario.dr.enabled ? chosen : evaluate({ ...input, scenario: { ...scenario, dr: { ...scenario.dr, enabled: false } } }));
  const dr = options.drOptions ? evaluationDrOptions(withoutDr(), inputs, scenario.dr.minCriticality) : undefined;
  return options.json
    ? `${JSON.stringify({ ...planJson(plan), maturity, ...(selection ? { selection } : {}), ...(dr ? { drOptions: dr } : {}) }, null, 2)}\n`
    : `${renderPlan(plan, assumptions, selection)}\n${renderMaturity(maturity)}${dr ? `\n${drOptionsText(dr)}\n` : ''}`;
}

/** The DESIGN.md contract (hosts, lowerBound, placements, unplaced) and the detail behind it. */
function planJson(plan: Plan) {
  return {
    scenario: plan.scenario.name,
    scope: plan.scenario.scope,
    hostModel: plan.hostModel.model,
    hosts: plan.hosts,
    lowerBound: plan.lowerBound,
    gap: plan.hosts - plan.lowerBound,
    today: plan.today ?? null,
    signals: sizingSignals(plan.demands),
    inScope: plan.inScope.length,
    placements: plan.placements,
    unplaced: plan.unplaced,
    retired: plan.retired ?? [],
    drPlacements: plan.drPlacements ?? [],
    clusters: plan.clusters,
    hostDetails: plan.hostDetails,
    demands: plan.demands,
  };
}

function rankingJson(r: HostModelRanking) {
  const { plan, ...figures } = r;
  return { ...figures, capitalGbp: r.capitalPence / 100, supportGbp: r.supportPence / 100, costGbp: r.costPence / 100, placed: plan.placements.length };
}

function table(header: string[], rows: string[][], leftColumns = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const out = all.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}

/** A DR tier kept by backups plans no DR hosts: say so, so the plan is not read as having no DR. */
function backupDrText(plan: Plan): string[] {
  const { dr } = plan.scenario;
  if (!dr.enabled || mirrorsToDrHosts(dr)) return [];
  const tier = dr.minCriticality === 'critical' ? 'critical systems' : `${dr.minCriticality}-criticality systems and above`;
  return [`DR for ${tier}: backup to ${dr.method === 'disk' ? 'disk at a second site' : 'tape kept off site'}, so no DR hosts are planned (the systems are restored onto hosts found or bought after the event); unsprawl tco with the same flags costs it, with its RPO and RTO.`];
}

/** The plan as plain-text tables (no colour codes, so it pastes into email). */
export function renderPlan(plan: Plan, assumptions: AssumptionSet, selection?: OptionSelection): string {
  const model = plan.hostModel;
  const placed = plan.placements.length;
  const baseline = plan.clusters.reduce((s, c) => s + (c.baselineHosts ?? c.activeHosts + c.spareHosts), 0);
  const gap = plan.hosts - plan.lowerBound;
  const hasStorage = model.storageGb > 0;
  const out = [
    `Plan: ${plan.scenario.name} - ${formatNumber(plan.hosts)} x ${model.model} (${model.vendor}, ${model.cores} cores, ${formatNumber(model.ramGb)} GB)`,
    `Scope: ${plan.scenario.scope} - ${formatNumber(plan.inScope.length)} servers, ${formatNumber(placed)} placed, ${formatNumber(plan.unplaced.length)} stay as they are.`,
    ...(selection ? [describeSelection(selection)] : []),
    `Lower bound: ${formatNumber(plan.lowerBound)} hosts; this plan is ${gap === 0 ? 'optimal (it meets the bound)' : `at most ${formatNumber(gap)} host${gap === 1 ? '' : 's'} above the optimum`}. First-fit-decreasing alone: ${formatNumber(baseline)}.`,
    ...planAgainstTodayText(plan, assumptions),
    ...backupDrText(plan),
    '',
    table(
      ['Cluster', 'Site', 'Purpose', 'Workloads', 'Active', 'Spare', 'Lower bound'],
      plan.clusters.map((c) => [c.name, c.site, c.purpose, formatNumber(c.workloads ?? 0), formatNumber(c.activeHosts), formatNumber(c.spareHosts), formatNumber(c.lowerBound)]),
      3,
    ),
    ...plan.clusters
      .filter((c) => (c.sites ?? []).some((s) => s !== c.site))
      .map((c) => `${c.name} also carries the workloads of: ${(c.sites ?? []).filter((s) => s !== c.site).join('; ')}`),
    '',
    table(
      ['Host', 'Role', 'Workloads', 'CPU', 'RAM', 'vCPU', ...(hasStorage ? ['Storage'] : [])],
      plan.hostDetails.map((h) => [
        h.id,
        h.role,
        formatNumber(h.workloads.length),
        formatPercent(h.utilisation.cpu),
        formatPercent(h.utilisation.ram),
        formatPercent(h.utilisation.vcpu),
        ...(hasStorage ? [formatPercent(h.utilisation.storage)] : []),
      ]),
      2,
    ),
    'Utilisation is of the raw host; placement fills at most the headroom share (headroom.cpu, headroom.ram).',
    '',
    'What goes where:',
    ...plan.hostDetails.filter((h) => h.workloads.length > 0).map((h) => `  ${h.id}: ${h.workloads.join(', ')}`),
  ];
  if (plan.unplaced.length > 0) {
    out.push('', table(['Stays as it is', 'Reason'], plan.unplaced.map((u) => [u.workload, u.reason]), 2));
  }
  const retired = plan.retired ?? [];
  if (retired.length > 0) {
    out.push('', table(['Switched off, not moved', 'Class', 'Evidence'], retired.map((r) => [r.workload, r.class, describeEvidence(r.evidence)]), 3));
  }
  return `${out.join('\n')}\n`;
}

/** The NIMM capabilities consolidation moves, today and with the plan (scoring rules: docs/model.md). */
function renderMaturity(scores: readonly MaturityScore[]): string {
  return `Maturity (NHS Infrastructure Maturity Model, 1-5; rules in docs/model.md section 12):\n${table(
    ['Capability', 'Today', 'With the plan', 'Evidence today', 'Evidence with the plan'],
    scores.map((s) => [s.label, String(s.before.level), String(s.after?.level ?? '-'), s.before.evidence, s.after?.evidence ?? '']),
    5,
  )}\n`;
}

function renderRanking(ranking: readonly HostModelRanking[], years: number): string {
  return `${table(
    ['Host model', 'Hosts', 'Lower bound', 'Stay', 'Capital', `Support ${years}y`, 'Capital + support', 'Power (W)', 'Rack units'],
    ranking.map((r) => [
      r.model,
      formatNumber(r.hosts),
      formatNumber(r.lowerBound),
      formatNumber(r.unplaced),
      formatMoney(r.capitalPence),
      formatMoney(r.supportPence),
      formatMoney(r.costPence),
      formatNumber(r.watts),
      formatNumber(r.rackUnits, r.rackUnits % 1 === 0 ? 0 : 1),
    ]),
  )}\nRanked by servers left behind, then capital + support over the horizon; the first is what --host cheapest picks.\nFor the ranking by NPV, with licences, energy and running costs: unsprawl tco --compare.\n`;
}
