import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaperDetails } from '../../../reports/business-case/load-paper-details.js';
import { missingPaperDetails } from '../../../reports/business-case/missing-paper-details.js';
import { paperDetailsSchema } from '../../../reports/business-case/paper-details.js';

const file = (json: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'unsprawl-paper-')), 'paper.json');
  writeFileSync(path, json);
  return path;
};

describe('paper details (board details, data/paper.json)', () => {
  it('invents nothing: an empty file sets only the purpose, and every cover sheet item is listed as missing', () => {
    const d = paperDetailsSchema.parse({});
    expect(d.purpose).toBe('approval');
    expect(d.organisation).toBeUndefined();
    expect(missingPaperDetails(d)).toEqual(expect.arrayContaining(['organisation (trust name)', 'agendaItem (agenda item)', 'bafRisks (BAF references)', 'capitalEnvelopeGbp (capital envelope)']));
  });

  it('loads the sample trust file, where only the meeting date and agenda item are left to the board secretary', async () => {
    const d = paperDetailsSchema.parse(await loadPaperDetails());
    expect(missingPaperDetails(d)).toEqual(['meetingDate (meeting date)', 'agendaItem (agenda item)']);
  });

  it.each(['14/01/2027', '2027-02-30', '2027-13-45', ''])('refuses the meeting date %j with one clear message', (meetingDate) => {
    const result = paperDetailsSchema.safeParse({ meetingDate });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/expected (the meeting date as YYYY-MM-DD|a real calendar date)/);
  });

  it('names the file, the field and what was expected for a malformed file', async () => {
    await expect(loadPaperDetails(file('{"bafRisks":[{"ref":"BAF 1","title":"Outage","theme":"weather"}]}'))).rejects.toThrow(
      /paper\.json, bafRisks\[0\]\.theme: expected one of infrastructure, cyber, finance, sustainability/,
    );
    await expect(loadPaperDetails(file('{"agendaitem":"7.2"}'))).rejects.toThrow(/paper\.json.*agendaitem/);
    await expect(loadPaperDetails(file('{"capitalEnvelopeGbp":"lots"}'))).rejects.toThrow(/paper\.json, capitalEnvelopeGbp: expected a number of pounds/);
    await expect(loadPaperDetails(file('{ not json'))).rejects.toThrow(/paper\.json: expected valid JSON/);
  });
});
