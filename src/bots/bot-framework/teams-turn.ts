import { ActivityTypes, TurnContext, type Activity, type Middleware } from 'botbuilder';
import type { Logger } from '../../core/logger';
import { crmTurn } from '../../dialogs/turn-state';
import type { ConversationReferences } from '../../skills/shared/conversation-references';
import type { CallerResolver } from '../core/caller-resolver';

/** The channel id Teams activities carry. */
export const TEAMS_CHANNEL_ID = 'msteams';

/**
 * What Teams adds around a turn, before and after the bot core sees it:
 * - a channel or group-chat message that @mentions the bot has the mention removed, so
 *   "<at>CRMPro</at> forecast this quarter" is understood as "forecast this quarter";
 * - a card's `Action.Submit` (an activity whose `value` carries the data and no text) becomes the
 *   message its data names (`text`, or Teams' `msteams.value`/`msteams.text`), so a button runs the
 *   same flow as typing;
 * - on first contact (a message) and on install (`installationUpdate` add, `conversationUpdate`
 *   adding the bot), the conversation reference is saved for the CRM user the sender resolves to,
 *   so the bot can message them later; an uninstall forgets it.
 */
export class TeamsTurn implements Middleware {
  constructor(
    private readonly callers: CallerResolver,
    private readonly references: ConversationReferences | undefined,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.channelId !== TEAMS_CHANNEL_ID) return next();
    if (activity.type === ActivityTypes.Message) readMessage(activity);
    await next();
    const change = referenceChange(activity);
    if (!change || !this.references) return;
    try {
      await this.keepReference(context, change);
    } catch (error) {
      // The turn itself went through; a missing reference only delays proactive messages.
      this.logger.warn({ err: error }, 'could not save the Teams conversation reference');
    }
  }

  private async keepReference(context: TurnContext, change: 'remember' | 'forget'): Promise<void> {
    const activity = context.activity;
    const turn = crmTurn(context);
    const caller = turn.caller ?? (await this.callers.resolve(activity, turn.trust ?? 'verified'));
    if (!caller.userId) return;
    if (change === 'forget') {
      await this.references!.forget(caller.userId, TEAMS_CHANNEL_ID, activity.conversation.id);
      return;
    }
    const outcome = await this.references!.remember({
      userId: caller.userId,
      channelId: TEAMS_CHANNEL_ID,
      conversationType: conversationTypeOf(activity),
      reference: { ...TurnContext.getConversationReference(activity) },
    });
    if (outcome === 'saved')
      this.logger.info(
        { conversationType: conversationTypeOf(activity) },
        'saved a Teams conversation reference',
      );
  }
}

/** `personal`, `channel` or `groupChat`, as Teams names the kind of conversation. */
export function conversationTypeOf(activity: Partial<Activity>): string {
  return (
    activity.conversation?.conversationType ?? (activity.conversation?.isGroup ? 'groupChat' : 'personal')
  );
}

/** Whether this activity tells where to reach its sender (first contact, install) or that it is gone. */
function referenceChange(activity: Activity): 'remember' | 'forget' | undefined {
  if (activity.type === ActivityTypes.Message) return 'remember';
  if (activity.type === ActivityTypes.InstallationUpdate)
    return String(activity.action ?? '').startsWith('remove') ? 'forget' : 'remember';
  if (activity.type === ActivityTypes.ConversationUpdate) {
    const botId = activity.recipient?.id;
    if ((activity.membersAdded ?? []).some((member) => member.id === botId)) return 'remember';
    if ((activity.membersRemoved ?? []).some((member) => member.id === botId)) return 'forget';
  }
  return undefined;
}

/** Strips the bot's @mention from a Teams message and takes a card submission's text as the message. */
function readMessage(activity: Activity): void {
  if (activity.text && activity.recipient?.id) {
    TurnContext.removeRecipientMention(activity);
    activity.text = activity.text.replace(/&nbsp;/g, ' ').trim();
  }
  if (!activity.text?.trim()) {
    const submitted = submittedText(activity.value);
    if (submitted) activity.text = submitted;
  }
}

/** The text an Action.Submit's data stands for: `text`, or Teams' imBack/messageBack value. */
function submittedText(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const data = value as { text?: unknown; msteams?: { value?: unknown; text?: unknown } };
  for (const candidate of [data.text, data.msteams?.value, data.msteams?.text])
    if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  return undefined;
}
