import type { ScenarioInput } from '../../engine/scenario/scenario.js';

const fileSafe = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';

/**
 * The business case's file name and upload title, both saying when disaster recovery is in: the
 * DR and plain papers of one scenario otherwise share a name, and the second download replaces
 * the first. File names keep to lower-case letters, digits and dashes, whatever the scenario is
 * called (an inventory's service names reach here).
 *
 * @example businessCaseNaming({ name: 'Ward systems', dr: { enabled: true } }, 'Business case') // business-case-ward-systems-with-dr.pdf
 */
export function businessCaseNaming(scenario: ScenarioInput, title: string): { filename: string; title: string } {
  const withDr = scenario.dr?.enabled === true;
  const stem = fileSafe(scenario.name);
  const drInName = /(^|-)dr(-|$)|disaster-recovery/.test(stem);
  return {
    filename: `business-case-${stem}${withDr && !drInName ? '-with-dr' : ''}.pdf`,
    title: withDr && !/\b(DR|disaster recovery)\b/i.test(title) ? `${title} (with disaster recovery)` : title,
  };
}
