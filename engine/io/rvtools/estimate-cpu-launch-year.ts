/**
 * The launch year of a server CPU, from the model string RVTools reports in vHost "CPU Model"
 * (e.g. "Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz", "Intel(R) Xeon(R) Gold 6230 CPU").
 * A VM's purchase_year is its host's, and sizing estimates per-core performance from it.
 * Returns undefined for CPUs it does not recognise, which leaves purchase_year empty.
 */
export function estimateCpuLaunchYear(cpuModel: string): number | undefined {
  const model = cpuModel.replace(/\(R\)|\(TM\)/gi, '');
  const e5 = /\bE[57]-\d{4}[A-Z]?(?:\s*v(\d))?/i.exec(model);
  if (e5) return ({ '': 2012, '2': 2013, '3': 2014, '4': 2016 } as Record<string, number>)[e5[1] ?? ''];
  const scalable = /\b(?:Platinum|Gold|Silver|Bronze)\s+\d(\d)\d{2}/i.exec(model);
  if (scalable) return ({ '1': 2017, '2': 2019, '3': 2021, '4': 2023, '5': 2024 } as Record<string, number>)[scalable[1] ?? ''];
  const epyc = /\bEPYC\s+([4789])\d{2}(\d)/i.exec(model);
  if (epyc) {
    const generation = Number(epyc[2]);
    if (epyc[1] === '7') return ({ 1: 2017, 2: 2019, 3: 2021 } as Record<number, number>)[generation];
    if (generation === 4) return epyc[1] === '9' ? 2022 : 2023;
    return generation === 5 ? 2024 : undefined;
  }
  if (/\b[XEL]5[56]\d{2}\b/.test(model)) return 2010;
  return undefined;
}
