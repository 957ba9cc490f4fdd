import type { NotableChange } from '../../engine/summary/notable-changes.js';
import { formatDate, formatNumber } from '../format/numbers.js';

const list = (items: readonly string[], max = 4) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

/** One sentence per notable change, the same in the chat answer and the PDF. */
export function describeNotableChange(change: NotableChange): string {
  switch (change.kind) {
    case 'services-fully-virtualised':
      return `Now fully virtualised (no physical servers left): ${list(change.services)}.`;
    case 'hosts-added':
      return `Virtualisation hosts added: ${list(change.ids)}.`;
    case 'hosts-removed':
      return `Virtualisation hosts switched off: ${list(change.ids)}.`;
    case 'not-virtualisable-added':
      return `New servers that cannot be virtualised: ${list(change.servers.map((s) => `${s.id} (${s.service}${s.reason ? `: ${s.reason}` : ''})`), 3)}.`;
    case 'largest-power-reductions':
      return `Largest power reductions: ${list(change.servers.map((s) => `${s.id} ${s.change} (${formatNumber(s.powerWatts)} W)`), 3)}.`;
    case 'critical-warranty-expiring':
      return `Critical servers whose warranty ends soon: ${list(change.servers.map((s) => `${s.id} (${formatDate(s.warrantyEnd)})`), 3)}.`;
  }
}
