import type { CaseFigure } from './case-definition.js';

/** `{figure@rule}` or `{@rule}` (the figure being explained). */
const placeholder = /\{([A-Za-z]*)@([a-z][a-z0-9-]*)\}/g;

export interface ExplanationPlaceholder {
  /** As written, without the braces. */
  text: string;
  /** Absent: the figure the explanation is about. */
  figure?: string;
  rule: string;
}

/** The placeholders an explanation uses, for checking them when the case book is loaded. */
export function explanationPlaceholders(text: string): ExplanationPlaceholder[] {
  return [...text.matchAll(placeholder)].map((m) => ({ text: `${m[1]}@${m[2]}`, ...(m[1] ? { figure: m[1] } : {}), rule: m[2]! }));
}

/** "5 hosts", "25% lower", "39% higher": a figure as the explanations' prose reads it. */
function inWords(figure: CaseFigure, value: number | null): string {
  if (value === null) return 'not modelled';
  if (figure === 'hosts') return `${value} host${value === 1 ? '' : 's'}`;
  const percent = Math.round(Math.abs(value) * 100);
  if (percent === 0) return 'about the same';
  return `${percent}% ${value > 0 ? 'lower' : 'higher'}`;
}

/**
 * An explanation with each placeholder replaced by the figure as computed under the rule it names,
 * so the "why" of a gap quotes the engine's own numbers (a reduction reads "25% lower", a count
 * "5 hosts"). `valueOf` returns undefined for a figure the case has no value for under that rule.
 *
 * @example fillExplanation('sized at installed memory it needs {@installed-memory}', 'hosts', valueOf) // "... needs 5 hosts"
 */
export function fillExplanation(text: string, figure: CaseFigure, valueOf: (figure: CaseFigure, rule: string) => number | null | undefined): string {
  return text.replace(placeholder, (whole, named: string, rule: string) => {
    const f = (named || figure) as CaseFigure;
    const value = valueOf(f, rule);
    if (value === undefined) throw new RangeError(`fillExplanation: ${whole} names a figure or rule the case was not run under`);
    return inWords(f, value);
  });
}
