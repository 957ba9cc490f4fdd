import { describe, expect, it } from 'vitest';
import { estimateCpuLaunchYear } from '../../../engine/io/rvtools/estimate-cpu-launch-year.js';

describe('estimateCpuLaunchYear', () => {
  it.each([
    ['Intel(R) Xeon(R) CPU E5-2650 0 @ 2.00GHz', 2012],
    ['Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz', 2013],
    ['Intel(R) Xeon(R) CPU E5-2660 v3 @ 2.60GHz', 2014],
    ['Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz', 2016],
    ['Intel(R) Xeon(R) Gold 6138 CPU @ 2.00GHz', 2017],
    ['Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz', 2019],
    ['Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', 2021],
    ['Intel(R) Xeon(R) Gold 6430', 2023],
    ['AMD EPYC 7302 16-Core Processor', 2019],
    ['AMD EPYC 9354P 32-Core Processor', 2022],
    ['Intel(R) Xeon(R) CPU X5670 @ 2.93GHz', 2010],
  ])('%s -> %i', (model, year) => {
    expect(estimateCpuLaunchYear(model)).toBe(year);
  });

  it('returns undefined for a CPU it does not know', () => {
    expect(estimateCpuLaunchYear('Apple M2')).toBeUndefined();
  });
});
