import type { DrMethod } from '../../engine/dr/recovery-objectives.js';

/** Each DR method as people name it; "tape backup" and "backup to disk" are methods, not the Backup service. */
const methodWords: readonly [DrMethod, RegExp][] = [
  ['tape', /\btapes?\b|\blto\b/],
  ['disk', /\b(?:backups? (?:to|on(?:to)?) disk|disk[- ]based backups?|disk backups?|disk to disk|d2d|backups? to a disk target|disk)\b/],
  ['san', /\bsan[- ]to[- ]san\b|\b(?:san|array)[- ]based replication\b|\b(?:san|array|storage) replication\b/],
  ['host', /\bhost[- ]based(?: replication)?\b|\b(?:host|hypervisor|host[- ]level|vm[- ]level) replication\b|\breplication software\b|\bvm replication\b|\b(?:zerto|veeam replication|hyper-v replica)\b/],
];

/**
 * The one DR method a DR question asks about ("what RPO would tape give us?", "recovery time if
 * we use backup to disk?"), so the answer can lead with that method's RPO, RTO and cost. Undefined
 * when none or several are named ("tape vs disk" compares them all, as the table does).
 *
 * @example readDrMethod("what's the recovery time if we use backup to disk?") // 'disk'
 */
export function readDrMethod(text: string): DrMethod | undefined {
  const named = methodWords.filter(([, pattern]) => pattern.test(text)).map(([method]) => method);
  // "tape vs replication": replication of either kind is a second method named.
  const replication = !named.includes('san') && !named.includes('host') && /\breplicat\w*|\bmirror\w*|\bsecond room\b/.test(text);
  return named.length === 1 && !replication ? named[0] : undefined;
}
