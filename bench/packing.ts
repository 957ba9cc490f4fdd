/**
 * Packing quality and speed: instances with an optimum known by construction, and the public
 * Panigrahy-class instances (500 items, 3 dimensions) against the best published heuristics.
 * `npm run bench` runs it; `npx tsx bench/packing.ts` runs it alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { firstFitDecreasing, ffdVariants } from '../engine/packing/first-fit-decreasing.js';
import { packVectors } from '../engine/packing/pack-vectors.js';
import { prepareProblem, type PackingProblem } from '../engine/packing/packing-problem.js';
import { seededRandom } from '../engine/packing/seeded-random.js';

export const benchmarkDir = process.env.UNSPRAWL_VBP_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'vector-packing');

interface KnownOptimum extends PackingProblem {
  optimum: number;
}

/**
 * Splits k full bins into items in every dimension, so the optimum is k (the volume bound).
 * "cuts": each bin's capacity in each dimension is cut at random points into 3-8 pieces, so the
 * only packings with k bins are near-reconstructions of the original bins (the hardest case).
 * "estate": each bin is filled with VM shapes (1-16 vCPU-equivalents, 2-128 GB, 4:1 vCPUs) and the
 * last item takes whatever is left, like hosts carrying typical virtual machines.
 */
export function knownOptimum(kind: 'cuts' | 'estate', n: number, seed: number): KnownOptimum {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const capacity = kind === 'cuts' ? [1000, 1000, 1000] : [48, 768, 192];
  const items: number[][] = [];
  let bins = 0;
  while (items.length < n) {
    bins++;
    if (kind === 'cuts') {
      const t = Math.min(n - items.length, 3 + Math.floor(random() * 6));
      const columns = capacity.map((c) => {
        const cuts = new Set<number>();
        while (cuts.size < t - 1) cuts.add(1 + Math.floor(random() * (c - 1)));
        const edges = [0, ...[...cuts].sort((a, b) => a - b), c];
        return edges.slice(1).map((e, j) => e - edges[j]!);
      });
      for (let j = 0; j < t; j++) items.push(columns.map((col) => col[j]!));
      continue;
    }
    const left = [...capacity];
    for (;;) {
      const cores = pick([1, 1, 2, 2, 2, 4, 4, 8, 16]);
      const shape = [cores, cores * pick([2, 4, 4, 8, 8]), cores * pick([2, 4, 4])];
      if (shape.some((s, d) => s >= left[d]!) || items.length >= n - 1) break;
      items.push(shape);
      shape.forEach((s, d) => (left[d] = left[d]! - s));
    }
    items.push(left);
  }
  for (let i = items.length - 1; i > 0; i--) {
    const r = Math.floor(random() * (i + 1));
    [items[i], items[r]] = [items[r]!, items[i]!];
  }
  return { capacity, items, optimum: bins };
}

function bestFfd(problem: PackingProblem): number {
  const p = prepareProblem(problem);
  return Math.min(...ffdVariants.map((v) => firstFitDecreasing(p, v).length));
}

/** Wall-clock and process CPU milliseconds of one call. */
function timed<T>(f: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = f();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const pad = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');

function generated(): void {
  console.log(`Known optimum by construction (${seedsPerSize} seeds per size, 1 at 10,000; default budget; gap = (bins - optimum) / optimum;`);
  console.log('wall = elapsed ms, cpu = this process\'s CPU ms, which a busy shared machine inflates less)');
  const widths = [7, 6, 6, 6, 9, 9, 9, 9, 9];
  console.log(pad(['kind', 'items', 'opt', 'LB', 'FFD gap', 'our gap', 'ours-LB', 'max wall', 'max cpu'], widths));
  for (const kind of (['estate', 'cuts'] as const).filter((k) => only.includes(k))) {
    const gaps: number[] = [];
    for (const n of sizes) {
      const rows = Array.from({ length: n > 5000 ? 1 : seedsPerSize }, (_, k) => k + 1).map((seed) => {
        const instance = knownOptimum(kind, n, seed);
        const { result, ms, cpuMs } = timed(() => packVectors(instance));
        return { instance, result, ms, cpuMs, ffd: result.baseline.bins };
      });
      const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
      const ourGap = mean((r) => (r.result.bins.length - r.instance.optimum) / r.instance.optimum);
      if (n <= 5000) gaps.push(ourGap);
      console.log(
        pad(
          [
            kind,
            n,
            mean((r) => r.instance.optimum).toFixed(0),
            mean((r) => r.result.lowerBound.value).toFixed(0),
            pct(mean((r) => (r.ffd - r.instance.optimum) / r.instance.optimum)),
            pct(ourGap),
            mean((r) => r.result.bins.length - r.result.lowerBound.value).toFixed(1),
            Math.max(...rows.map((r) => r.ms)).toFixed(0),
            Math.max(...rows.map((r) => r.cpuMs)).toFixed(0),
          ],
          widths,
        ),
      );
      if (rows.some((r) => r.result.bins.length > r.ffd)) console.log('  WORSE THAN FFD on some instance');
    }
    if (gaps.length > 0) console.log(`  ${kind}: average gap to the optimum over 200-5,000 items: ${pct(gaps.reduce((a, b) => a + b, 0) / gaps.length)}`);
  }
}

/** The .vbp files of the Panigrahy tarball, read with zlib and a minimal ustar reader. */
export function readTarball(path: string): Map<string, string> {
  const tar = gunzipSync(readFileSync(path));
  const files = new Map<string, string>();
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const name = header.toString('latin1', 0, 100).replace(/\0.*$/s, '');
    if (name === '') break;
    const size = parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const prefix = header.toString('latin1', 345, 500).replace(/\0.*$/s, '');
    const full = prefix ? `${prefix}/${name}` : name;
    if (full.endsWith('.vbp')) files.set(full.split('/').pop()!.replace(/\.vbp$/, ''), tar.toString('utf8', offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Parses a .vbp instance: d, the d capacities, the number of item types, then sizes and a count per type. */
export function parseVbp(text: string): PackingProblem {
  const lines = text.trim().split(/\r?\n/).map((l) => l.trim().split(/\s+/).map(Number));
  const dims = lines[0]![0]!;
  const capacity = lines[1]!.slice(0, dims);
  const items: number[][] = [];
  for (const row of lines.slice(3)) for (let k = 0; k < row[dims]!; k++) items.push(row.slice(0, dims));
  return { capacity, items };
}

function panigrahy(): void {
  const files = readTarball(join(benchmarkDir, 'Panigrahy_instances.tar.gz'));
  const summary = readFileSync(join(benchmarkDir, 'Panigrahy_summary_known.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const chosen = summary.filter((r) => /_500_3_/.test(r[0]!) && Number(r[2]) > 0);
  const byClass = new Map<string, Row[]>();
  for (const r of chosen) {
    const name = r[0]!;
    const text = files.get(name);
    if (!text) throw new Error(`instance ${name} not in the tarball`);
    const problem = parseVbp(text);
    const { result, ms, cpuMs } = timed(() => packVectors(problem));
    const row = { opt: Number(r[2]), ours: result.bins.length, ffd: bestFfd(problem), overall: Number(r[3]), ic: Number(r[4]), lb: Number(r[1]), ms, cpuMs };
    const cls = name.split('_')[0]!;
    byClass.set(cls, [...(byClass.get(cls) ?? []), row]);
  }
  console.log(`\nPanigrahy classes, n = 500, d = 3, known optimum (${chosen.length} instances; bins averaged per class; gap = mean of (bins - OPT) / OPT)`);
  const widths = [7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8];
  console.log(pad(['class', 'OPT', 'ours', 'best', 'bestIC', 'ourFFD', 'our gap', 'best gap', 'IC gap', 'FFD gap', 'max wall', 'max cpu'], widths));
  const all: Row[] = [];
  for (const [cls, rows] of [...byClass.entries()].sort()) {
    all.push(...rows);
    console.log(pad(summaryRow(cls, rows), widths));
  }
  console.log(pad(summaryRow('all', all), widths));
}

interface Row {
  opt: number;
  ours: number;
  ffd: number;
  overall: number;
  ic: number;
  lb: number;
  ms: number;
  cpuMs: number;
}

function summaryRow(label: string, rows: readonly Row[]): string[] {
  const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
  const gap = (f: (r: (typeof rows)[number]) => number) => pct(mean((r) => (f(r) - r.opt) / r.opt));
  return [
    label,
    mean((r) => r.opt).toFixed(1),
    mean((r) => r.ours).toFixed(1),
    mean((r) => r.overall).toFixed(1),
    mean((r) => r.ic).toFixed(1),
    mean((r) => r.ffd).toFixed(1),
    gap((r) => r.ours),
    gap((r) => r.overall),
    gap((r) => r.ic),
    gap((r) => r.ffd),
    Math.max(...rows.map((r) => r.ms)).toFixed(0),
    Math.max(...rows.map((r) => r.cpuMs)).toFixed(0),
  ];
}

/**
 * UNSPRAWL_PACKING_BENCH narrows a run while tuning: a comma list of "estate", "cuts" and
 * "panigrahy" (default all), and UNSPRAWL_PACKING_SIZES a comma list of item counts.
 * UNSPRAWL_PACKING_SEEDS (default 3) widens it: instances per size up to 5,000, seeds 1 to N, for
 * an average less at the mercy of three draws.
 */
const only = (process.env.UNSPRAWL_PACKING_BENCH ?? 'estate,cuts,panigrahy').split(',');
const sizes = (process.env.UNSPRAWL_PACKING_SIZES ?? '200,500,1000,2000,5000,10000').split(',').map(Number);
const seedsPerSize = Number(process.env.UNSPRAWL_PACKING_SEEDS ?? 3);
if (!Number.isInteger(seedsPerSize) || seedsPerSize < 1) throw new RangeError(`UNSPRAWL_PACKING_SEEDS must be a whole number from 1, got ${process.env.UNSPRAWL_PACKING_SEEDS}`);

export async function run(): Promise<void> {
  if (only.includes('estate') || only.includes('cuts')) generated();
  if (only.includes('panigrahy')) panigrahy();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
