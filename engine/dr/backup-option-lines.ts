import type { AssumptionReader } from '../tco/assumption-reader.js';
import { eachYear, runningYears, type LineDefinition } from '../tco/cost-line.js';

/** What a backup DR option protects, and when its kit is bought. */
export interface BackupQuantities {
  method: 'disk' | 'tape';
  /** Moved workloads at or above the DR tier. */
  protectedWorkloads: number;
  /** Their used storage in TB, grown over the horizon as the plan sizes it. */
  protectedTb: number;
  /** Years (0..horizon) the kit is bought: year 0 and after each refresh.serviceLifeYears, as the option's hosts. */
  purchaseYears: number[];
  horizonYears: number;
}

const pence = (pounds: number) => pounds * 100;
const side = 'option' as const;

/** Libraries enough to write a weekly full backup of the protected data in the weekend window. */
function tapeLibraries(q: BackupQuantities, a: AssumptionReader): number {
  return Math.max(1, Math.ceil(q.protectedTb / a.get('dr.tapeTbPerLibrary')));
}

function kitCapital(q: BackupQuantities, a: AssumptionReader): number {
  return q.method === 'disk'
    ? pence(a.get('dr.backupTargetBaseCost')) + q.protectedTb * a.get('dr.backupRetentionFactor') * pence(a.get('dr.backupTargetPerTb'))
    : tapeLibraries(q, a) * pence(a.get('dr.tapeLibraryCost'));
}

/**
 * The running lines only one of the two methods has: the disk target's link (its power and rack
 * space are the option's, as one more array), or tape media, vaulting and handling.
 */
function methodLines(q: BackupQuantities): LineDefinition[] {
  const h = q.horizonYears;
  if (q.method === 'disk') {
    return [
      {
        side, item: 'drLink', label: 'Inter-site link for the nightly copy', group: 'running', nature: 'revenue',
        amounts: (a) => runningYears(h, () => pence(a.get('dr.linkPerYear'))),
        keys: ['dr.linkPerYear'],
        formula: 'dr.linkPerYear',
      },
    ];
  }
  return [
    {
      side, item: 'drTapeMedia', label: 'Tape cartridges', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => q.protectedTb * pence(a.get('dr.tapeMediaPerTbYear'))),
      keys: ['dr.tapeMediaPerTbYear'],
      formula: 'protected TB x dr.tapeMediaPerTbYear',
      quantity: { unit: 'TB protected', byYear: () => runningYears(h, () => q.protectedTb) },
    },
    {
      side, item: 'drOffsite', label: 'Off-site tape storage and collection', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => pence(a.get('dr.tapeOffsitePerYear'))),
      keys: ['dr.tapeOffsitePerYear'],
      formula: 'dr.tapeOffsitePerYear',
    },
    {
      side, item: 'drTapeHandling', label: 'Staff time handling tapes', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => a.get('dr.tapeHandlingHoursYear') * pence(a.get('staff.costPerHour'))),
      keys: ['dr.tapeHandlingHoursYear', 'staff.costPerHour'],
      formula: 'dr.tapeHandlingHoursYear x staff.costPerHour',
      quantity: { unit: 'hours', byYear: (a) => runningYears(h, () => a.get('dr.tapeHandlingHoursYear')) },
    },
  ];
}

/**
 * The cost lines a backup DR tier adds to the option (scenario dr.method disk or tape): the backup
 * target (disk) or tape libraries bought with the hosts, which the option's residual value and
 * optimism bias then cover like its other kit, and the running lines: the kit's support at
 * storage.supportRate and the method's own costs. The backup software itself is already in every
 * option (backup.costPerVirtualServerYear); hosts to restore onto are found or bought after the
 * event, which is why these methods recover in days, not hours.
 *
 * @example backupOptionLines({ method: 'tape', protectedWorkloads: 2, protectedTb: 1, purchaseYears: [0], horizonYears: 3 }).kit
 */
export function backupOptionLines(q: BackupQuantities): { kit: LineDefinition; running: LineDefinition[] } {
  const h = q.horizonYears;
  const what = q.method === 'disk' ? 'Backup target at the second site' : 'Tape libraries';
  const kitKeys = q.method === 'disk' ? ['dr.backupTargetBaseCost', 'dr.backupRetentionFactor', 'dr.backupTargetPerTb'] : ['dr.tapeTbPerLibrary', 'dr.tapeLibraryCost'];
  const kit: LineDefinition = {
    side, item: 'drBackupKit', label: what, group: 'hardware-software', nature: 'capital',
    amounts: (a) => eachYear(h, (t) => (q.purchaseYears.includes(t) ? kitCapital(q, a) : 0)),
    keys: [...kitKeys, 'refresh.serviceLifeYears'],
    formula: q.method === 'disk'
      ? 'dr.backupTargetBaseCost + protected TB x dr.backupRetentionFactor x dr.backupTargetPerTb; bought in year 0 and after each refresh.serviceLifeYears'
      : 'libraries (protected TB / dr.tapeTbPerLibrary, rounded up, at least 1) x dr.tapeLibraryCost; bought in year 0 and after each refresh.serviceLifeYears',
    quantity: { unit: 'TB protected', byYear: () => eachYear(h, (t) => (q.purchaseYears.includes(t) ? q.protectedTb : 0)) },
  };
  const support: LineDefinition = {
    side, item: 'drBackupSupport', label: `${what}: support`, group: 'running', nature: 'revenue',
    amounts: (a) => runningYears(h, () => kitCapital(q, a) * a.get('storage.supportRate')),
    keys: [...kitKeys, 'storage.supportRate'],
    formula: `${q.method === 'disk' ? 'backup target' : 'tape library'} capital x storage.supportRate`,
  };
  return { kit, running: [support, ...methodLines(q)] };
}
