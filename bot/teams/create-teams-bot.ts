import { Activity, ActivityTypes, type ConversationReference } from '@microsoft/agents-activity';
import { AgentApplication, CardFactory, CloudAdapter, MessageFactory, TurnState, type TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { Answer } from '../answer/answer.js';
import { UnsprawlError } from '../../engine/errors.js';
import { scenarioSchema, type ScenarioInput } from '../../engine/scenario/scenario.js';
import { buildFileConsentCard } from './build-file-consent-card.js';
import { buildFileInfoCard } from './build-file-info-card.js';
import { checkTeamsAccess } from './check-teams-access.js';
import { createReportShelf, type ReportShelf } from './create-report-shelf.js';
import { describeTeamsCaller, type TeamsCaller } from './describe-teams-caller.js';
import { renderAnswerCard, type AdaptiveCard, type CardActionData } from './render-answer-card.js';
import { renderReportLinkCard } from './render-report-link-card.js';
import { sendWithRetry } from './send-with-retry.js';
import { signReportLink } from './sign-report-link.js';
import type { TeamsAuditEntry, TeamsDeps } from './teams-deps.js';
import type { TeamsSettings } from './teams-settings.js';
import { toAuthConfiguration } from './to-auth-configuration.js';
import { uploadConsentedFile } from './upload-consented-file.js';

export const MONTHLY_SUMMARY = 'monthly-summary';

const actionIds = ['business-case', 'show-assumptions', 'compare-hypervisors', 'compare-hosts', 'sensitivity', 'ask'] as const;

/** Card data is user-controlled input: checked here before it reaches the core. */
const cardActionSchema = z.object({
  verb: z.enum(actionIds),
  scenario: z.unknown().optional(),
  question: z.string().max(500).optional(),
});

const fileConsentSchema = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: z.object({ reportId: z.string().uuid() }),
  uploadInfo: z
    .object({ contentUrl: z.string(), name: z.string(), uploadUrl: z.url(), uniqueId: z.string(), fileType: z.string() })
    .optional(),
});

const executeSchema = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string(), data: z.record(z.string(), z.unknown()).optional() }),
});

const SUBSCRIBE = /^(un)?subscribe(\s+(to\s+)?(the\s+)?monthly(\s+summary)?)?[.!]?$/i;

export interface TeamsBot {
  agent: AgentApplication<TurnState>;
  adapter: CloudAdapter;
  reports: ReportShelf;
  /** Posts an answer (rendered as a card) or a ready card into a stored conversation. */
  postProactive(reference: ConversationReference, answerOrCard: Answer | AdaptiveCard): Promise<string | undefined>;
}

/**
 * Builds the Teams receiver: an Agents SDK AgentApplication whose routes translate Teams activities
 * (personal messages, channel @mentions, card submits, Action.Execute and file-consent invokes) into
 * calls on the bot core, and Answers back into Adaptive Cards. It keeps each conversation's context
 * so a follow-up ("and with Hyper-V?") stays on the same scenario.
 *
 * @example
 *   const bot = createTeamsBot(settings, { core, renderBusinessCase, audit, log, conversations });
 *   app.post('/api/messages', express.json(), createAgentRequestHandler(bot.agent, authConfig));
 */
export function createTeamsBot<C>(settings: TeamsSettings, deps: TeamsDeps<C>): TeamsBot {
  const adapter = new CloudAdapter(toAuthConfiguration(settings.auth));
  const agent = new AgentApplication<TurnState>({ adapter, removeRecipientMention: true, startTypingTimer: false });
  const reports = createReportShelf();
  const contexts = new Map<string, C>();
  const now = deps.now ?? Date.now;
  const send = (context: TurnContext, activity: Activity | string) => sendWithRetry(context, activity, { log: deps.log, ...(deps.retry ? { policy: deps.retry } : {}) });
  const sendCard = (context: TurnContext, card: AdaptiveCard) => send(context, MessageFactory.attachment(CardFactory.adaptiveCard(card)));

  const audit = async (caller: TeamsCaller, entry: Omit<TeamsAuditEntry, 'platform' | 'conversationId' | 'scope'>) => {
    try {
      await deps.audit({ platform: 'teams', conversationId: caller.conversationId, scope: caller.scope, ...pick(caller), ...entry });
    } catch (error) {
      deps.log.error('teams: could not write the audit entry', { error: String(error) });
    }
  };

  /** Runs one turn's work; refusals and failures become a polite reply, never an unhandled error. */
  const guarded = async (context: TurnContext, work: (caller: TeamsCaller) => Promise<void>) => {
    const caller = describeTeamsCaller(context.activity);
    const access = checkTeamsAccess(settings.allow, caller);
    if (!access.allowed) {
      await audit(caller, { event: 'denied', reason: access.reason });
      await send(context, 'Sorry, unsprawl is not enabled for you here. Ask your IT team to add you to its allowed list.');
      return;
    }
    try {
      await remember(context, caller);
      await work(caller);
    } catch (error) {
      const known = error instanceof UnsprawlError;
      deps.log.error('teams: turn failed', { conversation: caller.conversationId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      await audit(caller, { event: 'error', reason: error instanceof Error ? error.message : String(error) });
      await send(context, known ? `I could not do that: ${error.message}` : 'Sorry, something went wrong working that out. The error has been logged.');
    }
  };

  const remember = async (context: TurnContext, caller: TeamsCaller) => {
    const reference = context.activity.getConversationReference();
    // Channel posts go to the channel itself (a new thread), not to the thread that asked.
    const conversationId = caller.scope === 'channel' && caller.channelId ? caller.channelId : caller.conversationId;
    await deps.conversations.save({
      conversationId,
      scope: caller.scope,
      ...pick(caller),
      reference: {
        ...(reference.user ? { user: { id: reference.user.id, name: reference.user.name } } : {}),
        ...(reference.agent ? { agent: { id: reference.agent.id, name: reference.agent.name } } : {}),
        ...(reference.locale ? { locale: reference.locale } : {}),
        conversation: { ...reference.conversation, id: conversationId },
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl ?? '',
      },
      updatedAt: new Date(now()).toISOString(),
    });
  };

  const answer = async (context: TurnContext, caller: TeamsCaller, result: { answer: Answer; context: C }) => {
    contexts.set(caller.conversationId, result.context);
    await sendCard(context, renderAnswerCard(result.answer));
    return result.answer;
  };

  const ask = async (context: TurnContext, caller: TeamsCaller, text: string) => {
    const subscribe = SUBSCRIBE.exec(text);
    if (subscribe) return toggleSubscription(context, caller, !subscribe[1]);
    const reply = await answer(context, caller, await deps.core.ask(text, contexts.get(caller.conversationId)));
    await audit(caller, { event: 'ask', text, answerKind: reply.kind, ...scenarioName(reply.scenario) });
  };

  const toggleSubscription = async (context: TurnContext, caller: TeamsCaller, on: boolean) => {
    const id = caller.scope === 'channel' && caller.channelId ? caller.channelId : caller.conversationId;
    await deps.conversations.setSubscription(id, MONTHLY_SUMMARY, on);
    await audit(caller, { event: on ? 'subscribe' : 'unsubscribe', verb: MONTHLY_SUMMARY });
    await send(context, on ? 'Done: the monthly summary will be posted here.' : 'Done: no more monthly summaries here.');
  };

  const act = async (context: TurnContext, caller: TeamsCaller, raw: unknown) => {
    const parsed = cardActionSchema.safeParse(raw);
    if (!parsed.success) {
      await send(context, 'That button is from an older version of unsprawl. Ask the question again for a fresh card.');
      return;
    }
    const scenario = validScenario(parsed.data.scenario);
    const action: CardActionData = { verb: parsed.data.verb, ...(scenario ? { scenario } : {}), ...(parsed.data.question ? { question: parsed.data.question } : {}) };
    await audit(caller, { event: 'action', verb: action.verb, ...scenarioName(scenario) });
    if (action.verb === 'business-case') return deliverBusinessCase(context, caller, scenario);
    if (action.verb === 'ask' && action.question) return ask(context, caller, action.question);
    await answer(context, caller, await deps.core.act(action, contexts.get(caller.conversationId)));
  };

  const deliverBusinessCase = async (context: TurnContext, caller: TeamsCaller, scenario: ScenarioInput | undefined) => {
    const report = await deps.renderBusinessCase(scenario);
    const expiresAt = now() + settings.linkTtlSeconds * 1000;
    const reportId = reports.put(report, expiresAt, now());
    if (caller.scope === 'personal') {
      const consent = buildFileConsentCard({
        fileName: report.fileName,
        sizeInBytes: report.pdf.byteLength,
        reportId,
        description: `Business case${scenario?.name ? ` for "${scenario.name}"` : ''} (PDF)`,
      });
      await send(context, MessageFactory.attachment(consent));
      await audit(caller, { event: 'file-consent', ...scenarioName(scenario) });
      return;
    }
    const url = signReportLink({ baseUrl: settings.publicBaseUrl, id: reportId, secret: settings.linkSecret, expiresAt: Math.floor(expiresAt / 1000) });
    await sendCard(context, renderReportLinkCard({ fileName: report.fileName, url, expiresAt, ...(scenario?.name ? { scenarioName: scenario.name } : {}) }));
    await audit(caller, { event: 'report-link', ...scenarioName(scenario) });
  };

  const fileConsent = async (context: TurnContext, caller: TeamsCaller, consentAnswer: z.output<typeof fileConsentSchema>) => {
    const { action, context: consent, uploadInfo } = consentAnswer;
    const shelved = reports.get(consent.reportId, now());
    if (action === 'decline') {
      reports.delete(consent.reportId);
      await send(context, 'No problem: the business case was not saved to your OneDrive.');
      return;
    }
    if (!shelved || !uploadInfo) {
      await send(context, 'That business case has expired. Press "Business case PDF" again for a fresh one.');
      return;
    }
    await uploadConsentedFile(uploadInfo.uploadUrl, shelved.pdf);
    reports.delete(consent.reportId);
    await send(context, MessageFactory.attachment(buildFileInfoCard(uploadInfo), 'Your business case is in your OneDrive:'));
    await audit(caller, { event: 'file-upload', text: uploadInfo.name });
  };

  agent.onActivity(ActivityTypes.Message, async (context) =>
    guarded(context, async (caller) => {
      const value: unknown = context.activity.value;
      if (typeof value === 'object' && value !== null && 'verb' in value) return act(context, caller, value);
      const text = stripMentions(context.activity.text ?? '');
      await ask(context, caller, text);
    }),
  );

  agent.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      const parsed = executeSchema.safeParse(context.activity.value);
      if (!parsed.success) return invokeResponse(context, 400);
      await invokeResponse(context, 200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Working on it…' });
      await guarded(context, (caller) => act(context, caller, { ...parsed.data.action.data, verb: parsed.data.action.verb }));
    },
    true,
  );

  agent.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'fileConsent/invoke',
    async (context) => {
      const parsed = fileConsentSchema.safeParse(context.activity.value);
      if (!parsed.success) return invokeResponse(context, 400);
      await invokeResponse(context, 200);
      await guarded(context, (caller) => fileConsent(context, caller, parsed.data));
    },
    true,
  );

  agent.onConversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((member) => member.id === context.activity.recipient?.id)) return;
    await guarded(context, async () => undefined);
  });

  agent.onError(async (context, error) => {
    deps.log.error('teams: unhandled turn error', { conversation: context.activity.conversation?.id, error: error.stack ?? error.message });
  });

  // Without an app id the SDK's connector client goes anonymous: an identity with no audience.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = settings.auth.mode === 'entra' ? settings.auth.appId : {};

  return {
    agent,
    adapter,
    reports,
    async postProactive(reference, answerOrCard) {
      const card = 'headline' in answerOrCard ? renderAnswerCard(answerOrCard) : answerOrCard;
      let id: string | undefined;
      await adapter.continueConversation(identity, { ...reference, activityId: undefined }, async (context) => {
        id = await sendCard(context, card);
      });
      return id;
    },
  };
}

async function invokeResponse(context: TurnContext, status: number, body?: unknown): Promise<void> {
  await context.sendActivity(Activity.fromObject({ type: ActivityTypes.InvokeResponse, value: { status, ...(body ? { body } : {}) } }));
}

/** The SDK removes the bot's own mention; other `<at>` tags (people) keep their name as text. */
function stripMentions(text: string): string {
  return text.replace(/<at>(.*?)<\/at>/gi, '$1').replace(/\s+/g, ' ').trim();
}

function validScenario(value: unknown): ScenarioInput | undefined {
  if (value === undefined) return undefined;
  const parsed = scenarioSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function scenarioName(scenario: ScenarioInput | undefined): { scenario?: string } {
  return scenario?.name ? { scenario: scenario.name } : {};
}

function pick(caller: TeamsCaller): Pick<TeamsCaller, 'tenantId' | 'teamId' | 'channelId' | 'userId'> {
  return {
    ...(caller.tenantId ? { tenantId: caller.tenantId } : {}),
    ...(caller.teamId ? { teamId: caller.teamId } : {}),
    ...(caller.channelId ? { channelId: caller.channelId } : {}),
    ...(caller.userId ? { userId: caller.userId } : {}),
  };
}
