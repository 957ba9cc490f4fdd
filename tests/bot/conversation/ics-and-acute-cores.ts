import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';

/** The three-trust sample's inputs and bot core, and the one-trust sample's core (no organisation column), on one fixed day. */
export async function icsAndAcuteCores(): Promise<{ ics: Inputs; core: BotCore; acute: BotCore }> {
  const ics = await loadInputs({ estate: 'sample:ics' });
  const today = () => '2026-11-25';
  return { ics, core: createBotCore({ inputs: ics, today }), acute: createBotCore({ inputs: await loadInputs(), today }) };
}
