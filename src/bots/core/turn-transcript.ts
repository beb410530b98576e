import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { crmTurn } from '../../dialogs/turn-state';
import { TurnAuditTrail, withTurnAudit } from '../../skills/shared/audit-log';
import { transcriptText, type StoreTranscripts } from '../../skills/shared/transcript-logger';
import type { TranscriptMessage } from '../../vocabulary';
import type { TurnTracker } from './turn-tracker';

function messageOf(activity: Partial<Activity>, direction: 'in' | 'out'): TranscriptMessage {
  return {
    at: activity.timestamp ? new Date(activity.timestamp) : new Date(),
    direction,
    text: transcriptText(activity.text ?? ''),
    ...(activity.id ? { activityId: activity.id } : {}),
    ...(activity.attachments?.length ? { attachments: activity.attachments.map((a) => a.contentType) } : {}),
  };
}

/** Where a turn's transcript middleware leaves the function that writes the turn's row now. */
const WRITE_NOW = Symbol('crmpro.transcript.writeNow');

/**
 * Queues the turn's transcript row (and its audit entries) now, once the bot has sent its replies
 * and before it saves its state, so that the row and the state go to the store together (one commit
 * on the embedded engine rather than two). Without a transcript middleware, or called twice, it does
 * nothing; the middleware writes the row when the turn ends otherwise.
 */
export function writeTranscriptNow(context: TurnContext): void {
  context.turnState.get<(() => void) | undefined>(WRITE_NOW)?.();
}

/**
 * Keeps each turn's messages — the person's message and every reply the bot sent — as one
 * transcript row, written once the turn is over (or, through `writeTranscriptNow`, once the bot
 * has replied, so it commits with the turn's state), together with the audit entries of the turn's
 * reads (collected by a TurnAuditTrail while the turn runs). The write is not awaited by the turn
 * (the reply does not wait for the transcript), but it is tracked, so a shutdown waits for it as it
 * waits for turns in flight.
 */
export class TurnTranscriptMiddleware implements Middleware {
  constructor(
    private readonly transcripts: StoreTranscripts,
    private readonly tracker: TurnTracker,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const incoming = context.activity;
    const messages: TranscriptMessage[] = [];
    let channelUserId: string | undefined;
    if (incoming.type === 'message') {
      messages.push(messageOf(incoming, 'in'));
      channelUserId = incoming.from?.id;
    }
    context.onSendActivities(async (_context, activities, sendNext) => {
      const responses = await sendNext();
      activities.forEach((activity, index) => {
        if (activity.type !== 'message') return;
        const id = responses?.[index]?.id ?? activity.id;
        messages.push(messageOf({ ...activity, ...(id ? { id } : {}) }, 'out'));
        channelUserId ??= activity.recipient?.id;
      });
      return responses;
    });
    const audit = new TurnAuditTrail();
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const conversationId = incoming.conversation?.id;
      const auditEntries = audit.take();
      const keep = conversationId ? messages : [];
      if (keep.length > 0 || auditEntries.length > 0) {
        const userId = crmTurn(context).caller?.userId;
        void this.tracker.track(() =>
          this.transcripts.append({
            channel: incoming.channelId,
            channelConversationId: conversationId ?? '',
            messages: keep,
            auditEntries,
            ...(userId ? { userId } : {}),
            ...(channelUserId ? { channelUserId } : {}),
          }),
        );
      }
    };
    context.turnState.set(WRITE_NOW, write);
    try {
      await withTurnAudit(audit, next);
    } finally {
      write();
    }
  }
}
