/**
 * Slack treats `&`, `<` and `>` in mrkdwn as control characters (links, mentions such as
 * `<!channel>`): a server called `<!here>` in an inventory must show as text, not ping anyone.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
