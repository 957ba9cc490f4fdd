import { z } from 'zod';

/** Who may be answered along one dimension: everyone, or only the listed ids. */
export type AccessList = 'any' | readonly string[];

/**
 * Who the bot answers, shared by Slack and Teams. `organisations` are Slack workspaces (team
 * ids, or enterprise ids on Enterprise Grid) or Microsoft Entra tenants; `channels` are Slack
 * channels or Teams channels/conversations; `users` are Slack user ids or Entra object ids.
 * Direct messages are governed by `organisations` and `users` only: a direct message is not
 * in any channel an administrator could list.
 */
export interface AccessPolicy {
  organisations: AccessList;
  channels: AccessList;
  users: AccessList;
}

/**
 * An allow-list written in one environment variable: ids separated by commas or spaces, or `*`
 * for everyone. `idPattern` checks each id so a pasted channel name instead of its id is
 * caught at start-up, not as a puzzling refusal later.
 */
export function accessListSchema(idPattern: RegExp, example: string): z.ZodType<AccessList, string> {
  return z
    .string()
    .trim()
    .min(1, { error: `expected * or a list of ids such as ${example}` })
    .transform((text, ctx): AccessList => {
      if (text === '*') return 'any';
      const ids = text.split(/[\s,]+/).filter((id) => id.length > 0);
      for (const id of ids) {
        if (!idPattern.test(id)) {
          ctx.addIssue({ code: 'custom', message: `expected ids such as ${example} (or *), got "${id}"` });
        }
      }
      return ids;
    });
}
