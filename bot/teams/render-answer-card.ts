import type { Answer, AnswerAction, AnswerTable } from '../answer/answer.js';
import { escapeCardMarkdown as md } from './escape-card-markdown.js';

/** The Adaptive Card schema version we emit (Teams desktop, web and mobile render 1.5, Table included). */
export const ADAPTIVE_CARD_VERSION = '1.5';

/**
 * Teams refuses messages over about 28 KB; long tables are cut here and the full table is in the
 * business case, which the note says.
 */
const MAX_TABLE_ROWS = 15;

/** The `data` every submit button carries; the verb is the stable ActionId from the answer model. */
export interface CardActionData {
  verb: AnswerAction['id'];
  scenario?: AnswerAction['scenario'];
  question?: string;
}

export type AdaptiveElement = Record<string, unknown> & { type: string };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  fallbackText: string;
  speak: string;
  body: AdaptiveElement[];
  actions: AdaptiveElement[];
}

/**
 * Renders one platform-neutral Answer as an Adaptive Card 1.5: the headline as a heading, key
 * figures as a FactSet, each table as a Table element, notes in small subtle text, and one
 * Action.Submit per follow-up action with `{ verb, scenario }` so the click comes back to the bot
 * with the scenario it was about. The figures are the Answer's strings, unchanged, so Teams shows
 * exactly what Slack and the terminal show.
 *
 * @example
 *   MessageFactory.attachment(CardFactory.adaptiveCard(renderAnswerCard(answer)))
 */
export function renderAnswerCard(answer: Answer): AdaptiveCard {
  const body: AdaptiveElement[] = [
    { type: 'TextBlock', text: md(answer.headline), wrap: true, size: 'Large', weight: 'Bolder', style: 'heading' },
  ];
  if (answer.figures.length > 0) {
    body.push({ type: 'FactSet', facts: answer.figures.map((f) => ({ title: f.label, value: md(f.value) })) });
  }
  for (const table of answer.tables) body.push(...renderTable(table));
  for (const [index, note] of answer.notes.entries()) {
    body.push({ type: 'TextBlock', text: md(note), wrap: true, isSubtle: true, size: 'Small', ...(index === 0 ? { separator: true, spacing: 'Medium' } : { spacing: 'None' }) });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: fallbackText(answer),
    speak: answer.headline,
    body,
    actions: answer.actions.map((action) => renderAction(action, answer)),
  };
}

function renderTable(table: AnswerTable): AdaptiveElement[] {
  const shown = table.rows.slice(0, MAX_TABLE_ROWS);
  const elements: AdaptiveElement[] = [
    { type: 'TextBlock', text: md(table.title), wrap: true, weight: 'Bolder', spacing: 'Medium' },
    {
      type: 'Table',
      firstRowAsHeader: true,
      showGridLines: true,
      gridStyle: 'accent',
      columns: table.columns.map((_, index) => ({ type: 'TableColumnDefinition', width: index === 0 ? 2 : 1 })),
      rows: [
        tableRow(table.columns, true),
        ...shown.map((row) => tableRow(table.columns.map((_, index) => row[index] ?? ''), false)),
      ],
    },
  ];
  if (table.rows.length > shown.length) {
    elements.push({
      type: 'TextBlock',
      text: `Showing ${shown.length} of ${table.rows.length} rows; the business case has them all.`,
      wrap: true,
      isSubtle: true,
      size: 'Small',
    });
  }
  return elements;
}

function tableRow(cells: string[], header: boolean): AdaptiveElement {
  return {
    type: 'TableRow',
    ...(header ? { style: 'accent' } : {}),
    cells: cells.map((text) => ({
      type: 'TableCell',
      items: [{ type: 'TextBlock', text: md(text), wrap: true, ...(header ? { weight: 'Bolder' } : {}) }],
    })),
  };
}

function renderAction(action: AnswerAction, answer: Answer): AdaptiveElement {
  const scenario = action.scenario ?? answer.scenario;
  const data: CardActionData = {
    verb: action.id,
    ...(scenario ? { scenario } : {}),
    ...(action.question ? { question: action.question } : {}),
  };
  return { type: 'Action.Submit', title: action.label, data };
}

/** Shown by clients that cannot render the card, and read by screen readers in notifications. */
function fallbackText(answer: Answer): string {
  const figures = answer.figures.map((f) => `${f.label}: ${f.value}`);
  return [answer.headline, ...figures].join('\n');
}
