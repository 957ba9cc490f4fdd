import { z } from 'zod';
import { AssumptionError } from '../errors.js';

/** One number the model uses, with where it comes from and the range it may take. */
export const assumptionSchema = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, { error: 'expected a dotted key such as energy.pricePerKwh' }),
    value: z.number(),
    unit: z.string().min(1),
    description: z.string().min(1),
    source: z.string().min(1, { error: 'every assumption needs a source' }),
    min: z.number(),
    max: z.number(),
    integer: z.boolean().default(false),
    /** Documented sensitivity range (tornado low/high); absent when not a key driver. */
    low: z.number().optional(),
    high: z.number().optional(),
  })
  .refine((a) => a.min <= a.value && a.value <= a.max, { error: 'value must lie within min and max', path: ['value'] });

export type Assumption = z.output<typeof assumptionSchema>;

/** Where the value in force came from, for the "assumptions used" tables. */
export type AssumptionOrigin = 'default' | 'file' | 'scenario' | 'cli' | 'chat';

export interface AssumptionInForce extends Assumption {
  origin: AssumptionOrigin;
  /** The documented default, kept when an override replaced it. */
  defaultValue: number;
}

/** The complete, validated set of assumptions for one engine call. Immutable. */
export class AssumptionSet {
  private constructor(private readonly byKey: ReadonlyMap<string, AssumptionInForce>) {}

  static fromList(list: readonly Assumption[]): AssumptionSet {
    const map = new Map<string, AssumptionInForce>();
    for (const a of list) {
      if (map.has(a.key)) throw new AssumptionError(a.key, `assumption ${a.key} is defined twice`);
      map.set(a.key, { ...a, origin: 'default', defaultValue: a.value });
    }
    return new AssumptionSet(map);
  }

  /** The value in force for a key; an unknown key is a programming or input error. */
  get(key: string): number {
    return this.entry(key).value;
  }

  entry(key: string): AssumptionInForce {
    const a = this.byKey.get(key);
    if (!a) throw new AssumptionError(key, `unknown assumption "${key}"; known keys: ${[...this.byKey.keys()].join(', ')}`);
    return a;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  all(): AssumptionInForce[] {
    return [...this.byKey.values()];
  }

  overridden(): AssumptionInForce[] {
    return this.all().filter((a) => a.origin !== 'default');
  }

  /**
   * A new set with some values replaced. Every override is checked against the key's bounds,
   * and the error names the key, the value and the allowed range.
   */
  with(overrides: Readonly<Record<string, number>>, origin: AssumptionOrigin): AssumptionSet {
    const next = new Map(this.byKey);
    for (const [key, value] of Object.entries(overrides)) {
      const current = this.entry(key);
      checkValue(current, value);
      next.set(key, { ...current, value, origin });
    }
    return new AssumptionSet(next);
  }
}

function checkValue(a: Assumption, value: number): void {
  if (!Number.isFinite(value)) throw new AssumptionError(a.key, `${a.key}: expected a number, got ${value}`);
  if (a.integer && !Number.isInteger(value)) {
    throw new AssumptionError(a.key, `${a.key}: expected a whole number from ${a.min} to ${a.max} (${a.unit}), got ${value}`);
  }
  if (value < a.min || value > a.max) {
    throw new AssumptionError(a.key, `${a.key}: expected a value from ${a.min} to ${a.max} (${a.unit}), got ${value}`);
  }
}

/**
 * Parses one `--set key=value` flag. Values may be plain numbers or percentages ("30%" = 0.3),
 * which is how people write headroom and growth.
 */
export function parseAssignment(text: string): { key: string; value: number } {
  const m = /^\s*([^=\s]+)\s*=\s*(.+?)\s*$/.exec(text);
  if (!m) throw new AssumptionError(text, `--set expects key=value (for example headroom.cpu=0.7), got "${text}"`);
  const key = m[1]!;
  const raw = m[2]!;
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(raw);
  const value = pct ? Number(pct[1]) / 100 : Number(raw.replace(/^£/, '').replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new AssumptionError(key, `${key}: expected a number, got "${raw}"`);
  return { key, value };
}
