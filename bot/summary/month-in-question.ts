import { addMonths } from '../../engine/summary/add-months.js';

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The month a summary question asks about, relative to today (YYYY-MM-DD, Europe/London):
 * "2026-10", "October", "oct 2026", "sept", "last month", "this month". A month name without a
 * year means the latest such month not after today. Undefined when the question names none.
 *
 * @example monthInQuestion('monthly summary for October please', '2026-11-25') // -> '2026-10'
 */
export function monthInQuestion(question: string, today: string): string | undefined {
  const text = question.toLowerCase();
  const iso = /\b(\d{4})-(0[1-9]|1[0-2])\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const current = today.slice(0, 7);
  if (/\b(last|previous|past) month\b/.test(text)) return addMonths(current, -1);
  if (/\bthis month\b/.test(text)) return current;
  // "may" is usually the verb ("may I see…"): take it as the month only after for/in/of/since or before a year.
  const named = /\b(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\b\.?(?:\s+(\d{4})\b)?/g;
  const match = [...text.matchAll(named)].find((m) => m[1] !== 'may' || m[2] !== undefined || /\b(for|in|of|since)\s+$/.test(text.slice(0, m.index)));
  if (!match) return undefined;
  return resolveNamed(match[1]!, match[2], current);
}

function resolveNamed(word: string, year: string | undefined, current: string): string {
  const index = monthNames.indexOf(word.slice(0, 3));
  if (year) return `${year}-${String(index + 1).padStart(2, '0')}`;
  const sameYear = `${current.slice(0, 4)}-${String(index + 1).padStart(2, '0')}`;
  return sameYear <= current ? sameYear : addMonths(sameYear, -12);
}
