import type { AssumptionInForce } from '../../engine/assumptions/assumption-set.js';
import type { CostLine } from '../../engine/tco/appraisal.js';
import { formatMoney } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { AppendicesView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import { formatAssumptionValue } from './format-assumption-value.js';
import { glossary } from './glossary.js';
import { methodSections } from './method-sections.js';

const origins: Record<AssumptionInForce['origin'], string> = {
  default: '',
  file: ' (set in the assumptions file)',
  scenario: ' (set by the scenario)',
  cli: ' (set for this paper)',
  chat: ' (set in the question)',
};

const sides: Record<CostLine['side'], string> = { baseline: 'Do nothing', staying: 'Both', option: 'Option' };

/** Appendices A–C: assumptions, method with cost lines, glossary. Nothing here names a server. */
export function appendicesView(input: BusinessCaseInput, f: CaseFigures): AppendicesView {
  const { assumptions, appraisal } = input.preferred.evaluation;
  const overridden = assumptions.overridden();
  return {
    assumptionsNote: [
      `Every number the model uses is listed here with its source. ${overridden.length === 0 ? 'All are the documented defaults.' : `${overridden.length} differ from the documented defaults for this paper, as marked.`} Any of them can be changed and the paper regenerated (for example unsprawl report --set energy.pricePerKwh=0.30); the low and high values are the ranges used in the sensitivity analysis.`,
    ],
    assumptionsTable: tableView<AssumptionInForce>(
      'Table A1. Assumptions in force',
      [
        { label: 'Assumption', value: (a) => `${a.description} [${a.key}]` },
        { label: 'Value', value: (a) => `${formatAssumptionValue(a.value, a.unit)}${origins[a.origin]}` },
        { label: 'Range tested', value: (a) => (a.low !== undefined && a.high !== undefined ? `${formatAssumptionValue(a.low, a.unit)} – ${formatAssumptionValue(a.high, a.unit)}` : '—') },
        { label: 'Source', value: (a) => a.source },
      ],
      assumptions.all(),
      { className: 'compact assumptions' },
    ),
    method: methodSections(f),
    costLinesTable: tableView<CostLine>(
      `Table B1. Cost lines, their formulas and ${f.horizonYears}-year totals (undiscounted)`,
      [
        { label: 'Line', value: (l) => l.label },
        { label: 'Case', value: (l) => sides[l.side] },
        { label: 'Formula', value: (l) => l.formula },
        { label: 'Total', numeric: true, value: (l) => formatMoney(l.total) },
      ],
      appraisal.lines.filter((l) => l.total !== 0),
      { className: 'compact' },
    ),
    glossary: [...glossary],
  };
}
