import { UnsprawlError } from '../errors.js';
import type { Pence } from '../money.js';
import { keyEffect } from '../tco/key-effect.js';
import type { NpvModel } from './npv-model.js';

export interface TornadoRow {
  key: string;
  description: string;
  unit: string;
  /** What moving this key needs: re-pricing, re-measuring or re-planning (see tco/key-effect.ts). */
  effect: 'reprice' | 'remeasure' | 'replan';
  base: number;
  low: number;
  high: number;
  npvLow: Pence;
  npvHigh: Pence;
  /** |npvHigh - npvLow|: the bar's length. */
  swing: Pence;
}

export interface Tornado {
  baseNpv: Pence;
  /** Longest bar first. */
  rows: TornadoRow[];
  /** Keys whose low or high could not be planned (for example a headroom no host model can meet). */
  skipped: { key: string; reason: string }[];
}

/**
 * The tornado chart's data: NPV with each key driver moved, alone, to its documented low and
 * high (the `low`/`high` of data/assumptions.json), everything else at its value in force.
 */
export function tornado(model: NpvModel, keys?: readonly string[]): Tornado {
  const drivers = model.assumptions.all().filter((a) => a.low !== undefined && a.high !== undefined && (!keys || keys.includes(a.key)));
  const rows: TornadoRow[] = [];
  const skipped: Tornado['skipped'] = [];
  for (const a of drivers) {
    const low = a.low!;
    const high = a.high!;
    try {
      // A bar is read on its own: a re-plan behind it is packed close to its lower bound.
      const npvLow = model.npvAt({ [a.key]: low }, { closeToBound: true });
      const npvHigh = model.npvAt({ [a.key]: high }, { closeToBound: true });
      rows.push({
        key: a.key, description: a.description, unit: a.unit, effect: keyEffect(a.key),
        base: a.value, low, high, npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow),
      });
    } catch (error) {
      if (!(error instanceof UnsprawlError)) throw error;
      skipped.push({ key: a.key, reason: error.message });
    }
  }
  rows.sort((x, y) => y.swing - x.swing || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { baseNpv: model.base.npv, rows, skipped };
}
