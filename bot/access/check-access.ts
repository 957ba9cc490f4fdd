import type { AccessList, AccessPolicy } from './access-policy.js';

/** Where a message or button press came from, in the platform's own ids. */
export interface Requester {
  organisation: string | undefined;
  /** Absent for a direct (personal) conversation. */
  channel: string | undefined;
  user: string | undefined;
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: 'organisation' | 'channel' | 'user'; message: string };

const refusals = {
  organisation: "Sorry, I'm not set up to answer in this workspace. Please ask your IT infrastructure team if you need access.",
  channel: "Sorry, I only answer in the channels my administrators have chosen. Try one of those, or send me a direct message.",
  user: "Sorry, I can only answer people my administrators have given access to. Please ask your IT infrastructure team if you need it.",
} as const;

function admits(list: AccessList, id: string | undefined): boolean {
  if (list === 'any') return true;
  return id !== undefined && list.includes(id);
}

/**
 * Decides whether to answer, with a polite refusal to send otherwise. A request without an
 * id on a restricted dimension is refused: not knowing who asked is not permission.
 */
export function checkAccess(policy: AccessPolicy, requester: Requester): AccessDecision {
  if (!admits(policy.organisations, requester.organisation)) {
    return { allowed: false, reason: 'organisation', message: refusals.organisation };
  }
  if (requester.channel !== undefined && !admits(policy.channels, requester.channel)) {
    return { allowed: false, reason: 'channel', message: refusals.channel };
  }
  if (!admits(policy.users, requester.user)) {
    return { allowed: false, reason: 'user', message: refusals.user };
  }
  return { allowed: true };
}
