import type { Answer } from './answer.js';

/** Questions that work on any trust's inventory, using its own service names. */
export function exampleQuestions(services: readonly string[]): string[] {
  const [first = 'Ward systems', second = 'Pathology'] = services;
  return [
    `What if we consolidate ${first}?`,
    `${first} and ${second} onto the Dell boxes with DR, over 7 years`,
    'What if electricity hits 35p/kWh?',
    'How many servers are out of warranty?',
    "What can't be virtualised, and why?",
    'Compare hypervisors',
    'What matters most?',
    'What assumptions are you using?',
  ];
}

/**
 * "help": what the bot can answer, with examples a person can copy; on an estate of several
 * organisations (an integrated care system), how to ask about them too.
 */
export function helpAnswer(services: readonly string[], organisations: readonly string[] = []): Answer {
  const examples = exampleQuestions(services);
  const ics = organisations.length > 0
    ? [
        ['What if the trusts shared two data centres?', 'the organisations on shared hosts in the two largest sites, with each one\'s capital, saving, NPV and energy'],
        [`What would ${organisations[0]} save?`, 'one organisation consolidated alone'],
      ]
    : [];
  return {
    kind: 'help',
    headline: 'Ask me what consolidating part of the estate would save, what the estate looks like, or what the figures depend on.',
    figures: [],
    tables: [
      {
        title: 'Things you can ask',
        columns: ['Question', 'What you get'],
        rows: [
          [examples[0]!, 'hosts needed, savings, NPV, payback, energy and carbon'],
          [examples[1]!, 'the same for several services, a host vendor, a mirrored DR site, a longer horizon'],
          [examples[2]!, 'the answer with an assumption changed (also "30% headroom", "N+2", "10% growth a year")'],
          [examples[3]!, 'estate facts: counts, age, warranty, power, energy, carbon, biggest consumers'],
          [examples[4]!, 'the servers that stay physical and the reasons recorded'],
          [examples[5]!, 'VMware, Hyper-V and Proxmox side by side (also host models, with and without DR)'],
          [examples[6]!, 'which assumptions move the result most, and break-even values'],
          [examples[7]!, 'every assumption with its value and source'],
          ["What's the cheapest way to get DR?", 'mirrored room, replication, backup to disk or tape: cost, RPO and RTO of each (also "what RPO would tape give us?")'],
          ["What's the saving against a full refresh?", 'the option appraised against a like-for-like refresh instead of sweating the assets'],
          ['What did other NHS trusts save?', 'the published 2008 cases rebuilt and run through this model, reported beside modelled'],
          ['How mature is our capacity management?', 'NIMM scores today and with the plan; also recycled kit and non-cash benefits ("how much downtime would live migration save us?")'],
          ...ics,
        ],
      },
    ],
    notes: [
      'Follow-ups keep the context: "and with DR?", "what about over 7 years?", "compare hypervisors", "make the business case".',
      `Services I know: ${services.join(', ')}.`,
      ...(organisations.length > 0 ? [`Organisations I know: ${organisations.join(', ')}.`] : []),
    ],
    actions: [
      { id: 'ask', label: examples[0]!, question: examples[0]! },
      { id: 'ask', label: 'Estate warranty', question: examples[3]! },
      { id: 'show-assumptions', label: 'Show assumptions' },
    ],
  };
}
