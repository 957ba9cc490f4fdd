import type { DrOption } from '../../engine/dr/dr-options.js';

/** How a sentence names each DR option, the same in the paper, the CLI and chat. */
export const drOptionInProse: Readonly<Record<DrOption['id'], string>> = {
  san: 'SAN-to-SAN replication to a mirrored room',
  host: 'host-based replication to a mirrored room',
  'host-recycled': 'host-based replication to a mirrored room of recycled servers',
  disk: 'backup to disk at a second site',
  tape: 'backup to tape kept off site',
};
