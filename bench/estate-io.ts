import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEstateWithWarnings } from '../engine/io/load-estate-with-warnings.js';
import { loadInputs } from '../engine/io/load-inputs.js';

async function time(label: string, work: () => Promise<number>): Promise<void> {
  const start = performance.now();
  const servers = await work();
  console.log(`${label}: ${servers} servers in ${(performance.now() - start).toFixed(0)} ms`);
}

/** Loading speed of the estate readers: both sample trusts, a large canonical CSV, a large RVTools workbook with its usage sheets. */
export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'unsprawl-bench-'));
  try {
    await time('sample trust, all four inputs (loadInputs)', async () => (await loadInputs()).estate.servers.length);
    await time('sample:virtual with hosts and licences (loadInputs)', async () => (await loadInputs({ estate: 'sample:virtual' })).estate.servers.length);

    const rows = Array.from({ length: 20_000 }, (_, i) => `SRV-${i},physical,Service ${i % 40},"App ${i}; App ${i + 1}",Main DC,production,high,Windows Server 2016,16,${i % 90},,64,40,500,250,2,2016,2021-03-31,600,yes,,`);
    const csv = join(dir, 'big.csv');
    await writeFile(csv, `id,kind,service,apps,site,environment,criticality,os,cpu_cores,cpu_util_p95,core_perf,mem_gb,mem_util_p95,storage_gb,power_watts,rack_units,purchase_year,warranty_end,annual_support_gbp,virtualisable,not_virtualisable_reason,anti_affinity\n${rows.join('\n')}\n`);
    await time('canonical CSV, 20,000 rows', async () => (await loadEstateWithWarnings(csv)).estate.servers.length);

    const workbook = new ExcelJS.Workbook();
    const vInfo = workbook.addWorksheet('vInfo');
    vInfo.addRow(['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Provisioned MiB', 'In Use MiB', 'OS according to the configuration file', 'Annotation', 'Datacenter', 'Cluster', 'Host']);
    for (let i = 0; i < 5_000; i++) vInfo.addRow([`VM-${i}`, 'poweredOn', false, 4, 16384, 204800, 102400, 'Microsoft Windows Server 2019 (64-bit)', `service: Service ${i % 40}`, 'Main DC', 'CL-1', `esx${i % 50}`]);
    const vHost = workbook.addWorksheet('vHost');
    vHost.addRow(['Host', 'Cluster', 'Datacenter', 'CPU Model', 'Speed', '# CPU', 'Cores per CPU', '# Memory', 'CPU usage %', 'Memory usage %', 'ESX Version']);
    for (let h = 0; h < 50; h++) vHost.addRow([`esx${h}`, 'CL-1', 'Main DC', 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', 2100, 2, 20, 786432, 30, 65, 'VMware ESXi 7.0.3']);
    // The usage sheets of an "export all": one reading per VM, which sizing takes with a margin.
    const vCpu = workbook.addWorksheet('vCPU');
    vCpu.addRow(['VM', 'CPUs', 'Max', 'Overall']);
    for (let i = 0; i < 5_000; i++) vCpu.addRow([`VM-${i}`, 4, 8400, (i * 37) % 8400]);
    const vMemory = workbook.addWorksheet('vMemory');
    vMemory.addRow(['VM', 'Size MiB', 'Consumed', 'Active']);
    for (let i = 0; i < 5_000; i++) vMemory.addRow([`VM-${i}`, 16384, (i * 53) % 16384, (i * 17) % 16384]);
    const xlsx = join(dir, 'rvtools.xlsx');
    await writeFile(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    await time('RVTools .xlsx, 5,000 VMs with vHost, vCPU and vMemory', async () => (await loadEstateWithWarnings(xlsx)).estate.servers.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
