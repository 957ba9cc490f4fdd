import { Activity } from '@microsoft/agents-activity';
import { describe, expect, it } from 'vitest';
import { checkAccess } from '../../../bot/access/check-access.js';
import { describeTeamsCaller } from '../../../bot/teams/describe-teams-caller.js';
import { toRequester } from '../../../bot/teams/to-requester.js';
import { loadTeamsSettings } from '../../../bot/teams/teams-settings.js';
import { TEAM, TENANT, USER, channelConversation, messageActivity, personalConversation } from '../../fixtures/teams/teams-harness.js';

const settings = loadTeamsSettings({
  TEAMS_ANONYMOUS_FOR_TESTS: 'true',
  NODE_ENV: 'test',
  TEAMS_PUBLIC_BASE_URL: 'http://127.0.0.1:3978',
  TEAMS_LINK_SECRET: 'x'.repeat(32),
  TEAMS_ALLOWED_TENANTS: TENANT.toUpperCase(),
  TEAMS_ALLOWED_TEAMS: TEAM,
  TEAMS_ALLOWED_USERS: USER,
})!;

function decide(activity: object) {
  return checkAccess(settings.access, toRequester(describeTeamsCaller(Activity.fromObject(activity))));
}

describe('Teams allow-lists', () => {
  it('admits a listed person in a listed team, and in personal chat, comparing GUIDs without case', () => {
    expect(decide(messageActivity('http://127.0.0.1:1/', channelConversation(), 'hi'))).toEqual({ allowed: true });
    const personal = messageActivity('http://127.0.0.1:1/', personalConversation(), 'hi');
    expect(decide({ ...personal, from: { ...personal.from, aadObjectId: USER.toUpperCase() } })).toEqual({ allowed: true });
  });

  it('refuses a channel in another team, a person not listed, and a message with no tenant', () => {
    expect(decide(messageActivity('http://127.0.0.1:1/', channelConversation('1', '19:other-team@thread.tacv2'), 'hi'))).toMatchObject({ allowed: false, reason: 'channel' });
    const stranger = messageActivity('http://127.0.0.1:1/', personalConversation(), 'hi');
    expect(decide({ ...stranger, from: { id: '29:x', aadObjectId: '99999999-9999-4999-8999-999999999999' } })).toMatchObject({ allowed: false, reason: 'user' });
    expect(decide({ ...stranger, channelData: {}, conversation: { id: 'a:x', conversationType: 'personal' } })).toMatchObject({ allowed: false, reason: 'organisation' });
  });
});
