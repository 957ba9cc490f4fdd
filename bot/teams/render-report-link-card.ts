import { escapeCardMarkdown as md } from './escape-card-markdown.js';
import { ADAPTIVE_CARD_VERSION, type AdaptiveCard } from './render-answer-card.js';

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/**
 * In channels and group chats bots cannot attach files, so the business case is offered as a
 * link to the bot's own endpoint; the card says when the link stops working.
 */
export function renderReportLinkCard(options: { fileName: string; url: string; expiresAt: number; scenarioName?: string }): AdaptiveCard {
  const about = options.scenarioName ? ` for "${options.scenarioName}"` : '';
  const until = londonTime.format(new Date(options.expiresAt));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: `Business case${about}: ${options.url}`,
    speak: `The business case${about} is ready.`,
    body: [
      { type: 'TextBlock', text: md(`Business case${about} is ready`), wrap: true, size: 'Medium', weight: 'Bolder', style: 'heading' },
      { type: 'TextBlock', text: md(options.fileName), wrap: true },
      { type: 'TextBlock', text: `The link works until ${until} (UK time).`, wrap: true, isSubtle: true, size: 'Small' },
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open the business case (PDF)', url: options.url }],
  };
}
