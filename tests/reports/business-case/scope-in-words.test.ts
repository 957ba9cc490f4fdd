import { describe, expect, it } from 'vitest';
import { scopeInWords } from '../../../reports/business-case/scope-in-words.js';

describe('scopeInWords (option and paper titles)', () => {
  it.each([
    ['all', 'the whole estate'],
    ['', 'the whole estate'],
    ['service="Ward systems"', 'Ward systems'],
    ['service="Ward systems","Pathology LIMS",Pharmacy', 'Ward systems, Pathology LIMS and Pharmacy'],
    ['service="Ward systems"; criticality>=high', 'the servers in scope'],
    ['criticality>=high', 'the servers in scope'],
  ])('%j reads as %j', (scope, words) => {
    expect(scopeInWords(scope)).toBe(words);
  });
});
