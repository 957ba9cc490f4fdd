import type { CaseEstateSpec } from './generate-case-estate.js';

/**
 * The published cases with an estate to rebuild: server counts as reported; the Windows share
 * is 80% (typical of 2008 NHS server rooms) except for the case that consolidated its Windows
 * estate, whose size was not reported and is taken as 60 servers.
 */
export const caseEstateSpecs: readonly CaseEstateSpec[] = [
  { id: 'thirty-to-five', servers: 30, windowsShare: 0.8, seed: 2008_30 },
  { id: 'thirty-two-to-nine', servers: 32, windowsShare: 0.8, seed: 2008_32 },
  { id: 'forty-to-three', servers: 40, windowsShare: 0.8, seed: 2008_40 },
  { id: 'windows-two-thirds', servers: 60, windowsShare: 1, seed: 2008_60 },
];
