import type { Middleware, TurnContext } from 'botbuilder';
import { takeReply } from '../../dialogs/turn-state';
import { ADAPTIVE_CARD_CONTENT_TYPE, renderAdaptiveCard } from './adaptive-card';

/**
 * Renders channel-neutral replies for Bot Framework channels (Teams, Web Chat, the Emulator):
 * a reply with structure becomes an Adaptive Card, with its lead sentence kept as the text.
 */
export class AdaptiveCardRenderer implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (_context, activities, sendNext) => {
      for (const activity of activities) {
        // The neutral reply is for our own renderers; Bot Framework channels get the card.
        const reply = takeReply(activity);
        if (!reply) continue;
        const structured = Boolean(
          reply.facts?.length ||
          reply.lists?.length ||
          reply.buttons?.length ||
          reply.images?.length ||
          reply.sources?.length,
        );
        if (structured) {
          activity.attachments = [
            { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderAdaptiveCard(reply) },
          ];
          activity.text = reply.text.split('\n\n')[0];
        }
      }
      return sendNext();
    });
    await next();
  }
}
