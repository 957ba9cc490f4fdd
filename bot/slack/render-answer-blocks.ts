import type { types } from '@slack/bolt';
import type { Answer, AnswerKind } from '../answer/answer.js';
import { encodeButtonValue } from './button-value.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderTableText } from './render-table-text.js';

const titles: Record<AnswerKind, string> = {
  'what-if': 'What if',
  estate: 'Your estate',
  compare: 'Comparison',
  sensitivity: 'What matters most',
  assumptions: 'Assumptions',
  'business-case': 'Business case',
  summary: 'Monthly summary',
  help: 'How to ask unsprawl',
  clarify: 'Which did you mean?',
  unknown: "I didn't catch that",
  error: 'That needs a change',
};

/** Slack's limits (Block Kit reference). */
const limits = { header: 150, sectionText: 3000, field: 2000, fieldsPerSection: 10, contextElements: 10, buttonText: 75, blocks: 50, fallback: 3000 };

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function header(answer: Answer): types.KnownBlock {
  const title = answer.scenario?.name && answer.kind === 'what-if' ? `${titles[answer.kind]}: ${answer.scenario.name}` : titles[answer.kind];
  return { type: 'header', text: { type: 'plain_text', text: clip(title, limits.header), emoji: false } };
}

function figureSections(answer: Answer): types.SectionBlock[] {
  const fields = answer.figures.map((f) => ({ type: 'mrkdwn' as const, text: clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, limits.field) }));
  const sections: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += limits.fieldsPerSection) {
    sections.push({ type: 'section', fields: fields.slice(i, i + limits.fieldsPerSection) });
  }
  return sections;
}

function notesContext(notes: string[]): types.ContextBlock | undefined {
  if (notes.length === 0) return undefined;
  const texts = notes.length <= limits.contextElements ? notes : [...notes.slice(0, limits.contextElements - 1), notes.slice(limits.contextElements - 1).join(' · ')];
  return { type: 'context', elements: texts.map((note) => ({ type: 'mrkdwn', text: clip(escapeMrkdwn(note), limits.sectionText) })) };
}

function buttons(answer: Answer): types.ActionsBlock | undefined {
  if (answer.actions.length === 0) return undefined;
  const seen = new Map<string, number>();
  const elements: types.Button[] = answer.actions.slice(0, 25).map((action) => {
    // Several `ask` choices share an ActionId; Slack wants action_ids unique within a block.
    const count = seen.get(action.id) ?? 0;
    seen.set(action.id, count + 1);
    const button: types.Button = {
      type: 'button',
      action_id: count === 0 ? action.id : `${action.id}:${count}`,
      text: { type: 'plain_text', text: clip(action.label, limits.buttonText), emoji: false },
      value: encodeButtonValue(action),
    };
    return action.id === 'business-case' ? { ...button, style: 'primary' } : button;
  });
  return { type: 'actions', block_id: 'answer-actions', elements };
}

/**
 * The Slack message for an answer: a header, the headline, key figures as section fields,
 * each table as aligned monospace text, the assumption notes and data date as a context line,
 * and the follow-up buttons (action_id = ActionId, value = the scenario). `text` is the
 * headline, which Slack shows in notifications and to screen readers without block support.
 */
export function renderAnswerBlocks(answer: Answer): { text: string; blocks: types.KnownBlock[] } {
  const blocks: types.KnownBlock[] = [header(answer)];
  if (answer.headline.trim() !== '') {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(escapeMrkdwn(answer.headline), limits.sectionText) } });
  }
  blocks.push(...figureSections(answer));
  for (const table of answer.tables) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: renderTableText(table) } });
  }
  const context = notesContext(answer.notes);
  if (context) blocks.push(context);
  const actions = buttons(answer);
  // Keep the buttons even when a long answer is cut to Slack's 50-block limit.
  const body = blocks.slice(0, limits.blocks - (actions ? 1 : 0));
  if (actions) body.push(actions);
  // The notification text is mrkdwn too: a `<!channel>` in a service name must not ping anyone.
  return { text: clip(escapeMrkdwn(answer.headline.trim() || titles[answer.kind]), limits.fallback), blocks: body };
}
