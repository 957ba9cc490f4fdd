import type { UnknownName } from '../understanding/understanding.js';
import type { Answer } from './answer.js';

const kindWords: Readonly<Record<Exclude<UnknownName['kind'], 'number'>, string>> = {
  service: 'a service',
  site: 'a site',
  product: 'a host model, vendor or hypervisor',
};

/** An amount no rule placed, named back with what an amount of that form usually sets and how to say it. */
function amountSentence(text: string): string {
  const could = /%$/.test(text)
    ? 'a discount rate ("discount rate 5%"), demand growth ("growth of 3% a year"), how full hosts may run ("run hosts at 80% CPU") or the optimism bias ("optimism bias 40%")'
    : /^\d+(?:\.\d+)?p$/.test(text)
      ? 'an electricity price ("at 30p a unit")'
      : 'a price or cost ("migration cost £900 a server", "staff rate £40 an hour", "VMware price £250 a core")';
  return `I can't tell what ${text} is for: it could be ${could}`;
}

/**
 * A question naming something the trust does not have ("consolidate cardiology?", "the Leeds
 * site", "Nutanix AHV"): say so, with the nearest names it does have as buttons, and answer
 * nothing until the person says which. Never a near name in its place.
 *
 * @example unknownNameAnswer('consolidate cardiology?', [{ kind: 'service', text: 'cardiology', closest: ['Radiology PACS/RIS'] }], [...])
 */
export function unknownNameAnswer(question: string, unknown: readonly UnknownName[], services: readonly string[]): Answer {
  const sentences = unknown.map((u) =>
    u.kind === 'number'
      ? amountSentence(u.text)
      : `I don't know ${kindWords[u.kind]} called "${u.text}"${u.closest.length > 0 ? `; the closest I know are ${u.closest.join(', ')}` : ''}`,
  );
  const first = unknown.find((u) => u.kind !== 'number' && u.closest.length > 0);
  const choices = first ? first.closest.map((name) => ({ label: name, question: replaceWords(question, first.text, name) })) : [];
  return {
    kind: 'clarify',
    headline: `${sentences.join('. ')}.`,
    figures: [],
    tables: [],
    notes: [
      'I have not answered with a different one in its place. Ask again with a name I know, or choose one below.',
      ...(unknown.some((u) => u.kind === 'service') ? [`Services I know: ${services.join(', ')}.`] : []),
    ],
    actions: choices.map((c) => ({ id: 'ask' as const, label: c.label, question: c.question })),
  };
}

/** The question with the unknown words swapped for a known name, whatever their case. */
function replaceWords(question: string, words: string, name: string): string {
  const pattern = new RegExp(words.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
  return pattern.test(question) ? question.replace(pattern, name) : `${question} (${name})`;
}
