import type { Activity } from '@microsoft/agents-activity';
import { z } from 'zod';
import { conversationScopes } from './conversation-reference-store.js';

export interface TeamsCaller {
  conversationId: string;
  scope: (typeof conversationScopes)[number];
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  /** Entra object id of the person; Teams always sends it for people in the tenant. */
  userId?: string;
  userName?: string;
}

const channelDataSchema = z
  .looseObject({
    tenant: z.looseObject({ id: z.string() }).optional(),
    team: z.looseObject({ id: z.string() }).optional(),
    channel: z.looseObject({ id: z.string() }).optional(),
  })
  .optional()
  .catch(undefined);

/**
 * Who is talking to the bot and where, from a Teams activity: tenant, team and channel (channel
 * conversations), Entra user id. Used for access control, audit entries and stored references.
 */
export function describeTeamsCaller(activity: Activity): TeamsCaller {
  const channelData = channelDataSchema.parse(activity.channelData);
  const conversation = activity.conversation;
  const type = conversation?.conversationType;
  const scope = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const tenantId = channelData?.tenant?.id ?? conversation?.tenantId;
  return {
    conversationId: conversation?.id ?? '',
    scope,
    ...(tenantId ? { tenantId } : {}),
    ...(channelData?.team?.id ? { teamId: channelData.team.id } : {}),
    ...(channelData?.channel?.id ? { channelId: channelData.channel.id } : {}),
    ...(activity.from?.aadObjectId ? { userId: activity.from.aadObjectId } : {}),
    ...(activity.from?.name ? { userName: activity.from.name } : {}),
  };
}
