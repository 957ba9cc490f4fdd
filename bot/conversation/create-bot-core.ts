import { z } from 'zod';
import { hypervisors, scenarioSchema, type Hypervisor, type Scenario } from '../../engine/scenario/scenario.js';
import { evaluate, type Evaluation } from '../../engine/evaluate.js';
import { selectScope } from '../../engine/scenario/scope.js';
import { reviewDate } from '../../engine/retirement/review-date.js';
import { defaultScenario } from '../../engine/scenario/default-scenario.js';
import { remembered } from './remembered.js';
import { evaluationNpvModel, evaluationUncertainty } from '../../engine/sensitivity/evaluation-sensitivity.js';
import { tornado } from '../../engine/sensitivity/tornado.js';
import { breakEven } from '../../engine/sensitivity/break-even.js';
import { monteCarlo } from '../../engine/sensitivity/monte-carlo.js';
import { ScenarioError, UnsprawlError } from '../../engine/errors.js';
import type { ActionId, Answer } from '../answer/answer.js';
import { assumptionsAnswer } from '../answer/assumptions-answer.js';
import { businessCaseAnswer, type BusinessCaseDelivery } from '../answer/business-case-answer.js';
import { clarifyAnswer } from '../answer/clarify-answer.js';
import { compareAnswer } from '../answer/compare-answer.js';
import { errorAnswer } from '../answer/error-answer.js';
import { noOrganisationsAnswer } from '../answer/no-organisations-answer.js';
import { figuresByOrganisation } from '../../engine/figures-by-organisation.js';
import { applyScenarioChoices } from '../../engine/scenario/apply-scenario-choices.js';
import { organisationHeadline } from '../answer/organisation-headline.js';
import { chooseDataCentres } from './choose-data-centres.js';
import { estateAnswer } from '../answer/estate-answer.js';
import { maturityAnswer } from '../answer/maturity-answer.js';
import { assessMaturity } from '../../engine/maturity/assess-maturity.js';
import { doNothingAnswer } from '../answer/do-nothing-answer.js';
import { hostsTodayAnswer } from '../answer/hosts-today-answer.js';
import { licenceRenewalAnswer } from '../answer/licence-renewal-answer.js';
import { runningCostByServiceAnswer } from '../answer/running-cost-by-service-answer.js';
import { costLineAnswer } from '../answer/cost-line-answer.js';
import { courtesyAnswer } from '../answer/courtesy-answer.js';
import { helpAnswer } from '../answer/help-answer.js';
import { readAs, type Reading } from '../answer/read-as.js';
import { drOptionsAnswer } from '../answer/dr-options-answer.js';
import { evaluationDrOptions } from '../../engine/dr/evaluation-dr-options.js';
import type { DrMethod } from '../../engine/dr/recovery-objectives.js';
import { unknownNameAnswer } from '../answer/unknown-name-answer.js';
import { recyclableServersAnswer } from '../answer/recyclable-servers-answer.js';
import { publishedCasesAnswer, type OurPlanFigures } from '../answer/published-cases-answer.js';
import { publishedCaseReproductions } from '../../engine/io/published-case-reproductions.js';
import { nonCashBenefitsAnswer } from '../answer/non-cash-benefits-answer.js';
import { nonCashBenefits } from '../../engine/benefits/non-cash-benefits.js';
import { refreshBaselineSentence } from '../answer/refresh-baseline-sentence.js';
import { recycledKitSentence } from '../answer/recycled-kit-sentence.js';
import { sensitivityAnswer } from '../answer/sensitivity-answer.js';
import { summaryPointerAnswer } from '../answer/summary-answer.js';
import { unknownAnswer } from '../answer/unknown-answer.js';
import { whatIfAnswer, type EvaluationResult } from '../answer/what-if-answer.js';
import { createLexicon } from '../understanding/create-lexicon.js';
import { describeScope } from '../understanding/describe-scope.js';
import type { Aliases } from '../understanding/load-aliases.js';
import { scopeExpression } from '../understanding/scope-expression.js';
import { understandQuestion } from '../understanding/understand-question.js';
import { emptyScope, type CompareTopic, type EstateTopic, type Refusal, type SensitivityTopic, type Understanding } from '../understanding/understanding.js';
import type { ActionRequest, BotCore, BotInputs, BotReply } from './bot-core.js';
import { restoreConversationContext, type ConversationContext, type LastIntent } from './conversation-context.js';
import { compareCandidates } from './compare-candidates.js';
import { planEach } from './plan-each.js';
import { hasNarrowing, hasScope, resolveScenario, type ResolvedScenario } from './resolve-scenario.js';
import { todaysHostsNotRecycled } from '../../engine/dr/todays-hosts-not-recycled.js';

export interface BotCoreOptions {
  inputs: BotInputs;
  /** Curated aliases; data/aliases.json when absent. */
  aliases?: Aliases;
  /** Today as YYYY-MM-DD (Europe/London), for estates without an as-of date; injectable for tests. */
  today?: () => string;
  /**
   * Renders the business case for a scenario and says where it is (the terminal writes a file).
   * Without it, the business-case answer gives the `unsprawl report` command to run.
   */
  businessCase?: (scenario: Scenario) => Promise<BusinessCaseDelivery>;
  /** Answers a monthly summary request from the history store, when one is connected. */
  summary?: (question: string) => Promise<Answer>;
}

/** A question is a chat message, not a document: longer text is refused before any parsing. */
const questionSchema = z.string().max(1_000, { error: (issue) => `a question can be up to 1,000 characters; this one has ${String(issue.input).length}` });

/**
 * Creates the bot core for one set of loaded inputs (see bot-core.ts for the contract).
 *
 * @example
 *   const core = createBotCore({ inputs: await loadInputs() });
 *   const { answer, context } = await core.ask('what if we consolidate ward systems?');
 *   const next = await core.ask('and with DR?', context);
 */
export function createBotCore(options: BotCoreOptions): BotCore {
  const { inputs } = options;
  const lexicon = createLexicon(inputs.estate, inputs.hosts, options.aliases);
  const today = options.today ?? londonToday;
  const services = largestServices(inputs);
  const start = defaultScenario(inputs.scenarios);
  const organisationsNamed = inputs.estate.servers.some((s) => s.organisation !== undefined);
  // "Shared two data centres", "close a data centre": the sites chosen are named, so the answer (and its tco command) says which.
  const resolve = (u: Understanding, context: ConversationContext) => {
    const { dataCentres } = chooseDataCentres(u, inputs.estate.servers);
    // "What is the saving per trust?", "close a data centre": about the whole estate when nothing narrower was named or asked before.
    const wholeByDefault = (u.closeSites !== undefined || u.byOrganisation === true) && !hasScope(u.scope) && !context.lastScenario;
    const asked: Understanding = { ...u, ...(wholeByDefault ? { scope: emptyScope(true) } : {}), ...(u.sharing && dataCentres ? { sharing: { ...u.sharing, dataCentres } } : {}) };
    const resolved = resolveScenario(asked, earlier(context), start);
    return resolved && dataCentres && !u.sharing ? { ...resolved, scenario: applyScenarioChoices(resolved.scenario, { dataCentres }) } : resolved;
  };

  const run = remembered((scenario: Scenario): EvaluationResult => evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance }), 64);
  // Each organisation's part re-appraises its servers alone: remembered like the evaluation it splits.
  const organisationsOf = remembered((scenario: Scenario) => figuresByOrganisation({ estate: inputs.estate, hosts: inputs.hosts, evaluation: run(scenario) })?.figures, 64);
  const uncertaintyOf = remembered((scenario: Scenario) => evaluationUncertainty({ estate: inputs.estate, hosts: inputs.hosts, evaluation: run(scenario), corePerformance: inputs.corePerformance }), 64);
  const reply = (answer: Answer, context: ConversationContext, intent: LastIntent, resolved?: ResolvedScenario): BotReply => ({
    answer,
    context: resolved
      ? { version: 1, lastScenario: resolved.scenario, ...(resolved.scope ? { lastScope: resolved.scope } : {}), lastIntent: intent }
      : { ...context, lastIntent: intent },
  });

  /** "The Dell boxes": every model of the vendor is evaluated and the best NPV kept. */
  const chooseVendorModel = (resolved: ResolvedScenario): ResolvedScenario => {
    if (!resolved.vendor) return resolved;
    const models = inputs.hosts.filter((h) => h.vendor === resolved.vendor).map((h) => h.model);
    const options = planEach(models.map((model) => ({ label: model, scenario: { ...resolved.scenario, host: model } })), run);
    const planned = options.flatMap((o) => ('evaluation' in o ? [o.evaluation] : []));
    const best = planned.sort((a, b) => b.appraisal.npv - a.appraisal.npv)[0];
    if (!best) {
      throw new ScenarioError('host', `none of the ${resolved.vendor} models can host ${scopeName(resolved)}: ${options.map((o) => ('refused' in o ? o.refused : '')).join('; ')}`);
    }
    return { ...(resolved.scope ? { scope: resolved.scope } : {}), scenario: { ...resolved.scenario, host: best.scenario.host } };
  };

  /**
   * "Get off VMware" names the hypervisor being left, not the target: when no other one is named
   * (or the last answer was on the one being left), the best NPV of the others.
   */
  const leaveHypervisor = (resolved: ResolvedScenario, leaving: Hypervisor | undefined): ResolvedScenario => {
    if (!leaving || (resolved.scenario.hypervisor !== 'best-value' && resolved.scenario.hypervisor !== leaving)) return resolved;
    const options = planEach(hypervisors.filter((h) => h !== leaving).map((h) => ({ label: h, scenario: { ...resolved.scenario, hypervisor: h } })), run);
    const best = options.flatMap((o) => ('evaluation' in o ? [o.evaluation] : [])).sort((a, b) => b.appraisal.npv - a.appraisal.npv)[0];
    if (!best) throw new ScenarioError('hypervisor', `no hypervisor other than ${leaving} can host ${scopeName(resolved)}: ${options.map((o) => ('refused' in o ? o.refused : '')).join('; ')}`);
    return { ...resolved, scenario: { ...resolved.scenario, hypervisor: best.scenario.hypervisor } };
  };

  const whatIf = (u: Understanding, context: ConversationContext): BotReply => {
    if (u.sharing && !organisationsNamed) return reply(noOrganisationsAnswer(inputs.estate.source), context, 'clarify');
    if (u.byOrganisation && !organisationsNamed) return reply(noOrganisations(u), context, 'clarify');
    const asked = resolve(u, context);
    if (!asked) return reply(whichPart(services), context, 'clarify');
    const resolved = leaveHypervisor(asked, u.leaving);
    const chosen = chooseVendorModel(resolved);
    const evaluation = run(chosen.scenario);
    const uncertainty = uncertaintyOf(chosen.scenario);
    const organisations = organisationsOf(chosen.scenario);
    const answer = whatIfAnswer(evaluation, scopeName(chosen), uncertainty, organisations);
    // Asked trust by trust: the headline answers for the figure asked, before the whole scope's sentence.
    if (u.organisationFigure && organisations) answer.headline = `${organisationHeadline(organisations, u.organisationFigure, chosen.scenario.mixOrganisations === true, evaluation.appraisal.horizonYears)} ${answer.headline}`;
    if (resolved.vendor) answer.notes.unshift(`${chosen.scenario.host} is the ${resolved.vendor} model with the best NPV for this scope.`);
    // Recycled kit and the refresh baseline change what the figures mean: the headline says so first.
    if (evaluation.scenario.recycle) answer.headline = `${recycledKitSentence(evaluation, inputs.estate.servers)} ${answer.headline}`;
    if (evaluation.scenario.recycle) withTodaysHosts(answer, evaluation, 'note');
    const baseline = evaluation.scenario.baseline;
    if (baseline !== 'sweat') answer.headline = `${refreshBaselineSentence(evaluation.appraisal, baseline)} ${answer.headline}`;
    answer.notes.unshift(...chooseDataCentres(u, inputs.estate.servers).notes);
    return reply(read(answer, u, 'consolidate', scopeName(chosen), chosen.scenario, evaluation.scenario), context, 'what-if', chosen);
  };

  /** The DR options over the scenario's option, for the DR tier the question names ("for critical systems", "high and above"). */
  const drOptionsReply = (u: Understanding, context: ConversationContext): BotReply => {
    // "for high and above" names the DR tier here, not which servers to consolidate.
    const tierFromScope = u.dr?.minCriticality === undefined ? u.scope.minCriticality : undefined;
    const { minCriticality: _tier, ...scope } = u.scope;
    const asked: Understanding = { ...u, intent: 'compare', dr: undefined, ...(tierFromScope ? { scope } : {}) };
    const resolved = resolve(asked, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const chosen = chooseVendorModel(resolved);
    const evaluation = run(chosen.scenario);
    const d = evaluationDrOptions(evaluation, inputs, u.dr?.minCriticality ?? tierFromScope ?? chosen.scenario.dr.minCriticality);
    const answer = drOptionsAnswer(d, scopeName(chosen), u.compareTopic === 'dr-recycle' ? 'recycling' : 'options', chosen.scenario, [
      { id: 'business-case', label: 'Business case PDF', scenario: chosen.scenario },
      { id: 'show-assumptions', label: 'Show assumptions', scenario: chosen.scenario },
    ], u.compareTopic === 'dr-recycle' ? undefined : u.drMethod);
    if (u.compareTopic === 'dr-recycle') withTodaysHosts(answer, evaluation, 'headline');
    const tier = d.minCriticality === 'critical' ? 'critical systems' : `${d.minCriticality} and above`;
    const method = u.drMethod && u.compareTopic !== 'dr-recycle' ? `the RPO, RTO and cost of ${drMethodWords[u.drMethod]} beside the other DR options` : 'the DR options';
    return reply(read(answer, asked, `cost ${method} for ${tier} over consolidating`, scopeName(chosen), chosen.scenario, evaluation.scenario, 'dr'), context, 'compare', chosen);
  };

  const compare = (u: Understanding, context: ConversationContext, topic: Exclude<CompareTopic, 'dr-options' | 'dr-recycle'> = u.compareTopic === 'dr-options' || u.compareTopic === 'dr-recycle' ? 'dr' : (u.compareTopic ?? 'hosts')): BotReply => {
    if (topic === 'sharing' && !organisationsNamed) return reply(noOrganisationsAnswer(inputs.estate.source), context, 'clarify');
    const resolved = resolve({ ...u, intent: 'compare', dr: topic === 'dr' ? undefined : u.dr }, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const base = resolved.scenario;
    const vendors = u.vendors.length > 0 ? u.vendors : resolved.vendor ? [resolved.vendor] : [];
    const candidates = compareCandidates(topic, u, resolved, inputs.hosts.filter((h) => vendors.length === 0 || vendors.includes(h.vendor)).map((h) => h.model));
    const title = { hypervisors: 'Hypervisors compared', hosts: 'Host models compared', scopes: 'Scopes compared', dr: 'With and without DR', sharing: 'Sharing hosts or keeping the trusts apart' }[topic];
    const answer = compareAnswer(title, scopeName(resolved), planEach(candidates, run), [
      { id: 'business-case', label: 'Business case PDF', scenario: base },
      { id: topic === 'hypervisors' ? 'compare-hosts' : 'compare-hypervisors', label: topic === 'hypervisors' ? 'Compare host models' : 'Compare hypervisors', scenario: base },
    ]);
    const what = { hypervisors: 'compare hypervisors for', hosts: `compare ${vendors.length > 0 ? `${vendors.join(' and ')} ` : ''}host models for`, scopes: 'compare, one by one,', dr: 'compare with and without DR for', sharing: 'compare the trusts sharing hosts with each on hosts of its own for' }[topic];
    return reply(read(answer, u, what, scopeName(resolved), base, undefined, topic), context, 'compare', topic === 'scopes' ? undefined : resolved);
  };

  const sensitivity = (u: Understanding, context: ConversationContext, topic: SensitivityTopic = u.sensitivityTopic ?? 'drivers'): BotReply => {
    const resolved = resolve({ ...u, intent: 'sensitivity' }, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const chosen = chooseVendorModel(resolved);
    const evaluation = run(chosen.scenario);
    const model = evaluationNpvModel({ estate: inputs.estate, hosts: inputs.hosts, evaluation, corePerformance: inputs.corePerformance });
    const bars = tornado(model);
    const keys = u.breakEvenKey ? [u.breakEvenKey] : bars.rows.filter((r) => r.effect !== 'replan' && r.swing > 0).slice(0, 3).map((r) => r.key);
    const answer = sensitivityAnswer({
      topic,
      scopeName: scopeName(chosen),
      scenario: chosen.scenario,
      assumptions: evaluation.assumptions,
      tornado: bars,
      breakEven: keys.map((key) => breakEven(model, key)),
      ...(topic === 'risk' ? { monteCarlo: monteCarlo(model) } : {}),
    });
    const what = { drivers: 'what matters most for', 'break-even': 'break-even values for', risk: 'how sure the result is for' }[topic];
    return reply(read(answer, u, what, scopeName(chosen), chosen.scenario, evaluation.scenario), context, 'sensitivity', chosen);
  };

  const businessCase = async (u: Understanding, context: ConversationContext): Promise<BotReply> => {
    const resolved = resolve({ ...u, intent: 'business-case' }, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const chosen = chooseVendorModel(resolved);
    const paper = (answer: Answer) => read(answer, u, 'the business case for consolidating', scopeName(chosen), chosen.scenario);
    if (!options.businessCase) return reply(paper(businessCaseAnswer(chosen.scenario, inputs.assumptions)), context, 'business-case', chosen);
    try {
      const delivery = await options.businessCase(chosen.scenario);
      return reply(paper(businessCaseAnswer(chosen.scenario, inputs.assumptions, delivery)), context, 'business-case', chosen);
    } catch (error) {
      // The command still works elsewhere (e.g. where Chromium is installed): say both things.
      const answer = businessCaseAnswer(chosen.scenario, inputs.assumptions);
      answer.notes.unshift(`I could not render the paper here: ${error instanceof Error ? error.message : String(error)}`);
      return reply(paper(answer), context, 'business-case', chosen);
    }
  };

  /** Maturity today and with the plan for the scope asked about (the whole estate by default), as `unsprawl plan` scores it. */
  const maturity = (u: Understanding, context: ConversationContext): BotReply => {
    // Not a what-if: with nothing named it is the whole estate (or the scope asked about before), never "which part?".
    const resolved = resolve(u, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const chosen = chooseVendorModel(resolved);
    const { plan, scenario } = run(chosen.scenario);
    const answer = maturityAnswer({
      scores: assessMaturity(inputs.estate, plan),
      ...(u.maturityCapability ? { capability: u.maturityCapability } : {}),
      scopeName: scopeName(chosen),
      scenario: chosen.scenario,
      hosts: plan.hosts,
      hostModel: plan.hostModel.model,
      source: inputs.estate.source,
      asOf: inputs.estate.asOf ?? today(),
    });
    return reply(read(answer, u, 'NIMM maturity, today and after consolidating', scopeName(chosen), chosen.scenario, scenario), context, 'estate', chosen);
  };

  /** A recycling answer on an estate that runs hosts today says those hosts are not reused (engine/dr/todays-hosts-not-recycled.ts). */
  const withTodaysHosts = (answer: Answer, evaluation: Evaluation, where: 'headline' | 'note'): void => {
    const sentence = todaysHostsNotRecycled(inputs.estate.hosts ?? [], evaluation.appraisal.appraisalYear, evaluation.assumptions.get('support.warrantyYears'));
    if (!sentence) return;
    if (where === 'headline') answer.headline = `${sentence} ${answer.headline}`;
    else answer.notes.unshift(sentence);
  };

  /** The moved servers that could be hosts instead of new ones, against the plan's host model for the scope asked about (the whole estate by default). */
  const recyclable = (u: Understanding, context: ConversationContext): BotReply => {
    const resolved = resolve(u, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const chosen = chooseVendorModel(resolved);
    const evaluation = run(chosen.scenario);
    const answer = recyclableServersAnswer(evaluation, inputs.estate.servers, scopeName(chosen));
    withTodaysHosts(answer, evaluation, 'headline');
    return reply(read(answer, u, 'servers that could be recycled as hosts when consolidating', scopeName(chosen), chosen.scenario, evaluation.scenario), context, 'estate', chosen);
  };

  /** Provisioning time, planned downtime and recovery time, today and with the plan for the scope asked about (engine/benefits, as the paper's benefits plan). */
  const benefits = (u: Understanding, context: ConversationContext): BotReply => {
    const resolved = resolve(u, context);
    if (!resolved) return reply(whichPart(services), context, 'clarify');
    const chosen = chooseVendorModel(resolved);
    const { plan, scenario, assumptions } = run(chosen.scenario);
    const answer = nonCashBenefitsAnswer({
      benefits: nonCashBenefits(inputs.estate, plan, assumptions),
      ...(u.benefit ? { focus: u.benefit } : {}),
      scopeName: scopeName(chosen),
      scenario: chosen.scenario,
      hosts: plan.hosts,
      hostModel: plan.hostModel.model,
    });
    return reply(read(answer, u, 'the non-cash benefits, today and after consolidating', scopeName(chosen), chosen.scenario, scenario), context, 'estate', chosen);
  };

  /** The published 2008 cases as `unsprawl cases` rebuilds them (worked out once per process), with our plan beside them when asked. */
  const publishedCases = async (u: Understanding, context: ConversationContext): Promise<BotReply> => {
    const result = await publishedCaseReproductions();
    const resolved = u.cases?.ourPlan ? resolve(u, context) : undefined;
    if (!resolved) {
      const answer = publishedCasesAnswer({ result, ...(u.cases?.figure ? { figure: u.cases.figure } : {}) });
      return reply(read(answer, u, 'the published NHS cases, reported and modelled', ''), context, 'estate');
    }
    const chosen = chooseVendorModel(resolved);
    const { plan, appraisal, scenario } = run(chosen.scenario);
    const before = appraisal.inventory.before.physicalServers;
    const ours: OurPlanFigures = {
      scopeName: scopeName(chosen),
      scenario: chosen.scenario,
      physicalBefore: before,
      hosts: plan.hosts,
      hostModel: plan.hostModel.model,
      servers: before === 0 ? null : (before - appraisal.inventory.after.physicalServers) / before,
      energy: appraisal.energyChange.percent,
      runningCosts: appraisal.savings.runningCosts.percent,
      hardwareAndSoftware: appraisal.savings.hardwareSoftware.percent,
      totalCostOfOwnership: appraisal.savings.totalCostOfOwnership.percent,
    };
    const answer = publishedCasesAnswer({ result, ours, ...(u.cases?.figure ? { figure: u.cases.figure } : {}) });
    return reply(read(answer, u, 'the published NHS cases beside consolidating', scopeName(chosen), chosen.scenario, scenario), context, 'estate', chosen);
  };

  /** An estate question split by organisation is offered again for the whole estate; anything else, consolidating everything. */
  const noOrganisations = (u: Understanding): Answer =>
    noOrganisationsAnswer(
      inputs.estate.source,
      u.byOrganisation ? { label: 'The whole estate', question: u.intent === 'what-if' ? 'what if we consolidate the whole estate?' : (wholeEstateQuestions[u.estateTopic ?? 'overview'] ?? 'tell me about the estate') } : undefined,
    );

  const estate = (u: Understanding, context: ConversationContext): BotReply => {
    // "Power by trust" on one trust's estate: say it names no organisations, and offer the question without the split.
    if (u.byOrganisation && !organisationsNamed) return reply(noOrganisations(u), context, 'clarify');
    if (u.estateTopic === 'maturity') return maturity(u, context);
    if (u.estateTopic === 'recyclable') return recyclable(u, context);
    if (u.estateTopic === 'non-cash-benefits') return benefits(u, context);
    if (u.estateTopic === 'published-cases') throw new UnsprawlError('INPUT_INVALID', 'the published cases are answered by publishedCases, which waits for them');
    const scoped = hasNarrowing(u.scope);
    const servers = scoped ? selectScope(inputs.estate.servers, scopeExpression(u.scope)) : inputs.estate.servers;
    const topic = u.estateTopic ?? 'overview';
    if (topic === 'hosts-today') return reply(read(hostsTodayAnswer(inputs.estate), u, `${estateTopicWords[topic]} for`, 'the whole estate'), context, 'estate');
    if (topic === 'running-cost-by-service') return reply(read(runningCostByServiceAnswer(inputs.estate, inputs.assumptions), u, `${estateTopicWords[topic]} for`, 'the whole estate'), context, 'estate');
    if (topic === 'licence-renewal') {
      const answer = licenceRenewalAnswer(inputs.estate, run({ ...start, scope: 'all' }).appraisal, inputs.assumptions);
      return reply(read(answer, u, `${estateTopicWords[topic]} for`, 'the whole estate'), context, 'estate');
    }
    if (topic === 'cost-line') {
      if (!u.costLine) throw new UnsprawlError('INPUT_INVALID', 'a question about a running cost names the cost line');
      // Today's spend is doing nothing's first running year for that line, at the prices asked about.
      const where = `${scoped ? describeScope(u.scope) : 'the whole estate'} (${servers.length} servers)`;
      const answer = costLineAnswer(run({ ...start, scope: scoped ? scopeExpression(u.scope) : 'all', overrides: { ...start.overrides, ...u.overrides } }).appraisal, u.costLine, where, scoped);
      return reply(read(answer, u, `today's ${u.costLine === 'rack' ? 'rack space' : u.costLine === 'staff' ? 'staff time' : u.costLine} spend for`, where, undefined, undefined, undefined, u.overrides), context, 'estate');
    }
    if (topic === 'do-nothing') {
      // Do nothing is the whole estate's, whatever the scope: the "Do nothing" column of every what-if.
      const atPrices: Scenario = { ...start, scope: 'all', overrides: { ...start.overrides, ...u.overrides } };
      const answer = doNothingAnswer(run(atPrices).appraisal, inputs.estate.servers.length);
      return reply(read(answer, u, 'what doing nothing costs for', `the whole estate (${inputs.estate.servers.length} servers)`, undefined, undefined, undefined, u.overrides), context, 'estate');
    }
    const answer = estateAnswer({
      topic,
      servers,
      scopeName: scoped ? describeScope(u.scope) : 'the whole estate',
      assumptions: inputs.assumptions,
      asOf: inputs.estate.asOf ?? today(),
      reviewAsOf: reviewDate(inputs.estate, inputs.assumptions),
      source: inputs.estate.source,
      ...(u.byOrganisation ? { byOrganisation: true } : {}),
      ...(u.olderThanYears !== undefined ? { olderThanYears: u.olderThanYears } : {}),
    });
    return reply(read(answer, u, `${u.olderThanYears !== undefined ? `servers more than ${u.olderThanYears} years old` : estateTopicWords[topic]}${u.byOrganisation ? ' by organisation' : ''} for`, `${scoped ? describeScope(u.scope) : 'the whole estate'} (${servers.length} servers)`), context, 'estate');
  };

  /** Puts how the question was read on the answer: its first note, and the model's own fields. */
  const read = (answer: Answer, u: Understanding, action: string, scope: string, scenario?: Scenario, chosen?: { host: string; hypervisor: Hypervisor }, compared?: Reading['compared'], costedAt?: Record<string, number>): Answer => {
    const interpretation = readAs({ understanding: u, action, scopeName: scope, assumptions: inputs.assumptions, ...(scenario ? { scenario } : {}), ...(chosen ? { chosen } : {}), ...(compared ? { compared } : {}), ...(costedAt ? { costedAt } : {}) });
    return { ...answer, notes: [`Read as: ${interpretation}.`, ...answer.notes], interpretation, unusedWords: u.unusedWords };
  };

  const respond = async (input: string, context: ConversationContext): Promise<BotReply> => {
    const parsed = questionSchema.safeParse(input);
    if (!parsed.success) throw new UnsprawlError('INPUT_INVALID', parsed.error.issues[0]?.message ?? 'the question could not be read');
    const text = parsed.data;
    const u = understandQuestion(text, lexicon);
    if (u.refusal) return reply(refusedAnswer(u.refusal, services), context, 'help');
    // "What did other trusts save?" asks about the published cases, not about a trust of this estate.
    if (!organisationsNamed && u.estateTopic !== 'published-cases' && namesATrust(text, [...u.unknownNames.map((n) => n.text), ...u.unusedWords])) return reply(noOrganisations(u), context, 'clarify');
    if (u.unknownNames.some((n) => n.kind !== 'number' || u.intent !== 'help') && u.intent !== 'summary') {
      return reply(unknownNameAnswer(text, u.unknownNames, services), context, 'clarify');
    }
    if (u.clarify) return reply(clarifyAnswer(u.clarify.question, u.clarify.choices), context, 'clarify');
    // "Split that by trust", "and by trust?" after a what-if: that what-if, trust by trust, not the estate's counts.
    if (u.intent === 'estate' && u.byOrganisation && context.lastIntent === 'what-if' && context.lastScenario && !hasScope(u.scope) && !estateNamed.test(text.toLowerCase())) {
      return whatIf({ ...u, intent: 'what-if', followUp: true, organisationFigure: 'figures' }, context);
    }
    switch (u.intent) {
      case 'help':
        return reply(u.courtesy ? courtesyAnswer(services) : helpAnswer(services, lexicon.vocabulary.organisations), context, 'help');
      case 'unknown':
        return reply({ ...unknownAnswer(text, services), unusedWords: u.unusedWords }, context, 'unknown');
      case 'assumptions': {
        const resolved = hasScope(u.scope) || Object.keys(u.overrides).length > 0 ? resolve(u, context) : undefined;
        const scenario = resolved?.scenario ?? context.lastScenario;
        return reply(read(assumptionsAnswer(inputs.assumptions, scenario), u, 'the assumptions in force for', scenario ? (scenario.description ?? scenario.scope) : 'every scenario'), context, 'assumptions');
      }
      case 'estate':
        return u.estateTopic === 'published-cases' ? publishedCases(u, context) : estate(u, context);
      case 'what-if':
        return whatIf(u, context);
      case 'compare':
        return u.compareTopic === 'dr-options' || u.compareTopic === 'dr-recycle' ? drOptionsReply(u, context) : compare(u, context);
      case 'sensitivity':
        return sensitivity(u, context);
      case 'business-case':
        return businessCase(u, context);
      case 'summary':
        return reply(options.summary ? await options.summary(text) : summaryPointerAnswer(previousMonth(today())), context, 'summary');
    }
  };

  /** A button carries its scenario; it becomes the conversation's last scenario for the action. */
  const contextFor = (request: ActionRequest): ConversationContext => {
    const context = restoreConversationContext(request.context);
    if (!request.scenario) return context;
    const scenario = scenarioSchema.parse(request.scenario);
    const sameAsLast = context.lastScenario && JSON.stringify(context.lastScenario) === JSON.stringify(scenario);
    return { version: 1, lastScenario: scenario, ...(sameAsLast && context.lastScope ? { lastScope: context.lastScope } : {}) };
  };

  const guarded = async (work: () => Promise<BotReply> | BotReply, context: ConversationContext): Promise<BotReply> => {
    try {
      return await work();
    } catch (error) {
      return reply(errorAnswer(error, context.lastScenario), context, 'error');
    }
  };

  const empty = emptyUnderstanding();
  return {
    async ask(text, stored) {
      const context = restoreConversationContext(stored);
      return guarded(() => respond(text, context), context);
    },
    async act(actionId: ActionId, request: ActionRequest = {}) {
      let context: ConversationContext;
      try {
        context = contextFor(request);
      } catch (error) {
        return reply(errorAnswer(error), restoreConversationContext(request.context), 'error');
      }
      switch (actionId) {
        case 'ask':
          return guarded(() => respond(request.question ?? '', context), context);
        case 'business-case':
          return guarded(() => businessCase(empty, context), context);
        case 'show-assumptions':
          return guarded(() => reply(assumptionsAnswer(inputs.assumptions, context.lastScenario), context, 'assumptions'), context);
        case 'compare-hypervisors':
          return guarded(() => compare(empty, context, 'hypervisors'), context);
        case 'compare-hosts':
          return guarded(() => compare(empty, context, 'hosts'), context);
        case 'sensitivity':
          return guarded(() => sensitivity(empty, context, 'drivers'), context);
      }
    },
  };
}

const estateTopicWords = {
  overview: 'an overview',
  count: 'server counts',
  age: 'server age',
  warranty: 'warranty',
  power: 'power',
  energy: 'energy',
  carbon: 'carbon',
  biggest: 'the biggest power users',
  'not-virtualisable': 'what stays physical',
  support: 'support spend',
  'power-by-service': 'power by service',
  'switch-off': 'servers to switch off',
  'do-nothing': 'what doing nothing costs',
  'hosts-today': "today's virtualisation hosts",
  'licence-renewal': "today's VMware subscription",
  'running-cost-by-service': 'running costs by service',
  'cost-line': "today's spend",
  recyclable: 'servers that could be recycled as hosts',
  'published-cases': 'the published NHS cases',
  'non-cash-benefits': 'the non-cash benefits',
} as const satisfies Record<Exclude<EstateTopic, 'maturity'>, string>;

/** Words that make a question by trust about the estate itself ("break the estate down by trust"), not the last what-if. */
const estateNamed = /\bestate\b|\bservers?\b|\binventory\b|\bkit\b|\bwarrant\w*|\bpower\b|\benergy\b|\bcarbon\b|\bsupport\b|\bold\b|\bage\b|\bhow many\b/;
/** How the Read-as line names the DR method a question asks about. */
const drMethodWords: Record<DrMethod, string> = { san: 'SAN-to-SAN replication', host: 'host-based replication', disk: 'backup to disk', tape: 'backup to tape' };

/** The estate question without "by trust", offered when the estate names no organisations. */
const wholeEstateQuestions: Partial<Record<EstateTopic, string>> = {
  count: 'how many servers do we have?',
  warranty: 'how many servers are out of warranty?',
  support: 'what do we spend on hardware support?',
  power: 'how much power do our servers draw?',
  energy: 'how much energy do our servers use?',
  carbon: "what is our servers' carbon footprint?",
  age: 'how old are our servers?',
};

/** Secrets, figures dictated to the bot, new instructions: the help answer, saying why. */
function refusedAnswer(refusal: Refusal, services: readonly string[]): Answer {
  const why = {
    secret: "I don't share tokens, passwords, keys or any other secret, and I can't read them.",
    figures: 'I can\'t set a figure to a value you give: every figure comes from the model and its documented assumptions. Change an assumption instead, e.g. "at 30p/kWh".',
    instructions: 'I only answer questions about the server estate; my instructions do not change.',
  }[refusal];
  const help = helpAnswer(services);
  return { ...help, headline: `${why} ${help.headline}`, interpretation: 'not a question about the estate' };
}

/**
 * "What would Northfield trust save?", "Trust A", "what would each trust save?": a question about
 * one trust of several, or each of them, asked of an estate that names no organisations: `unread`
 * holds the words no name or rule read (unknown names, unused words), the trust's name among them.
 */
function namesATrust(text: string, unread: readonly string[]): boolean {
  const lower = text.toLowerCase();
  // "Northfield trust": a word no rule read, said as a trust's name.
  return /\btrust [a-z]\b|\b(?:each|every|per|by) (?:trust|organi[sz]ation)\b/.test(lower) || unread.some((word) => lower.includes(`${word} trust`) || lower.includes(`${word} nhs`));
}

function earlier(context: ConversationContext) {
  return { ...(context.lastScenario ? { scenario: context.lastScenario } : {}), ...(context.lastScope ? { scope: context.lastScope } : {}) };
}

function emptyUnderstanding(): Understanding {
  return {
    intent: 'what-if',
    scope: emptyScope(),
    host: {},
    vendors: [],
    hostModels: [],
    hypervisors: [],
    overrides: {},
    followUp: true,
    addsToScope: false,
    unusedWords: [],
    unknownNames: [],
    corrections: [],
  };
}

function scopeName(resolved: ResolvedScenario): string {
  return resolved.scenario.description ?? resolved.scenario.scope;
}

/** The clarifying question for "what if we consolidate?" with nothing named and nothing earlier. */
function whichPart(services: readonly string[]): Answer {
  return clarifyAnswer('Which part of the estate should I consolidate?', [
    ...services.slice(0, 4).map((s) => ({ label: s, question: `what if we consolidate ${s}?` })),
    { label: 'The whole estate', question: 'what if we consolidate the whole estate?' },
  ]);
}

/** Services by number of servers, largest first: the examples and choices people see. */
function largestServices(inputs: BotInputs): string[] {
  const counts = new Map<string, number>();
  for (const s of inputs.estate.servers) counts.set(s.service, (counts.get(s.service) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function previousMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
