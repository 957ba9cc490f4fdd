import { Activity, ActivityTypes, type ConversationReference } from '@microsoft/agents-activity';
import { AgentApplication, CardFactory, CloudAdapter, MessageFactory, TurnState, type ConnectorClient, type TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { ActionId, Answer } from '../answer/answer.js';
import { checkAccess, type AccessDecision } from '../access/check-access.js';
import type { AuditEntry } from '../audit/audit-log.js';
import type { BotReply } from '../conversation/bot-core.js';
import { scenarioSchema, type ScenarioInput } from '../../engine/scenario/scenario.js';
import { buildFileConsentCard } from './build-file-consent-card.js';
import { buildFileInfoCard } from './build-file-info-card.js';
import { createConversationContexts } from './create-conversation-contexts.js';
import { createReportShelf, type ReportShelf } from './create-report-shelf.js';
import { describeTeamsCaller, type TeamsCaller } from './describe-teams-caller.js';
import { downloadTeamsFile } from './download-teams-file.js';
import { renderImportCard } from './render-import-card.js';
import { renderAnswerCard, type AdaptiveCard } from './render-answer-card.js';
import { renderReportLinkCard } from './render-report-link-card.js';
import { sendWithRetry } from './send-with-retry.js';
import { signReportLink } from './sign-report-link.js';
import type { TeamsDeps } from './teams-deps.js';
import type { TeamsSettings } from './teams-settings.js';
import { toAuthConfiguration } from './to-auth-configuration.js';
import { toRequester } from './to-requester.js';
import { uploadConsentedFile } from './upload-consented-file.js';

const actionIds = ['business-case', 'show-assumptions', 'compare-hypervisors', 'compare-hosts', 'sensitivity', 'ask'] as const satisfies readonly ActionId[];

/** Card data comes back from the client: checked here before it reaches the core. */
const cardActionSchema = z.object({
  verb: z.enum(actionIds),
  scenario: z.unknown().optional(),
  question: z.string().max(500).optional(),
});

const fileConsentSchema = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: z.object({ reportId: z.uuid() }),
  uploadInfo: z
    .object({ contentUrl: z.string(), name: z.string(), uploadUrl: z.url(), uniqueId: z.string(), fileType: z.string() })
    .optional(),
});

/** A file someone sent the bot in personal chat (Teams puts a pre-authorised download URL in it). */
const teamsFileSchema = z.object({
  contentType: z.literal('application/vnd.microsoft.teams.file.download.info'),
  name: z.string().min(1),
  content: z.object({ downloadUrl: z.url(), fileType: z.string().optional() }),
});

const executeSchema = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string(), data: z.record(z.string(), z.unknown()).optional() }),
});

/** Teams words for the places the shared refusals name: a tenant is an organisation, a team is not a channel. */
const teamsRefusals: Record<Exclude<AccessDecision, { allowed: true }>['reason'], string | undefined> = {
  organisation: "Sorry, I'm not set up to answer in this organisation's Microsoft 365 tenant. Please ask your IT infrastructure team if you need access.",
  channel: 'Sorry, I only answer in the teams my administrators have chosen. Try one of those, or chat with me personally.',
  user: undefined,
};

type Audit = Omit<AuditEntry, 'time' | 'platform' | 'organisation' | 'channel' | 'thread' | 'user' | 'durationMs'>;

export interface TeamsBot {
  agent: AgentApplication<TurnState>;
  adapter: CloudAdapter;
  reports: ReportShelf;
  /** Resolves when the work still running after its turn (business-case PDFs) has finished. */
  whenIdle(): Promise<void>;
  /**
   * Posts an answer (rendered as a card) or a ready card into a stored conversation as a new
   * message, retrying throttling; returns the activity id, throws when it could not be delivered.
   */
  postProactive(reference: ConversationReference, answerOrCard: Answer | AdaptiveCard): Promise<string | undefined>;
}

/**
 * Builds the Teams receiver: an Agents SDK AgentApplication whose routes turn Teams activities
 * (personal messages, channel @mentions, card submits, Action.Execute and file-consent invokes)
 * into calls on the bot core, and Answers back into Adaptive Cards. Each conversation keeps its
 * context, so a follow-up ("and with Hyper-V?") stays on the same scenario.
 *
 * @example
 *   const bot = createTeamsBot(settings, { core, renderBusinessCase, audit, log, conversations });
 *   app.post('/api/messages', express.json(), createAgentRequestHandler(bot.agent, authConfig));
 */
export function createTeamsBot(settings: TeamsSettings, deps: TeamsDeps): TeamsBot {
  const adapter = new CloudAdapter(toAuthConfiguration(settings.auth));
  const agent = new AgentApplication<TurnState>({ adapter, removeRecipientMention: true, startTypingTimer: false });
  const reports = createReportShelf();
  const contexts = createConversationContexts();
  const now = deps.now ?? Date.now;
  const send = (context: TurnContext, activity: Activity | string) =>
    sendWithRetry(context, activity, { log: deps.log, ...(deps.retry ? { policy: deps.retry } : {}) });
  const sendCard = (context: TurnContext, card: AdaptiveCard) => send(context, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  // Without an app id the SDK's connector client goes anonymous: an identity with no audience.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = settings.auth.mode === 'entra' ? settings.auth.appId : {};

  /**
   * Work that outlives its turn. Teams expects the HTTP answer to an activity within seconds, and
   * rendering a board paper (Chromium, charts) can take longer, so it runs after the turn and
   * replies through continueConversation.
   */
  const background = new Set<Promise<void>>();
  const later = (work: () => Promise<void>) => {
    const task: Promise<void> = work()
      .catch((error: unknown) => deps.log.error('teams: background work failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
      .finally(() => background.delete(task));
    background.add(task);
  };

  const auditWhere = (caller: TeamsCaller) => ({
    platform: 'teams' as const,
    ...(caller.tenantId ? { organisation: caller.tenantId } : {}),
    ...(caller.teamId ? { channel: caller.teamId } : {}),
    thread: caller.conversationId,
    ...(caller.userId ? { user: caller.userId } : {}),
  });

  /**
   * Runs one turn: access check, reference kept for proactive posts, the work, one audit line.
   * Refusals and failures become a polite reply; nothing escapes to the SDK's error message.
   */
  const turn = async (context: TurnContext, kind: AuditEntry['kind'], work: (caller: TeamsCaller) => Promise<Audit | 'later'>) => {
    const started = now();
    // A resent activity (the client or the connector retrying) is answered once, by whichever
    // instance claimed it first; its id is unique within its conversation.
    const activityId = context.activity.id;
    if (activityId && !deps.firstDelivery('teams', `${context.activity.conversation?.id ?? ''}|${activityId}`)) return;
    const caller = describeTeamsCaller(context.activity);
    const record = (entry: Audit | 'later') =>
      entry === 'later' ? undefined : deps.audit.record({ ...auditWhere(caller), ...entry, durationMs: Math.max(0, now() - started) });
    const access = checkAccess(settings.access, toRequester(caller));
    if (!access.allowed) {
      await record({ kind, outcome: 'refused', error: `${access.reason} not allowed` });
      await refusePrivately(context, caller, teamsRefusals[access.reason] ?? access.message);
      return;
    }
    try {
      await remember(context, caller);
      await record(await work(caller));
    } catch (error) {
      deps.log.error('teams: turn failed', { conversation: caller.conversationId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      await record({ kind, outcome: 'failed', error: error instanceof Error ? error.message : String(error) });
      await send(context, 'Sorry, something went wrong working that out. The error has been logged.');
    }
  };

  /**
   * A refusal goes to the person alone: in personal chat as a reply, elsewhere in a new 1:1 chat
   * with them (Teams has no private message inside a channel), so a channel never watches someone
   * being turned away. When the 1:1 chat cannot be opened (the app is not installed for them)
   * the refusal is logged, never posted to the channel.
   */
  const refusePrivately = async (context: TurnContext, caller: TeamsCaller, message: string) => {
    if (caller.scope === 'personal') {
      await send(context, message);
      return;
    }
    const { from, recipient } = context.activity;
    const client = context.turnState.get<ConnectorClient | undefined>((context.adapter as CloudAdapter).ConnectorClientKey);
    try {
      if (!client || !from?.id) throw new Error('no connector client or sender to open a personal chat with');
      const created = await client.createConversation({
        isGroup: false,
        ...(recipient ? { agent: recipient } : {}),
        members: [{ id: from.id }],
        ...(caller.tenantId ? { tenantId: caller.tenantId } : {}),
        channelData: caller.tenantId ? { tenant: { id: caller.tenantId } } : {},
      } as Parameters<ConnectorClient['createConversation']>[0]);
      await client.sendToConversation(created.id, Activity.fromObject({ type: ActivityTypes.Message, text: message, ...(recipient ? { from: recipient } : {}), conversation: { id: created.id } }));
    } catch (error) {
      deps.log.error('teams: could not send a refusal privately', { conversation: caller.conversationId, error: error instanceof Error ? error.message : String(error) });
    }
  };

  /** What was last saved per conversation, so a busy channel does not rewrite the store every turn. */
  const remembered = new Map<string, string>();
  const remember = async (context: TurnContext, caller: TeamsCaller) => {
    const reference = context.activity.getConversationReference();
    // Proactive channel posts start a new thread in the channel, not a reply in the asking thread.
    const conversationId = caller.scope === 'channel' && caller.channelId ? caller.channelId : caller.conversationId;
    const entry = {
      conversationId,
      scope: caller.scope,
      ...(caller.tenantId ? { tenantId: caller.tenantId } : {}),
      ...(caller.teamId ? { teamId: caller.teamId } : {}),
      ...(caller.channelId ? { channelId: caller.channelId } : {}),
      reference: {
        // The person's id only: their name is not needed to post, so it is not kept.
        ...(reference.user?.id ? { user: { id: reference.user.id } } : {}),
        ...(reference.agent ? { agent: { id: reference.agent.id, name: reference.agent.name } } : {}),
        ...(reference.locale ? { locale: reference.locale } : {}),
        conversation: { ...reference.conversation, id: conversationId },
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl ?? '',
      },
    };
    const fingerprint = JSON.stringify(entry);
    if (remembered.get(conversationId) === fingerprint) return;
    await deps.conversations.save({ ...entry, updatedAt: new Date(now()).toISOString() });
    if (remembered.size >= 5000) remembered.clear();
    remembered.set(conversationId, fingerprint);
  };

  const reply = async (context: TurnContext, caller: TeamsCaller, result: BotReply): Promise<Answer> => {
    contexts.set(caller.conversationId, result.context);
    await sendCard(context, renderAnswerCard(result.answer));
    return result.answer;
  };

  const ask = async (context: TurnContext, caller: TeamsCaller, text: string): Promise<Audit> => {
    const answer = await reply(context, caller, await deps.core.ask(text, contexts.get(caller.conversationId)));
    return { kind: 'question', outcome: 'answered', text, answerKind: answer.kind, ...scenarioName(answer.scenario) };
  };

  const act = async (context: TurnContext, caller: TeamsCaller, raw: unknown): Promise<Audit | 'later'> => {
    const parsed = cardActionSchema.safeParse(raw);
    if (!parsed.success) {
      await send(context, 'That button is from an older version of unsprawl. Ask the question again for a fresh card.');
      return { kind: 'action', outcome: 'rejected', error: 'unknown card data' };
    }
    const { verb, question } = parsed.data;
    const scenario = validScenario(parsed.data.scenario);
    if (verb === 'business-case') {
      // A button without a scenario means "the one we were talking about".
      await send(context, 'Preparing the business case…');
      prepareBusinessCase(context, caller, scenario ?? contexts.get(caller.conversationId)?.lastScenario);
      return 'later';
    }
    const request = {
      ...(scenario ? { scenario } : {}),
      ...(question ? { question } : {}),
      context: contexts.get(caller.conversationId) ?? { version: 1 as const },
    };
    const answer = await reply(context, caller, await deps.core.act(verb, request));
    return { kind: 'action', outcome: 'answered', action: verb, answerKind: answer.kind, ...scenarioName(answer.scenario ?? scenario) };
  };

  /** Renders and delivers the paper after the turn, replying in the same conversation (and thread). */
  const prepareBusinessCase = (context: TurnContext, caller: TeamsCaller, scenario: ScenarioInput | undefined) => {
    const reference = context.activity.getConversationReference();
    const started = now();
    later(() =>
      adapter.continueConversation(identity, reference, async (continued) => {
        let outcome: Audit;
        try {
          outcome = await deliverBusinessCase(continued, caller, scenario);
        } catch (error) {
          deps.log.error('teams: business case failed', { conversation: caller.conversationId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
          outcome = { kind: 'action', outcome: 'failed', action: 'business-case', ...scenarioName(scenario), error: error instanceof Error ? error.message : String(error) };
          await send(continued, "Sorry, I couldn't prepare the business case this time. Please try again in a few minutes: press \"Business case PDF\" again, or type \"make the business case\".");
        }
        await deps.audit.record({ ...auditWhere(caller), ...outcome, durationMs: Math.max(0, now() - started) });
      }),
    );
  };

  const deliverBusinessCase = async (context: TurnContext, caller: TeamsCaller, scenario: ScenarioInput | undefined): Promise<Audit> => {
    const report = await deps.renderBusinessCase(scenario);
    const expiresAt = now() + settings.linkTtlSeconds * 1000;
    const reportId = reports.put(report, expiresAt, now());
    const audit: Audit = { kind: 'action', outcome: 'answered', action: 'business-case', ...scenarioName(scenario) };
    if (caller.scope === 'personal') {
      const about = scenario?.name ? ` for "${scenario.name}"` : '';
      const consent = buildFileConsentCard({ fileName: report.fileName, sizeInBytes: report.pdf.byteLength, reportId, description: `Business case${about} (PDF)` });
      await send(context, MessageFactory.attachment(consent));
      return audit;
    }
    const url = signReportLink({ baseUrl: settings.publicBaseUrl, id: reportId, secret: settings.linkSecret, expiresAt: Math.floor(expiresAt / 1000) });
    await sendCard(context, renderReportLinkCard({ fileName: report.fileName, url, expiresAt, ...(scenario?.name ? { scenarioName: scenario.name } : {}) }));
    return audit;
  };

  /**
   * The answer to the file-consent card. Accepting starts the OneDrive upload after the invoke
   * has been answered: Teams shows an error when an invoke takes more than a few seconds, and
   * the upload of a large paper can.
   */
  const fileConsent = async (context: TurnContext, caller: TeamsCaller, consentAnswer: z.output<typeof fileConsentSchema>): Promise<Audit | 'later'> => {
    const { action, context: consent, uploadInfo } = consentAnswer;
    const shelved = reports.get(consent.reportId, now());
    if (action === 'decline') {
      reports.delete(consent.reportId);
      await send(context, 'No problem: the business case was not saved to your OneDrive.');
      return { kind: 'action', outcome: 'refused', action: 'business-case-upload' };
    }
    if (!shelved || !uploadInfo) {
      await send(context, 'That business case has expired. Press "Business case PDF" again for a fresh one.');
      return { kind: 'action', outcome: 'rejected', action: 'business-case-upload', error: 'report expired' };
    }
    // Teams hands over an https OneDrive upload session; anything else is not sent the paper.
    if (settings.auth.mode === 'entra' && new URL(uploadInfo.uploadUrl).protocol !== 'https:') {
      return { kind: 'action', outcome: 'rejected', action: 'business-case-upload', error: 'upload URL is not https' };
    }
    const reference = context.activity.getConversationReference();
    const started = now();
    later(async () => {
      let outcome: Audit;
      try {
        await uploadConsentedFile(uploadInfo.uploadUrl, shelved.pdf);
        reports.delete(consent.reportId);
        outcome = { kind: 'action', outcome: 'stored', action: 'business-case-upload', text: uploadInfo.name };
        await adapter.continueConversation(identity, reference, async (continued) => {
          await send(continued, MessageFactory.attachment(buildFileInfoCard(uploadInfo), 'Your business case is in your OneDrive:'));
        });
      } catch (error) {
        outcome = { kind: 'action', outcome: 'failed', action: 'business-case-upload', error: error instanceof Error ? error.message : String(error) };
        await adapter.continueConversation(identity, reference, async (continued) => {
          await send(continued, "Sorry, I couldn't save the business case to your OneDrive. Press \"Business case PDF\" again to retry.");
        });
      }
      await deps.audit.record({ ...auditWhere(caller), ...outcome, durationMs: Math.max(0, now() - started) });
    });
    return 'later';
  };

  const receiveInventory = async (context: TurnContext, caller: TeamsCaller, file: z.output<typeof teamsFileSchema>): Promise<Audit> => {
    if (!deps.importInventory || caller.scope !== 'personal') {
      await send(context, 'I can only take inventory files in a personal chat with me, when the bot keeps estate history.');
      return { kind: 'upload', outcome: 'rejected', text: file.name, error: 'uploads not accepted here' };
    }
    const bytes = await downloadTeamsFile(file.content.downloadUrl, { requireHttps: settings.auth.mode === 'entra' });
    const result = await deps.importInventory({ bytes, filename: file.name, uploadedBy: `teams:${caller.userId ?? 'unknown'}` });
    await sendCard(context, renderImportCard(file.name, result));
    return result.stored
      ? { kind: 'upload', outcome: 'stored', text: file.name }
      : { kind: 'upload', outcome: 'rejected', text: file.name, error: `${result.problems.length} problem(s)` };
  };

  agent.onActivity(ActivityTypes.Message, async (context) => {
    const files = (context.activity.attachments ?? []).flatMap((attachment) => {
      const parsed = teamsFileSchema.safeParse(attachment);
      return parsed.success ? [parsed.data] : [];
    });
    if (files.length > 0) {
      for (const file of files) await turn(context, 'upload', (caller) => receiveInventory(context, caller, file));
      return;
    }
    const value: unknown = context.activity.value;
    // An Action.Submit click arrives as a message with the button's data in `value` and no text.
    if (typeof value === 'object' && value !== null && 'verb' in value) {
      await turn(context, 'action', (caller) => act(context, caller, value));
      return;
    }
    await turn(context, 'question', (caller) => ask(context, caller, stripMentions(context.activity.text ?? '')));
  });

  agent.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      const parsed = executeSchema.safeParse(context.activity.value);
      if (!parsed.success) return invokeResponse(context, 400);
      await invokeResponse(context, 200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Working on it…' });
      await turn(context, 'action', (caller) => act(context, caller, { ...parsed.data.action.data, verb: parsed.data.action.verb }));
    },
    true,
  );

  agent.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'fileConsent/invoke',
    async (context) => {
      const parsed = fileConsentSchema.safeParse(context.activity.value);
      if (!parsed.success) return invokeResponse(context, 400);
      await invokeResponse(context, 200);
      await turn(context, 'action', (caller) => fileConsent(context, caller, parsed.data));
    },
    true,
  );

  // Installed into a team or a personal scope: keep the reference so summaries can be posted
  // there, and say what the bot can be asked.
  agent.onConversationUpdate('membersAdded', async (context) => {
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === context.activity.recipient?.id);
    if (!botAdded) return;
    await turn(context, 'command', async (caller) => {
      await reply(context, caller, await deps.core.ask('help'));
      return { kind: 'command', outcome: 'stored', action: 'installed' };
    });
  });

  agent.onError(async (context, error) => {
    deps.log.error('teams: unhandled turn error', { conversation: context.activity.conversation?.id, error: error.stack ?? error.message });
  });

  return {
    agent,
    adapter,
    reports,
    async whenIdle() {
      while (background.size > 0) await Promise.allSettled([...background]);
    },
    async postProactive(reference, answerOrCard) {
      const card = 'headline' in answerOrCard ? renderAnswerCard(answerOrCard) : answerOrCard;
      let delivered: { id: string | undefined } | undefined;
      await adapter.continueConversation(identity, { ...reference, activityId: undefined }, async (context) => {
        // The continuation activity has a made-up id; a reply to it would go nowhere. Post afresh.
        context.onSendActivities(async (_context, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        delivered = await sendCard(context, card);
      });
      if (!delivered) throw new Error(`the Bot Connector did not accept the post to Teams conversation ${reference.conversation.id}`);
      return delivered.id;
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
