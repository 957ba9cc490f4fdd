import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import type { Answer, AnswerAction } from './answer.js';
import { whatIfFacts, type EvaluationResult } from './what-if-answer.js';

/** One option of a comparison: its evaluation, or why the engine could not plan it. */
export type CompareOption = { label: string; evaluation: EvaluationResult } | { label: string; refused: string };

/**
 * Options side by side (hypervisors, host models, scopes, with and without DR), best NPV first,
 * every figure from the option's own evaluate() call.
 */
export function compareAnswer(title: string, scopeName: string, options: readonly CompareOption[], actions: AnswerAction[] = []): Answer {
  const planned = options.filter((o): o is Extract<CompareOption, { evaluation: EvaluationResult }> => 'evaluation' in o);
  const ranked = [...planned].sort((a, b) => b.evaluation.appraisal.npv - a.evaluation.appraisal.npv || a.label.localeCompare(b.label));
  const refused = options.filter((o): o is Extract<CompareOption, { refused: string }> => 'refused' in o);
  const [best, second] = ranked;
  const horizon = best?.evaluation.appraisal.horizonYears;
  const headline = !best
    ? `None of the options could be planned for ${scopeName}.`
    : second
      ? `For ${scopeName}, ${best.label} has the best NPV: ${formatMoneyShort(best.evaluation.appraisal.npv)} over ${horizon} years, ${formatMoneyShort(best.evaluation.appraisal.npv - second.evaluation.appraisal.npv)} better than ${second.label} (${formatMoneyShort(second.evaluation.appraisal.npv)}).`
      : `For ${scopeName}, only ${best.label} could be planned: NPV ${formatMoneyShort(best.evaluation.appraisal.npv)} over ${horizon} years.`;
  return {
    kind: 'compare',
    headline,
    figures: ranked.map((o) => ({ label: o.label, value: `NPV ${formatMoney(o.evaluation.appraisal.npv)}`, raw: o.evaluation.appraisal.npv })),
    tables: [
      {
        title,
        columns: ['Option', 'Hosts', 'Capital', 'Cash saving a year', 'NPV', 'Payback', 'Energy cut (whole estate)'],
        rows: [
          ...ranked.map((o) => {
            const { appraisal, plan } = o.evaluation;
            const facts = whatIfFacts(o.evaluation);
            return [
              o.label,
              `${formatNumber(plan.hosts)} x ${plan.hostModel.model}`,
              formatMoney(facts.capital),
              formatMoney(facts.cashSaving),
              formatMoney(appraisal.npv),
              appraisal.paybackMonths === null ? 'none' : `${formatNumber(appraisal.paybackMonths)} months`,
              facts.energyCut === null ? 'n/a' : formatPercent(facts.energyCut),
            ];
          }),
          ...refused.map((o) => [o.label, 'cannot be planned', '', '', '', '', '']),
        ],
      },
    ],
    notes: [
      `Each option is a separate run of the same model with the same assumptions; capital is the capital requirement (CDEL, irrecoverable VAT included); the cash saving is the recurring cash-releasing revenue saving in the first full year after migration.`,
      ...refused.map((o) => `${o.label}: ${o.refused}`),
    ],
    actions,
    ...(best ? { scenario: best.evaluation.asked } : {}),
  };
}
