import type { AccessPolicy } from '../access/access-policy.js';
import { checkAccess, type AccessDecision } from '../access/check-access.js';

export interface SlackRequester {
  teamId: string | undefined;
  enterpriseId: string | undefined;
  /** Undefined for a direct message with the bot. */
  channel: string | undefined;
  user: string | undefined;
}

/**
 * The allow-lists applied to a Slack request. A workspace is admitted by its team id or, on
 * Enterprise Grid, by its enterprise id, so an org-wide install can be allowed in one line.
 */
export function checkSlackAccess(policy: AccessPolicy, requester: SlackRequester): AccessDecision {
  const byTeam = checkAccess(policy, { organisation: requester.teamId, channel: requester.channel, user: requester.user });
  if (byTeam.allowed || byTeam.reason !== 'organisation' || requester.enterpriseId === undefined) return byTeam;
  return checkAccess(policy, { organisation: requester.enterpriseId, channel: requester.channel, user: requester.user });
}
