import type { MonthlySummary } from '../../engine/summary/monthly-summary.js';
import { formatDate, formatMoney, formatNumber } from '../format/numbers.js';

export interface SummaryFigure {
  label: string;
  value: string;
  /** The change since the previous snapshot, or the comparison that gives the value meaning. */
  note: string;
  raw: number;
}

const signed = (n: number, format: (v: number) => string) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : 'no change');

/**
 * The summary's key figures as people read them, in one place so the chat message and the
 * PDF print exactly the same text for the same month.
 */
export function summaryKeyFigures(summary: MonthlySummary): SummaryFigure[] {
  const { current, previous, plan } = summary;
  const since = previous ? ` since ${formatDate(previous.asOf)}` : '';
  const delta = (now: number, before: number | undefined, format: (v: number) => string = (v) => formatNumber(v)) =>
    before === undefined ? 'first snapshot' : `${signed(now - before, format)}${since}`;
  const figures: SummaryFigure[] = [
    { label: 'Servers', value: formatNumber(current.servers.total), note: delta(current.servers.total, previous?.servers.total), raw: current.servers.total },
    { label: 'Physical servers', value: formatNumber(current.servers.physical), note: delta(current.servers.physical, previous?.servers.physical), raw: current.servers.physical },
    { label: 'Virtual servers', value: formatNumber(current.servers.virtual), note: delta(current.servers.virtual, previous?.servers.virtual), raw: current.servers.virtual },
    {
      label: 'Virtualisation hosts',
      value: formatNumber(current.virtualisationHosts),
      note: current.consolidationRatio === null ? 'no hosts listed' : `consolidation ratio ${formatNumber(current.consolidationRatio, 1)} VMs per host`,
      raw: current.virtualisationHosts,
    },
    { label: 'Power draw', value: `${formatNumber(current.powerWatts / 1000, 1)} kW`, note: delta(current.powerWatts / 1000, previous && previous.powerWatts / 1000, (v) => `${formatNumber(v, 1)} kW`), raw: current.powerWatts },
    { label: 'Energy', value: `${formatNumber(current.energyKwhPerYear / 1000)} MWh a year`, note: delta(current.energyKwhPerYear / 1000, previous && previous.energyKwhPerYear / 1000, (v) => `${formatNumber(v)} MWh`), raw: current.energyKwhPerYear },
    { label: 'Carbon', value: `${formatNumber(current.co2eTonnesPerYear, 1)} t CO2e a year`, note: delta(current.co2eTonnesPerYear, previous?.co2eTonnesPerYear, (v) => `${formatNumber(v, 1)} t`), raw: current.co2eTonnesPerYear },
    { label: 'Running costs', value: `${formatMoney(current.runningCostPencePerYear)} a year`, note: delta(current.runningCostPencePerYear, previous?.runningCostPencePerYear, formatMoney), raw: current.runningCostPencePerYear },
    { label: `Warranty ending within ${summary.warrantyWindowDays} days`, value: formatNumber(summary.warrantyExpiring.length), note: `${formatNumber(current.outOfWarranty)} already out of warranty`, raw: summary.warrantyExpiring.length },
  ];
  if (summary.switchOff) {
    const { candidates, switchedOff } = summary.switchOff;
    figures.push({
      label: 'Idle and zombie servers still running',
      value: formatNumber(candidates.idle + candidates.zombie),
      note: `${formatNumber(candidates.zombie)} zombie, ${formatNumber(candidates.idle)} idle; ${formatNumber(switchedOff.length)} switched off${since || ' (first snapshot)'}`,
      raw: candidates.idle + candidates.zombie,
    });
  }
  if (plan) {
    figures.push(
      {
        label: 'Servers switched off vs plan',
        value: `${formatNumber(plan.actualServersOff)} of ${formatNumber(plan.plannedServersOff)}`,
        note: plan.status === 'on track' ? 'on track' : `${plan.status} by ${formatNumber(Math.abs(plan.difference))}`,
        raw: plan.actualServersOff,
      },
      {
        label: 'Savings realised vs forecast',
        value: `${formatMoney(plan.realisedSavingPencePerYear)} of ${formatMoney(plan.forecastSavingPencePerYear)} a year`,
        note: `against the ${plan.baselineMonth} baseline`,
        raw: plan.realisedSavingPencePerYear,
      },
    );
  }
  return figures;
}
