import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../../../cli/commands/plan.js';
import { InputError } from '../../../engine/errors.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-hosts-in-use-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const estateCsv = [
  'id,kind,service,os,cpu_cores,mem_gb,cpu_util_p95,mem_util_p95,host,cluster,usage_basis,power_watts,purchase_year,annual_support_gbp',
  'VM-01,virtual,Ward systems,Windows Server 2019,4,16,20,50,esx-a,CL-1,snapshot,,,',
  'VM-02,virtual,Ward systems,Windows Server 2019,2,8,,,esx-b,CL-1,,,,',
  'ESX-OLD,physical,Virtualisation platform,VMware ESXi 6.7 U3,24,256,35,70,,CL-OLD,,420,2016,900',
].join('\n');

const hostsCsv = [
  'id,cluster,site,vendor,model,cpu_model,sockets,cores_per_socket,ram_gb,cpu_util,mem_util,power_watts,rack_units,purchase_year,warranty_end,annual_support_gbp,hypervisor',
  'esx-a,CL-1,Main DC,Dell Inc.,PowerEdge R740,Intel Xeon Gold 6230,2,20,768,25,60,,2,2019,2024-06-30,1450,vmware',
  'esx-b,CL-1,Main DC,Dell Inc.,PowerEdge R740,Intel Xeon Gold 6230,2,20,768,30,65,,2,2020,2025-06-30,0,vmware',
].join('\n');

const licencesCsv = [
  'product,hypervisor,unit,quantity,used,renewal_date,annual_price_gbp',
  'VMware vSphere Foundation,vmware,core,80,80,2027-03-31,',
].join('\n');

describe('hosts in use and licences from their own files', () => {
  it('adds a hosts-in-use CSV and a licences CSV to a canonical estate, through loadInputs', async () => {
    const inputs = await loadInputs({ estate: await file('estate.csv', estateCsv), hostsInUse: await file('hosts.csv', hostsCsv), licences: await file('licences.csv', licencesCsv) });
    const { hosts, licences } = inputs.estate;
    expect(hosts?.map((h) => [h.id, h.cluster, h.cores, h.ramGb, h.annualSupportPence])).toEqual([
      // A physical server whose OS is a hypervisor is a host too: 24 cores taken as 2 sockets of 12.
      ['ESX-OLD', 'CL-OLD', 24, 256, 90_000],
      ['esx-a', 'CL-1', 40, 768, 145_000],
      ['esx-b', 'CL-1', 40, 768, 0],
    ]);
    expect(hosts?.[0]).toMatchObject({ sockets: 2, coresPerSocket: 12, powerWatts: 420, purchaseYear: 2016, hypervisor: 'vmware', cpuUtil: 35 });
    expect(licences).toEqual([{ product: 'VMware vSphere Foundation', hypervisor: 'vmware', unit: 'core', quantity: 80, used: 80, renewalDate: '2027-03-31', annualPricePence: undefined }]);
  });

  it('takes the --hosts-in-use and --licences flags on the CLI', async () => {
    const out = await runPlan({ estate: await file('estate-cli.csv', estateCsv), hostsInUse: await file('hosts-cli.csv', hostsCsv), set: [], json: true });
    expect((JSON.parse(out) as { today: unknown }).today).toEqual({ hosts: 2, clusters: 1, cores: 80, ramGb: 1536 });
  });

  it('reads hosts and licences arrays in a JSON estate', async () => {
    const json = JSON.stringify({
      asOf: '2026-03-31',
      servers: [{ id: 'VM-01', kind: 'virtual', cpu_cores: 2, mem_gb: 8, host: 'hv-01', cluster: 'HV' }],
      hosts: [{ id: 'hv-01', cluster: 'HV', sockets: 2, cores_per_socket: 16, ram_gb: 512, hypervisor: 'hyperv' }],
      licences: [{ product: 'Windows Server 2022 Datacenter', hypervisor: 'hyperv', unit: 'core', quantity: 32 }],
    });
    const { estate } = await loadEstateWithWarnings(await file('estate.json', json));
    expect(estate.hosts?.map((h) => [h.id, h.hypervisor, h.cores])).toEqual([['hv-01', 'hyperv', 32]]);
    expect(estate.licences?.map((l) => [l.product, l.quantity])).toEqual([['Windows Server 2022 Datacenter', 32]]);
  });

  it('names the file, row and column of every bad host or licence', async () => {
    const badHosts = await file('bad-hosts.csv', 'id,sockets,cores_per_socket,ram_gb,hypervisor\nesx-1,two,20,768,vmware\nesx-2,2,20,768,xen\n');
    const badLicences = await file('bad-licences.csv', 'product,unit,quantity\nvSphere,per-vm,10\n');
    const error = await loadEstateWithWarnings(await file('estate-bad.csv', estateCsv), { hostsInUse: badHosts, licences: badLicences }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')).toEqual([
      'bad-hosts.csv row 2, sockets: expected a whole number of CPU sockets from 1 to 16, got "two"',
      'bad-hosts.csv row 3, hypervisor: expected vmware, hyperv, proxmox or other, got "xen"',
      'bad-licences.csv row 2, unit: expected core, socket, host, vm or other, got "per-vm"',
    ]);
  });
});
