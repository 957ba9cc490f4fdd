/**
 * Adaptive Card TextBlocks (and FactSet values) render a Markdown subset in Teams: a server
 * called `[text](url)` from an uploaded inventory would become a clickable link, `*x*` bold.
 * A backslash before each Markdown control character makes Teams show it as typed.
 */
export function escapeCardMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#~<>!|]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}
