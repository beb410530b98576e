import type { ConversationState, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { SkillServices } from '../skills/skill';
import type { ConversationMemory } from './conversation-memory';
import { replyActivity } from './reply-activity';
import { RootDialog } from './root-dialog';
import type { Understander } from './routing/understanding';

const CANCEL = /^(?:cancel|stop|never\s*mind|nevermind|forget\s+it|quit|abort|start\s+over)[\s!.]*$/i;

/** Maximum length of a message the bot reads; longer ones are refused with an explanation. */
export const MAX_MESSAGE_CHARS = 4_000;

/**
 * Runs a message turn through the dialogs: continues a dialog in progress (e.g. a question the
 * bot asked) or starts the root dialog; "cancel" abandons whatever is in progress.
 */
export class DialogRunner {
  private readonly dialogs: DialogSet;

  constructor(conversationState: ConversationState, services: SkillServices, understander: Understander) {
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    const memory = conversationState.createProperty<ConversationMemory>('memory');
    this.dialogs = new DialogSet(dialogState);
    this.dialogs.add(new RootDialog({ services, understander, memory }));
  }

  async run(context: TurnContext, text: string): Promise<void> {
    if (text.length > MAX_MESSAGE_CHARS) {
      await context.sendActivity(
        replyActivity({ text: `That message is too long for me (${text.length} characters; the limit is ${MAX_MESSAGE_CHARS}). Could you shorten it?` }),
      );
      return;
    }
    const dc = await this.dialogs.createContext(context);
    if (CANCEL.test(text) && dc.activeDialog) {
      await dc.cancelAllDialogs();
      await context.sendActivity(replyActivity({ text: 'Okay, cancelled. What next?' }));
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('root');
  }
}
