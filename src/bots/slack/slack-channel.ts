import { App, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { CrmError, ErrorCode, isPersonFacingError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { Reply } from '../../dialogs/reply';
import { logInteraction } from '../../skills/log-interaction';
import type { SkillRunner } from '../../skills/skill';
import type { User } from '../../vocabulary';
import type { Bot } from '../core/build-bot';
import type { DeskThread, HandoffInbox } from '../handoff/handoff-desk';
import { renderBlockKit } from '../render/block-kit';
import { boltLogger } from './bolt-logger';
import { handoffDraft, isDraftRequest, type HandoffDraft } from './handoff-draft';
import { channelDataFor, postMessage, SlackAdapter, type SlackDestination } from './slack-adapter';
import { SlackHttpReceiver } from './slack-http-receiver';
import { SlackIdentity } from './slack-identity';
import { plainTextOf } from './slack-text';
import {
  HANDOFF_DRAFT_ACTION,
  HANDOFF_END_ACTION,
  homeView,
  LOG_CALL_ACTION,
  LOG_CALL_BLOCKS,
  LOG_CALL_SHORTCUT,
  LOG_CALL_VIEW,
  logCallFormOf,
  logCallModal,
  strangerHomeView,
} from './slack-views';
import { REPLY_BUTTON_ACTION_PREFIX } from '../render/block-kit';

/** What a Slack user who is nobody in the CRM is told (and nothing else). */
export const UNKNOWN_SLACK_USER_REPLY =
  "Hi! I'm CRMPro, the team's CRM assistant. I don't know you yet, so I can't show you any CRM data: please ask your admin to add you to CRMPro with the e-mail address of your Slack account, then try again.";

/** The questions whose answers fill a rep's App Home tab, through the same dialogs as a chat. */
export const HOME_QUESTIONS = ['forecast this quarter', 'my top leads'] as const;

/** How the Slack channel is set up (config.slack, with Slack on). */
export interface SlackChannelSettings {
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl: string;
}

export interface SlackChannelDependencies {
  core: Bot;
  /** Skills for forms that call one directly (the "Log call" modal). */
  skills: SkillRunner;
  /** The Web API client every call goes through (createSlackWebClient). */
  client: WebClient;
  logger: Logger;
  /** The website hand-offs: messages in their threads go to the visitor, not to the bot. */
  inbox?: HandoffInbox;
  clock?: () => Date;
}

/** One Slack message the bot may answer, from a `message` or `app_mention` event. */
interface SlackMessageEvent {
  teamId: string;
  channel: string;
  channelType?: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  mentioned: boolean;
}

/**
 * The Slack channel: a Bolt app (HTTP events through our own route, or Socket Mode) whose
 * messages, slash commands, buttons, modal and App Home are turned into turns of the one bot core
 * for the CRM user the Slack user is (by link or by e-mail), and whose replies go back as Block Kit
 * in the thread. Slack users who are nobody in the CRM are told to ask their admin, and nothing
 * more. Messages in the thread of an open website hand-off go to the visitor instead.
 */
export class SlackChannel {
  private app?: App;
  readonly identity: SlackIdentity;
  private readonly receiver: SlackHttpReceiver | SocketModeReceiver;
  private readonly adapter: SlackAdapter;
  private readonly vouched = new WeakMap<object, User>();
  /** Messages already taken (a mention arrives as `message` and `app_mention`). */
  private readonly taken = new LRUCache<string, true>({ max: 10_000, ttl: 60 * 60_000 });
  private inbox?: HandoffInbox;
  private botUserId?: string;

  constructor(
    readonly settings: SlackChannelSettings,
    private readonly deps: SlackChannelDependencies,
  ) {
    const { core, client, logger } = deps;
    this.inbox = deps.inbox;
    this.identity = new SlackIdentity(core.callers.users, client, logger);
    this.adapter = new SlackAdapter(client, core, logger);
    core.callers.vouchWith((activity) =>
      activity.channelData && typeof activity.channelData === 'object'
        ? this.vouched.get(activity.channelData as object)
        : undefined,
    );
    this.receiver =
      settings.mode === 'socket'
        ? new SocketModeReceiver({
            appToken: settings.appToken ?? '',
            logger: boltLogger(logger),
            installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } },
          })
        : new SlackHttpReceiver(settings.signingSecret ?? '', logger);
  }

  /** The HTTP receiver (HTTP mode), which the `/api/slack/events` route feeds. */
  get httpReceiver(): SlackHttpReceiver | undefined {
    return this.receiver instanceof SlackHttpReceiver ? this.receiver : undefined;
  }

  /** Sets the website hand-off inbox (its service may be built after the channel). */
  useHandoffInbox(inbox: HandoffInbox): void {
    this.inbox = inbox;
  }

  /**
   * Checks the bot token with Slack (`auth.test`, which also names the bot, so Bolt needs no call
   * of its own per event), builds the Bolt app and starts it (in Socket Mode, connects to Slack).
   * Fails with a message naming the settings to check when Slack refuses the token.
   */
  async start(): Promise<void> {
    const { client, logger } = this.deps;
    let botId: string | undefined;
    try {
      const auth = await client.auth.test();
      botId = auth.bot_id;
      this.botUserId = auth.user_id;
    } catch (error) {
      throw new CrmError(
        ErrorCode.Unavailable,
        `Slack refused the bot token or could not be reached (${error instanceof Error ? error.message : String(error)}): check SLACK_BOT_TOKEN and SLACK_API_URL.`,
        {},
        { cause: error },
      );
    }
    const app = new App({
      token: this.settings.botToken,
      ...(botId ? { botId } : {}),
      ...(this.botUserId ? { botUserId: this.botUserId } : {}),
      tokenVerificationEnabled: false,
      receiver: this.receiver as Receiver,
      clientOptions: { slackApiUrl: this.settings.apiUrl },
      logger: boltLogger(logger),
      deferInitialization: true,
    });
    this.listen(app);
    await app.init();
    await app.start();
    this.app = app;
  }

  async stop(): Promise<void> {
    await this.app?.stop();
  }

  private listen(app: App): void {
    const { logger } = this.deps;
    app.error(async (error) => {
      logger.error({ err: error }, 'a Slack listener failed');
    });

    app.event('message', async ({ event, context, body }) => {
      const e = event as unknown as Record<string, unknown>;
      // Edits, joins, bot posts and other subtypes are not questions; file shares are.
      if ((e.subtype && e.subtype !== 'file_share') || e.bot_id || typeof e.user !== 'string') return;
      const text = typeof e.text === 'string' ? e.text : '';
      await this.onMessage(
        {
          teamId: String((body as { team_id?: string }).team_id ?? ''),
          channel: String(e.channel),
          channelType: typeof e.channel_type === 'string' ? e.channel_type : undefined,
          user: e.user,
          text,
          ts: String(e.ts),
          ...(typeof e.thread_ts === 'string' ? { threadTs: e.thread_ts } : {}),
          mentioned: Boolean(context.botUserId && text.includes(`<@${context.botUserId}>`)),
        },
        context.botUserId,
      );
    });

    app.event('app_mention', async ({ event, context, body }) => {
      if (!event.user || event.bot_id) return;
      await this.onMessage(
        {
          teamId: String((body as { team_id?: string }).team_id ?? ''),
          channel: event.channel,
          user: event.user,
          text: event.text,
          ts: event.ts,
          ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
          mentioned: true,
        },
        context.botUserId,
      );
    });

    app.command('/crm', async ({ command, ack, context }) => {
      const inDm = command.channel_id.startsWith('D') && command.channel_name === 'directmessage';
      await ack(
        inDm
          ? undefined
          : {
              response_type: 'ephemeral',
              text: 'I answer in our direct messages, so your CRM data stays yours.',
            },
      );
      this.botUserId ??= context.botUserId;
      const text = plainTextOf(command.text, context.botUserId);
      const dm = inDm ? command.channel_id : await this.dmChannelOf(command.user_id);
      if (!dm) return;
      await this.runTurn(
        command.user_id,
        { text: text || 'help' },
        { channel: dm },
        this.conversationId(command.team_id, dm),
      );
    });

    app.action(new RegExp(`^${REPLY_BUTTON_ACTION_PREFIX}`), async ({ ack, body, action }) => {
      await ack();
      const value = (action as { value?: string }).value;
      if (!value || body.type !== 'block_actions') return;
      const where = await this.whereActionsAnswer(body);
      if (!where) return;
      await this.runTurn(
        body.user.id,
        { text: value, value: { text: value } },
        where.destination,
        where.conversationId,
      );
    });

    app.action(HANDOFF_END_ACTION, async ({ ack, body }) => {
      await ack();
      if (body.type !== 'block_actions' || !this.inbox) return;
      const thread = threadOfAction(body);
      if (!thread) return;
      const name = await this.identity.nameOf(body.user.id);
      await this.inbox.endedByPerson(thread, { name, slackUserId: body.user.id });
    });

    app.action(HANDOFF_DRAFT_ACTION, async ({ ack, body }) => {
      await ack();
      if (body.type !== 'block_actions') return;
      const thread = threadOfAction(body);
      if (thread) await this.draftInThread(thread, body.user.id);
    });

    app.action(LOG_CALL_ACTION, async ({ ack, body, client }) => {
      await ack();
      if (body.type !== 'block_actions' || !body.trigger_id) return;
      await this.openLogCall(client, body.trigger_id, body.user.id);
    });

    app.shortcut(LOG_CALL_SHORTCUT, async ({ ack, shortcut, client }) => {
      await ack();
      await this.openLogCall(client, shortcut.trigger_id, shortcut.user.id);
    });

    app.view(LOG_CALL_VIEW, async ({ ack, view, body }) => {
      const user = await this.identity.crmUserOf(body.user.id);
      if (!user) {
        await ack({
          response_action: 'errors',
          errors: { [LOG_CALL_BLOCKS.account]: UNKNOWN_SLACK_USER_REPLY.slice(0, 150) },
        });
        return;
      }
      const form = logCallFormOf(view.state.values as never);
      const caller = await this.deps.core.callers.resolve(this.vouch(user, {}), 'verified');
      try {
        const logged = await this.deps.skills.call(logInteraction, form, caller);
        await ack({ response_action: 'clear' });
        const contact = logged.contact ? ` with ${logged.contact.name}` : '';
        await this.notify(body.user.id, {
          text: `Logged the ${logged.type}${contact} at ${logged.account.name}: "${logged.summary}".`,
        });
      } catch (error) {
        if (!isPersonFacingError(error)) {
          await ack({
            response_action: 'errors',
            errors: { [LOG_CALL_BLOCKS.summary]: 'Sorry, that did not work on our side. Please try again.' },
          });
          throw error;
        }
        await ack({
          response_action: 'errors',
          errors: { [blockOfError(error.message, error.details)]: error.message.slice(0, 300) },
        });
      }
    });

    app.event('app_home_opened', async ({ event, client }) => {
      if (event.tab !== 'home') return;
      const user = await this.identity.crmUserOf(event.user);
      const view = user ? await this.homeOf(event.user, user) : strangerHomeView(UNKNOWN_SLACK_USER_REPLY);
      await client.views.publish({ user_id: event.user, view: view as never });
    });
  }

  private async onMessage(message: SlackMessageEvent, botUserId: string | undefined): Promise<void> {
    const key = `${message.channel}:${message.ts}`;
    if (this.taken.has(key)) return;
    this.taken.set(key, true);
    this.botUserId ??= botUserId;
    const text = plainTextOf(message.text, botUserId);
    if (message.threadTs && this.inbox) {
      const name = await this.identity.nameOf(message.user);
      const thread: DeskThread = { channel: message.channel, threadTs: message.threadTs };
      // Asking the bot for a draft is for the team: it is answered in the thread, never relayed.
      if (isDraftRequest(text) && this.inbox.lastVisitorMessage?.(thread) !== undefined)
        return this.draftInThread(thread, message.user);
      // Words addressed to the bot (a mention) are a question for it, not for the visitor.
      if (
        !message.mentioned &&
        (await this.inbox.fromPerson(thread, { name, slackUserId: message.user }, text))
      )
        return;
    }
    const direct = message.channelType === 'im' || message.channel.startsWith('D');
    if (!direct && !message.mentioned) return;
    const threadTs = message.threadTs ?? message.ts;
    await this.runTurn(
      message.user,
      { text },
      { channel: message.channel, threadTs },
      this.conversationId(message.teamId, message.channel, direct ? undefined : threadTs),
    );
  }

  /**
   * Runs one turn of the bot core for a Slack user, whose replies go to `destination`; a Slack user
   * who is nobody in the CRM gets UNKNOWN_SLACK_USER_REPLY and no turn.
   */
  private async runTurn(
    slackUserId: string,
    message: { text: string; value?: Record<string, unknown> },
    destination: SlackDestination,
    conversationId: string,
  ): Promise<Reply[]> {
    const user = await this.identity.crmUserOf(slackUserId);
    if (!user) {
      if (!destination.collect) await this.post(destination, { text: UNKNOWN_SLACK_USER_REPLY });
      return [];
    }
    const activity = this.vouch(user, {
      type: 'message',
      channelId: 'slack',
      serviceUrl: 'slack://bolt',
      text: message.text,
      ...(message.value ? { value: message.value } : {}),
      conversation: {
        id: conversationId,
        isGroup: !destination.channel.startsWith('D'),
        conversationType: destination.channel.startsWith('D') ? 'personal' : 'channel',
        name: 'slack',
      },
      from: { id: slackUserId, name: user.name, role: 'user' },
      recipient: { id: this.botUserId ?? 'crmpro', name: 'CRMPro', role: 'bot' },
      channelData: channelDataFor(destination),
    });
    return this.adapter.runTurn(activity);
  }

  /**
   * Posts agent assist's draft reply to a hand-off visitor's last message in the hand-off thread,
   * run as the Slack user who asked (support and admins). The bot's own post is not relayed to the
   * visitor (Slack's event for it carries a bot id); a refusal is shown to the asker only.
   */
  private async draftInThread(thread: DeskThread, slackUserId: string): Promise<void> {
    const user = await this.identity.crmUserOf(slackUserId);
    const draft: HandoffDraft = user
      ? await handoffDraft(
          this.deps.skills,
          await this.deps.core.callers.resolve(this.vouch(user, {}), 'verified'),
          this.inbox?.lastVisitorMessage?.(thread),
        )
      : { kind: 'refusal', text: UNKNOWN_SLACK_USER_REPLY };
    if (draft.kind === 'draft') {
      await this.post({ channel: thread.channel, threadTs: thread.threadTs }, draft.reply);
      return;
    }
    await this.deps.client.chat.postEphemeral({
      channel: thread.channel,
      user: slackUserId,
      thread_ts: thread.threadTs,
      text: draft.text,
    });
  }

  /** Marks an activity as this channel's, for `user`: the caller resolver trusts only these. */
  private vouch(user: User, activity: Partial<Activity>): Partial<Activity> {
    const channelData = (activity.channelData as object | undefined) ?? {};
    this.vouched.set(channelData, user);
    return { ...activity, channelData };
  }

  private async homeOf(slackUserId: string, user: User): Promise<Record<string, unknown>> {
    const sections: Reply[] = [];
    for (const question of HOME_QUESTIONS) {
      const replies = await this.runTurn(
        slackUserId,
        { text: question },
        { channel: `home-${slackUserId}`, collect: true },
        `slack:home:${slackUserId}`,
      );
      sections.push(...replies);
    }
    return homeView(`Hi ${user.name.split(' ')[0]}!`, sections);
  }

  private async openLogCall(client: WebClient, triggerId: string, slackUserId: string): Promise<void> {
    const user = await this.identity.crmUserOf(slackUserId);
    if (!user) {
      await this.notify(slackUserId, { text: UNKNOWN_SLACK_USER_REPLY });
      return;
    }
    const today = (this.deps.clock?.() ?? new Date()).toISOString().slice(0, 10);
    await client.views.open({ trigger_id: triggerId, view: logCallModal(today) as never });
  }

  /** Where a button's turn answers: the button's own thread, or the person's DM (App Home). */
  private async whereActionsAnswer(
    body: ActionBody & { team?: { id: string } | null; user: { id: string } },
  ): Promise<{ destination: SlackDestination; conversationId: string } | undefined> {
    const thread = threadOfAction(body);
    const teamId = body.team?.id ?? '';
    if (thread) {
      const direct = thread.channel.startsWith('D');
      return {
        destination: { channel: thread.channel, threadTs: thread.threadTs },
        conversationId: this.conversationId(teamId, thread.channel, direct ? undefined : thread.threadTs),
      };
    }
    const dm = await this.dmChannelOf(body.user.id);
    return dm ? { destination: { channel: dm }, conversationId: this.conversationId(teamId, dm) } : undefined;
  }

  /** One conversation per DM (a follow-up in the DM or its threads continues it), one per channel thread. */
  private conversationId(teamId: string, channel: string, threadTs?: string): string {
    return ['slack', teamId || 'team', channel, ...(threadTs ? [threadTs] : [])].join(':');
  }

  private async dmChannelOf(slackUserId: string): Promise<string | undefined> {
    const opened = await this.deps.client.conversations.open({ users: slackUserId });
    return opened.channel?.id;
  }

  private async notify(slackUserId: string, reply: Reply): Promise<void> {
    const dm = await this.dmChannelOf(slackUserId);
    if (dm) await this.post({ channel: dm }, reply);
  }

  private async post(destination: SlackDestination, reply: Reply): Promise<void> {
    await postMessage(this.deps.client, destination, renderBlockKit(reply), this.deps.logger);
  }
}

/** Where a clicked button was, as a block_actions payload says. */
interface ActionBody {
  channel?: { id: string };
  message?: { ts: string; thread_ts?: string };
  container?: { channel_id?: string; message_ts?: string; thread_ts?: string };
}

/** The thread a clicked button's message is in (its own ts when it is not in a thread). */
function threadOfAction(body: ActionBody): DeskThread | undefined {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const threadTs =
    body.message?.thread_ts ?? body.container?.thread_ts ?? body.message?.ts ?? body.container?.message_ts;
  return channel && threadTs ? { channel, threadTs } : undefined;
}

/** The modal input a refusal of the log-interaction skill is about. */
function blockOfError(message: string, details: Record<string, unknown> | undefined): string {
  const issues = Array.isArray(details?.issues) ? details.issues.map(String) : [];
  const field = issues[0]?.split(':')[0]?.trim();
  if (field && field in LOG_CALL_BLOCKS) return LOG_CALL_BLOCKS[field as keyof typeof LOG_CALL_BLOCKS];
  const text = message.toLowerCase();
  if (text.includes('account')) return LOG_CALL_BLOCKS.account;
  if (text.includes('contact')) return LOG_CALL_BLOCKS.contact;
  if (/future|date/.test(text)) return LOG_CALL_BLOCKS.when;
  return LOG_CALL_BLOCKS.account;
}
