import type { Requester } from '../access/check-access.js';
import type { TeamsCaller } from './describe-teams-caller.js';

/**
 * Maps a Teams caller onto the shared access check: the tenant is the organisation, the team is
 * the "channel" (channel conversations only; personal and group chats are in no team), the Entra
 * object id is the user. GUIDs are compared lower-case, as the settings store them.
 */
export function toRequester(caller: TeamsCaller): Requester {
  return {
    organisation: caller.tenantId?.toLowerCase(),
    channel: caller.scope === 'channel' ? (caller.teamId ?? '') : undefined,
    user: caller.userId?.toLowerCase(),
  };
}
