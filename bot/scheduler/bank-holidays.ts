import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../engine/errors.js';
import { dataDir } from '../../engine/io/project-paths.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

export const bankHolidaysSchema = z
  .object({
    division: z.string().min(1),
    source: z.string().min(1, { error: 'bank holiday dates need a source' }),
    years: z.array(z.number().int().min(2000).max(2100)).min(1),
    events: z.array(z.object({ date: isoDate, title: z.string().min(1) })),
  })
  .superRefine((b, ctx) => {
    b.events.forEach((e, i) => {
      if (!b.years.includes(Number(e.date.slice(0, 4)))) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'date'], message: `${e.date} is outside the years listed (${b.years.join(', ')})` });
      }
    });
  })
  .transform((b) => ({ division: b.division, source: b.source, years: new Set(b.years), dates: new Set(b.events.map((e) => e.date)) }));

/** Bank holidays for one division of the UK, with the years the list is complete for. */
export type BankHolidays = z.output<typeof bankHolidaysSchema>;

export const defaultBankHolidaysPath = join(dataDir, 'bank-holidays-england-and-wales.json');

/** Reads and validates a bank-holiday file (default: England and Wales, from GOV.UK). */
export async function loadBankHolidays(path: string = defaultBankHolidaysPath): Promise<BankHolidays> {
  const parsed = bankHolidaysSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((i) => ({ file: path, column: i.path.join('.'), message: i.message })));
  }
  return parsed.data;
}
