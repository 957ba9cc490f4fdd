import type { TeamsSettings } from './teams-settings.js';
import type { TeamsCaller } from './describe-teams-caller.js';

export type TeamsAccess = { allowed: true } | { allowed: false; reason: string };

/**
 * The Teams allow-lists, the same rules as Slack's workspace/channel/user lists: the tenant must be
 * listed (a single-tenant bot defaults to its own tenant); when teams are listed, channel
 * conversations must be in one of them; when users are listed, the person must be one of them.
 * Empty team and user lists mean "anyone in an allowed tenant".
 */
export function checkTeamsAccess(allow: TeamsSettings['allow'], caller: TeamsCaller): TeamsAccess {
  if (allow.tenants.length > 0 && !(caller.tenantId && includesId(allow.tenants, caller.tenantId))) {
    return { allowed: false, reason: `tenant ${caller.tenantId ?? '(none)'} is not allowed` };
  }
  if (allow.teams.length > 0 && caller.scope === 'channel' && !(caller.teamId && includesId(allow.teams, caller.teamId))) {
    return { allowed: false, reason: `team ${caller.teamId ?? '(none)'} is not allowed` };
  }
  if (allow.users.length > 0 && !(caller.userId && includesId(allow.users, caller.userId))) {
    return { allowed: false, reason: `user ${caller.userId ?? '(unknown)'} is not allowed` };
  }
  return { allowed: true };
}

/** Entra ids are GUIDs, compared case-insensitively; team ids (19:...@thread) exactly as sent. */
function includesId(list: string[], id: string): boolean {
  return list.some((item) => item.toLowerCase() === id.toLowerCase());
}
