import type { TurnContext } from 'botbuilder';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/** Where botbuilder-dialogs' DialogStateManager looks for its configuration in turn state (dialogStateManager.js). */
export const DIALOG_STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * Reuses the dialogs' memory configuration from one turn to the next.
 *
 * The first DialogStateManager of a turn (every DialogContext makes one) builds its configuration
 * — the memory scopes and path resolvers of every registered component, through a fresh service
 * collection and zod checks — and keeps it in that turn's state only, so every turn built it
 * again. The scopes and resolvers hold no state of their own (they read the dialog context they
 * are given), and botbuilder's own DialogManager keeps one configuration for all turns in the same
 * way. The configuration lent is the very one the library built on an earlier turn of this bot,
 * so the dialogs see the same scopes, in the same order, as when they build it themselves.
 */
export class DialogStateConfiguration {
  private kept: DialogStateManagerConfiguration | undefined;

  /** Before the turn's dialogs run: hands them the configuration an earlier turn built. */
  lend(context: TurnContext): void {
    if (this.kept && !context.turnState.has(DIALOG_STATE_CONFIGURATION_KEY))
      context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, this.kept);
  }

  /** After the turn: keeps the configuration its dialogs built (the first one seen is kept). */
  keep(context: TurnContext): void {
    this.kept ??= context.turnState.get<DialogStateManagerConfiguration>(DIALOG_STATE_CONFIGURATION_KEY);
  }
}
