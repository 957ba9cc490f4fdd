import { basename, join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { decodeUtf8 } from './decode-utf8.js';
import { jsonProblems } from './json-problems.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes } from './read-input-bytes.js';

const fraction = z.number().min(0).max(1);

/** A published NHS consolidation outcome (data/case-studies.json), quoted as reported. */
export const caseStudySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  trust: z.string().min(1),
  serversBefore: z.number().int().positive().optional(),
  applications: z.number().int().positive().optional(),
  hostsAfter: z.number().int().positive().optional(),
  /** Reported reductions as fractions (0.7 = down 70%). */
  reductions: z
    .object({
      runningCosts: fraction.optional(),
      hardwareAndSoftware: fraction.optional(),
      totalCostOfOwnership: fraction.optional(),
      servers: fraction.optional(),
      energy: fraction.optional(),
    })
    .default({}),
  summary: z.string().min(1),
  /** What the case's programme included (DR, mirrored SAN, blades, recycled hosts ...), so a reader compares like with like. */
  includes: z.array(z.string().min(1)).default([]),
  source: z.string().min(1, { error: 'every case study needs its published source' }),
});

export type CaseStudy = z.output<typeof caseStudySchema>;

export const defaultCaseStudiesPath = (): string => join(dataDir, 'case-studies.json');

/** Loads the case studies reports and answers compare a plan against. */
export async function loadCaseStudies(path: string = defaultCaseStudiesPath()): Promise<CaseStudy[]> {
  const file = basename(path);
  const document = parseJsonDocument(decodeUtf8(await readInputBytes(path), file), file);
  const result = z.object({ caseStudies: z.array(caseStudySchema).min(1) }).safeParse(document);
  if (!result.success) throw new InputError(jsonProblems(file, result.error, document));
  return result.data.caseStudies;
}
