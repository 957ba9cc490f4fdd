import { formatPercent } from '../format/numbers.js';
import type { MethodSectionView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';

/** Appendix B: how every figure is worked out, in words a finance business partner can check. */
export function methodSections(f: CaseFigures): MethodSectionView[] {
  return [
    {
      title: 'B.1 Sizing (performance-based)',
      paragraphs: [
        'Each server’s demand is taken from its measured 95th-percentile utilisation, not its allocated size, converted to cores of the target host by relative per-core performance and grown over the appraisal period. Servers with no measurement are sized as they are (100%).',
      ],
      formulas: [
        'CPU demand (host cores) = cpu_cores × cpu_util_p95 ÷ 100 × core_perf ÷ host core_perf × (1 + growth.annual) ^ years',
        'Memory demand (GB) = mem_gb × max(mem_util_p95 ÷ 100, sizing.installedMemoryFloor) (or mem_gb when not measured) × (1 − sizing.memorySharing) × (1 + growth.annual) ^ years',
        'Usable host capacity = host cores × headroom.cpu; host RAM × headroom.ram; vCPUs ≤ host cores × overcommit.vcpuPerCore; local disk (where the model has it) × headroom.storage',
        'vCPUs of a converted physical server = CPU demand × sizing.vcpuComfortFactor, at least sizing.minVcpuAllocation and at most its current cores; existing VMs keep their vCPUs',
      ],
    },
    {
      title: 'B.2 Placement and the lower bound',
      paragraphs: [
        'Workloads are packed onto hosts in several dimensions at once (CPU, memory, storage, vCPUs) with the constraints: servers marked not virtualisable stay physical, anti-affinity groups go on different hosts, and each site forms its own cluster where the scenario says so. Spare hosts (ha.spareHosts per cluster) are then added so a cluster survives a host failure.',
        `The lower bound is the fewest hosts any plan could use under the same rules (per cluster, the largest of four counts: total demand divided by usable host capacity in each dimension; workloads over half a host, which need one each; workloads no two of which can share a host; and the workloads divided by the most one host can hold; plus the spares). This plan uses ${f.hosts} hosts against a lower bound of ${f.lowerBound}.`,
      ],
      formulas: ['Lower bound = Σ clusters [ max(volume, large items, incompatible set, item count) + ha.spareHosts ], where volume = max over dimensions ⌈ Σ demand ÷ usable capacity per host ⌉'],
    },
    {
      title: 'B.3 Costs: doing nothing and the option',
      paragraphs: [
        'Doing nothing keeps every server: hardware support (with an uplift out of warranty), energy, rack space, backup and staff time, and like-for-like replacement when a server reaches its service life (servers already past it are replaced over the first years). The option buys hosts, storage, networking and licences in year 0, pays their running costs, migrates and decommissions the old servers, and credits recent servers that are redeployed or sold. Servers the option leaves alone cost the same in both cases.',
        'Every cost line, with its formula and the assumption keys it reads, is listed in table B1 below.',
      ],
      formulas: ['Net cash flow (year t) = cost of doing nothing (t) − cost with the option (t)'],
    },
    {
      title: 'B.4 Energy and carbon',
      paragraphs: ['Average power comes from each server’s measured or estimated watts (hosts: idle power plus utilisation times the idle-to-maximum range); the server room’s cooling and power losses are included through the PUE.'],
      formulas: [
        'Average watts (host) = watts_idle + utilisation × (watts_max − watts_idle)',
        'kWh a year = average watts × 8,760 hours × energy.pue ÷ 1,000',
        'tCO2e a year = kWh × carbon.kgPerKwh ÷ 1,000',
      ],
    },
    {
      title: 'B.5 Net present value, payback and optimism bias',
      paragraphs: [
        `Cash flows are discounted at the Green Book rate of ${formatPercent(f.discountRate, 1)} real, year 0 being now (undiscounted). Payback is the month in which the cumulative undiscounted net cash flow turns positive, later years’ flows accruing evenly over their months; it counts cash only, so the residual value of equipment still in service at the end of the period (a credit in the final year, for doing nothing as well as for the option) is in the NPV but not in the payback. Optimism bias of ${formatPercent(f.optimismBiasRate)} is added to the option’s capital and is part of every figure.`,
      ],
      formulas: [
        'Discount factor (year t) = 1 ÷ (1 + discount.rate) ^ t',
        'NPV = Σ net cash flow (t) × discount factor (t), t = 0 … horizon',
        'Optimism bias = option capital × optimismBias.capital',
      ],
    },
    {
      title: 'B.6 Sensitivity',
      paragraphs: [
        'The tornado moves each key assumption alone to the low and high ends of its documented range (Appendix A), re-planning when the assumption changes the sizing. Break-even values are found by bisection within each assumption’s allowed bounds. The Monte Carlo analysis draws all price assumptions together from triangular distributions (low, value used, high) with a fixed seed, so the result can be reproduced.',
      ],
      formulas: [],
    },
  ];
}
