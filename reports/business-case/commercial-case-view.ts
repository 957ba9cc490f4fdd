import { licensingCatalogue } from '../../engine/licensing/licensing-catalogue.js';
import type { CostLine } from '../../engine/tco/appraisal.js';
import { formatMoney, formatNumber } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { CommercialCaseView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import { hypervisorName } from './hypervisor-name.js';

const licenceItems = /Licence$|Assurance$|^hypervisorSubscription$/;

/** Commercial case: how to buy it, how the software is licensed, and the contract risks. */
export function commercialCaseView(input: BusinessCaseInput, f: CaseFigures): CommercialCaseView {
  const frameworks = input.details.frameworks;
  const { scenario, appraisal } = input.preferred.evaluation;
  const rule = licensingCatalogue().hypervisors[scenario.hypervisor];
  const lines = appraisal.lines.filter((l) => l.side === 'option' && licenceItems.test(l.item));
  const later = (l: CostLine) => l.byYear[1] ?? 0;
  const sources = rule.sources.map((s) => `${s.title} (${s.date})`).join('; ');
  return {
    procurement: [
      `The hosts (${formatNumber(f.hosts)} × ${f.hostVendor} ${f.hostModel}), shared storage and networking are commodity items bought under the Procurement Act 2023 by further competition or direct award as a framework allows. ${frameworks ? `The trust expects to use ${frameworks.join(' or ')}; this is an assumption until procurement confirms the route.` : 'The case assumes a public-sector framework such as Crown Commercial Service Technology Products & Associated Services 2 (RM6098); procurement confirms the route.'} Prices in this case are indicative catalogue prices less a typical framework discount (Appendix A); optimism bias covers the gap until quotes are received.`,
      'Migration services (physical-to-virtual conversion, testing with each service, out-of-hours cut-overs) can be bought with the hardware or from a separate services lot; the trust’s infrastructure team keeps design authority and acceptance.',
    ],
    licensing: [
      `${hypervisorName(scenario.hypervisor)}: ${rule.product} from ${rule.vendor}. ${rule.notes}`,
      lines.length > 0
        ? `Licensing adds ${formatMoney(lines.reduce((s, l) => s + l.total, 0))} over ${f.horizonYears} years, shown line by line below with the rule each follows. Sources: ${sources}.`
        : `No licence costs arise for this option. Sources: ${sources}.`,
    ],
    licensingTable: tableView<CostLine>(
      `Table 9. Licences in the preferred option (${f.horizonYears}-year totals, undiscounted)`,
      [
        { label: 'Licence', value: (l) => l.label },
        { label: 'How it is counted', value: (l) => l.formula },
        { label: 'Year 0', numeric: true, value: (l) => formatMoney(l.byYear[0] ?? 0) },
        { label: 'Each later year', numeric: true, value: (l) => formatMoney(later(l)) },
        { label: 'Total', numeric: true, value: (l) => formatMoney(l.total) },
      ],
      lines,
    ),
    risks: [
      'Vendor price changes: subscription prices can rise at renewal. Mitigation: a fixed price for the appraisal period where the framework allows; the sensitivity in section 2.4 shows the effect of a higher price.',
      'Minimum order sizes and per-core minimums can make small clusters cost more per workload; the figures above already apply them.',
      'Supplier capacity for migration work: book resources early and phase migrations by service.',
      'Hardware lead times: order once approved; the plan allows for delivery in the first quarter.',
    ],
    exit: [
      `Exit from the hypervisor: virtual machines can be converted to another hypervisor, but conversion takes migration effort comparable to this project’s; the contract should allow subscriptions to end at the term without penalty${scenario.hypervisor === 'vmware' ? ', and the price risk of per-core subscriptions is the largest in table 9' : ''}.`,
      'Exit from the hardware: support contracts are bought for the appraisal period with an option to extend; at the end of life the hosts are refreshed or the services moved, and disks are destroyed with certificates.',
      'Data and configuration stay the trust’s: the contract requires export of virtual machine images, backups and documentation in open formats at no extra charge.',
    ],
  };
}
