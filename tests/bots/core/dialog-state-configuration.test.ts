import { ActivityHandler, ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import {
  Dialog,
  DialogSet,
  WaterfallDialog,
  type DialogState,
  type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';
import {
  DIALOG_STATE_CONFIGURATION_KEY,
  DialogStateConfiguration,
} from '../../../src/bots/core/dialog-state-configuration';

/**
 * A bot like CrmBot: one waterfall that writes to and reads from the turn, dialog and conversation
 * memory scopes, with the configuration lent before each turn and kept after it.
 */
function botWith(shared: DialogStateConfiguration | undefined) {
  const conversationState = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  const seen: DialogStateManagerConfiguration[] = [];
  dialogs.add(
    new WaterfallDialog('ask', [
      async (step) => {
        seen.push(step.state.configuration);
        step.state.setValue('turn.word', step.context.activity.text);
        step.state.setValue('dialog.first', step.context.activity.text);
        const count = (step.state.getValue<number>('conversation.count') ?? 0) + 1;
        step.state.setValue('conversation.count', count);
        await step.context.sendActivity(`${step.state.getValue('turn.word')} #${count}, waiting`);
        return Dialog.EndOfTurn;
      },
      async (step) => {
        seen.push(step.state.configuration);
        const count = (step.state.getValue<number>('conversation.count') ?? 0) + 1;
        step.state.setValue('conversation.count', count);
        await step.context.sendActivity(
          `${step.state.getValue('dialog.first')} then ${step.context.activity.text} #${count}`,
        );
        return step.endDialog();
      },
    ]),
  );
  const handler = new ActivityHandler().onMessage(async (context, next) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === 'empty') await dc.beginDialog('ask');
    await next();
  });
  const run = async (context: TurnContext) => {
    shared?.lend(context);
    // The conversation memory scope reads the state object from turn state, loaded.
    context.turnState.set('ConversationState', conversationState);
    await conversationState.load(context);
    await handler.run(context);
    shared?.keep(context);
    await conversationState.saveChanges(context, false);
  };
  return { adapter: new TestAdapter(run), seen };
}

async function conversation(shared: DialogStateConfiguration | undefined): Promise<string[]> {
  const { adapter } = botWith(shared);
  const replies: string[] = [];
  for (const text of ['alpha', 'beta', 'gamma', 'delta']) {
    await adapter.send(text);
    for (const activity of adapter.activeQueue.splice(0)) replies.push(activity.text ?? '');
  }
  return replies;
}

describe('DialogStateConfiguration', () => {
  it('keeps the configuration botbuilder-dialogs put in turn state under the key it uses', async () => {
    const shared = new DialogStateConfiguration();
    const { adapter, seen } = botWith(shared);
    await adapter.send('alpha');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.memoryScopes.map((scope) => scope.name)).toEqual(
      expect.arrayContaining(['turn', 'dialog', 'conversation', 'user', 'settings']),
    );
    expect(seen[0]!.pathResolvers.length).toBeGreaterThan(0);
    // Lent to the next turn: its dialogs use that same configuration instead of building one.
    const next = { turnState: new Map<unknown, unknown>() } as unknown as TurnContext;
    shared.lend(next);
    expect(next.turnState.get(DIALOG_STATE_CONFIGURATION_KEY)).toBe(seen[0]);
  });

  it('makes later turns use the first turn’s configuration', async () => {
    const shared = new DialogStateConfiguration();
    const { adapter, seen } = botWith(shared);
    for (const text of ['alpha', 'beta', 'gamma']) await adapter.send(text);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
  });

  it('without it every turn builds its own configuration (what it saves)', async () => {
    const { adapter, seen } = botWith(undefined);
    for (const text of ['alpha', 'beta']) await adapter.send(text);
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('gives the same replies as dialogs that build their configuration every turn', async () => {
    const withShared = await conversation(new DialogStateConfiguration());
    const without = await conversation(undefined);
    expect(withShared).toEqual([
      'alpha #1, waiting',
      'alpha then beta #2',
      'gamma #3, waiting',
      'gamma then delta #4',
    ]);
    expect(withShared).toEqual(without);
  });

  it('leaves a configuration already in turn state alone', () => {
    const shared = new DialogStateConfiguration();
    const first = {
      turnState: new Map<unknown, unknown>([
        [DIALOG_STATE_CONFIGURATION_KEY, { memoryScopes: [], pathResolvers: [] }],
      ]),
    };
    shared.keep(first as unknown as TurnContext);
    const own = { memoryScopes: [], pathResolvers: [] };
    const later = { turnState: new Map<unknown, unknown>([[DIALOG_STATE_CONFIGURATION_KEY, own]]) };
    shared.lend(later as unknown as TurnContext);
    expect(later.turnState.get(DIALOG_STATE_CONFIGURATION_KEY)).toBe(own);
  });
});
