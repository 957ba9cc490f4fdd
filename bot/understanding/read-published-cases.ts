import type { CaseFigure } from '../../engine/cases/case-definition.js';

/** Asking what other trusts achieved, or about the published cases themselves. */
const casesAsked =
  /\b(?:anyone|anybody|someone|somebody) else\b|(?<!\b(?:the|our|its) )\b(?:other|similar|comparable|peer|neighbouring|different) (?:nhs )?(?:trusts|hospitals|organi[sz]ations)\b|\b(?:other|another) (?:nhs )?trust\b|\bpublished (?:nhs )?(?:cases?|case studies|outcomes|results|figures|examples|evidence|savings|numbers|claims)\b|\bthe trust (?:that|which|who) (?:went|cut|moved|consolidated|reduced|got|did|recycled|built)\b|\bcase stud(?:y|ies)\b|\b(?:e-?health insider|ehi)\b|\b(?:2007|2008) (?:report|cases?|case studies|studies|figures|outcomes)\b|\b(?:the|those) (?:nhs )?(?:published )?cases\b|\b(?:unsprawl )?cases command\b|\b(?:nhs )?(?:examples|precedents?|evidence) (?:from|of) (?:other )?(?:nhs )?trusts\b|\bwhat (?:have|did) (?:other )?(?:nhs )?trusts\b/;

/** The words of a cases question the cases rule reads, so none is taken for a name. */
export const publishedCaseWords =
  /\b(?:other|similar|comparable|peer|neighbouring|different|another) (?:nhs )?(?:trusts?|hospitals|organi[sz]ations)\b|\bpublished\b|\b(?:nhs )?(?:case studies|cases?|outcomes|examples|precedents?|evidence|report)\b|\b(?:e-?health insider|ehi)\b|\b(?:2007|2008)\b|\b(?:nhs )?trusts\b|\bnhs\b|\b(?:manag(?:e|ed|es) to )?(?:cut|cuts|reduc(?:e|ed|es)|sav(?:e|ed|es)|lower(?:ed)?|achiev(?:e|ed)|get|got|manage|managed|reported|claimed|reproduc(?:e|ed))\b|\b(?:by |of |around |about |over )?\d+(?:\.\d+)? ?(?:%|per ?cent|percent)|\b(?:by |to )?(?:a |two |one )?(?:third|thirds|quarter|half)s?\b|\bmatch(?:es|ed)?\b|\bstack up\b|\bmeasure up\b|\bcompar\w*\b|\bversus\b|\bvs\b|\bagainst\b|\bwith\b|\bour (?:plan|proposal|option|business case|figures|numbers|results)\b|\bplan\b|\bours\b|\bresults?\b|\bclose\b|\bsavings?\b|\b(?:the )?trust (?:that|which|who)\b|\bwent(?: from)?\b|\bfrom \d+(?: servers?)? (?:to|down to|onto) \d+\b|\b\d+ servers?\b|\b(?:to|onto) \d+\b|\b\d+ (?:to|onto|into|down to) \d+\b|\b(?:anyone|anybody|someone|somebody) else\b|\b(?:down|up|end(?:ed)? up)\b|\b(?:reductions?|realistic|believable|plausible|credible|achievable|claim(?:s|ed)?|actually|really)\b/;

const figureWords: readonly [CaseFigure, RegExp][] = [
  ['energy', /\benergy\b|\bpower\b|\belectricity\b|\bkwh\b/],
  ['totalCostOfOwnership', /\btco\b|\btotal cost(?: of ownership)?\b/],
  ['runningCosts', /\brunning costs?\b|\bopex\b|\brevenue costs?\b/],
  ['hardwareAndSoftware', /\bhardware and software\b|\bhardware costs?\b|\bsoftware costs?\b/],
  ['hosts', /\bhosts?\b/],
  ['servers', /\b(?:fewer|number of|how many|count of) servers\b|\bservers? (?:count|numbers?)\b/],
];

/** "how does our plan compare", "against ours", "how do we stack up": our plan set beside the cases. */
const ourPlanAsked = /\bfor (?:us|our (?:trust|estate|plan))\b|\bour (?:[a-z]+ )?(?:saving|savings|reduction|cut|figures|numbers|results|plan|hosts|npv|tco)\b|\b(?:our|my|this|the trust'?s) (?:plan|proposal|option|business case|figures|numbers|results|consolidation|programme|project)\b|\b(?:we|us|ours)\b.{0,20}\b(?:compare|stack up|measure up|match)\b|\b(?:compare|compared|comparison|against|versus|vs|beside|with) (?:us|ours)\b|\bhow (?:do|would|does|will) (?:we|ours)\b/;

/** Organisations sharing hosts or data centres: a question about this estate's trusts. */
const sharing = /\b(?:shar(?:e|ed|es|ing)|pool(?:ed|ing)?|merg(?:e|ed|ing)|combin(?:e|ed|ing))\b/;

/**
 * A question about the 2008 published NHS cases ("did other trusts cut energy by 75%?", "what did
 * other NHS trusts save by virtualising?", "how does our plan compare with the published cases?"):
 * the figure asked about, when one is, and whether our plan is to be set beside them.
 * Undefined when the question is not about them.
 *
 * @example readPublishedCases('did other trusts manage to cut energy by 75%?') // { figure: 'energy', ourPlan: false }
 */
export function readPublishedCases(text: string): { figure?: CaseFigure; ourPlan: boolean } | undefined {
  // "the other trusts", "what if other trusts shared hosts?": the estate's own organisations, not the published ones.
  if (!casesAsked.test(text) || sharing.test(text)) return undefined;
  const figures = figureWords.filter(([, pattern]) => pattern.test(text)).map(([figure]) => figure);
  return { ...(figures.length === 1 ? { figure: figures[0] } : {}), ourPlan: ourPlanAsked.test(text) };
}
