/**
 * `npm run bench`: runs every benchmark module in order and prints its figures under a heading;
 * `npm run bench -- ask tco` runs only the named ones. Each module exports `run(): Promise<void>`;
 * add one line to the list for a new area.
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
  { name: 'scale', load: () => import('./scale.js') },
  { name: 'tornado-gaps', load: () => import('./tornado-gaps.js') },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !modules.some((m) => m.name === name));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${modules.map((m) => m.name).join(', ')}`);
  process.exit(2);
}

for (const module of modules.filter((m) => wanted.length === 0 || wanted.includes(m.name))) {
  console.log(`\n== ${module.name} ==`);
  await (await module.load()).run();
}
