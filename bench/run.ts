/**
 * `npm run bench`: runs every benchmark module in order and prints its figures under a heading.
 * Each module exports `run(): Promise<void>`; add one line to the list for a new area.
 */
const modules: { name: string; load: () => Promise<{ run: () => Promise<void> }> }[] = [
  { name: 'packing', load: () => import('./packing.js') },
  { name: 'slack', load: () => import('./slack.js') },
  { name: 'teams', load: () => import('./teams.js') },
  { name: 'estate-io', load: () => import('./estate-io.js') },
  { name: 'ask', load: () => import('./ask.js') },
  { name: 'tco', load: () => import('./tco.js') },
  { name: 'report', load: () => import('./report.js') },
  { name: 'summary', load: () => import('./summary.js') },
];

for (const module of modules) {
  console.log(`\n== ${module.name} ==`);
  await (await module.load()).run();
}
