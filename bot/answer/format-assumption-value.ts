import type { Assumption } from '../../engine/assumptions/assumption-set.js';
import { poundsToPence } from '../../engine/money.js';
import { formatMoney, formatNumber, formatPercent } from '../../reports/format/numbers.js';

/**
 * An assumption's value the way people say it: "25p/kWh", "75%", "N+1", "5 years",
 * "0.177 kgCO2e/kWh". Units come from data/assumptions.json; fractions print as percentages.
 */
export function formatAssumptionValue(assumption: Pick<Assumption, 'key' | 'unit'>, value: number): string {
  const unit = assumption.unit;
  if (assumption.key === 'ha.spareHosts') return `N+${formatNumber(value)}`;
  if (/^£\/kwh$/i.test(unit)) return value < 1 ? `${formatNumber(value * 100, decimals(value * 100))}p/kWh` : `£${formatNumber(value, 2)}/kWh`;
  if (/^(fraction|real rate)/i.test(unit)) return formatPercent(value, decimals(value * 100));
  if (unit === '%') return `${formatNumber(value, decimals(value))}%`;
  if (unit === 'years') return `${formatNumber(value)} ${value === 1 ? 'year' : 'years'}`;
  if (unit === 'calendar year') return String(value);
  if (unit === 'ratio') return formatNumber(value, decimals(value));
  if (/^£/.test(unit)) {
    const money = Number.isInteger(value) || Math.abs(value) >= 100 ? formatMoney(poundsToPence(value)) : `£${formatNumber(value, 2)}`;
    return `${money}${unit.slice(1)}`;
  }
  return `${formatNumber(value, decimals(value))} ${unit}`;
}

/**
 * As many decimals as the value needs, up to three (0.177, 1.8, 25), and never more than four
 * significant digits in all: a break-even of 10.1279... hours reads 10.13, not 10.128.
 */
function decimals(value: number): number {
  const whole = Math.abs(value) >= 1 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 0;
  const most = Math.max(0, Math.min(3, 4 - whole));
  for (let d = 0; d < most; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
  return most;
}
