/**
 * A separate OS process racing for ledger claims: `tsx claim-from-process.ts DB NAME COUNT GO_FILE`
 * opens the store, prints "ready", waits for GO_FILE to exist (so both racers start together),
 * claims (month, slack:C<i>) for i < COUNT and prints the keys it won as one JSON array.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { claimSummaryPost } from '../../store/ledger/claim-summary-post.js';
import { settleSummaryPost } from '../../store/ledger/settle-summary-post.js';
import { openStore } from '../../store/open-store.js';

const [path, name, count, goFile] = process.argv.slice(2);
const store = openStore({ path: path! });
process.stdout.write('ready\n');
while (!existsSync(goFile!)) await sleep(2);
const won: string[] = [];
for (let i = 0; i < Number(count); i += 1) {
  const key = { month: '2026-10', destination: `slack:C${i}`, instance: name! };
  const claim = claimSummaryPost(store, { ...key, now: new Date(), leaseMs: 600_000 });
  if (claim.claimed) {
    won.push(key.destination);
    settleSummaryPost(store, { ...key, now: new Date() }, { ok: true });
  }
  // Yield now and then so the other process gets turns at the lock in between.
  if (i % 10 === 0) await sleep(1);
}
store.close();
process.stdout.write(`${JSON.stringify(won)}\n`);
