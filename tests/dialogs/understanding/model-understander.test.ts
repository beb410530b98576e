import { join } from 'node:path';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { ModelUnderstander } from '../../../src/dialogs/understanding/model-understander';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));

describe('ModelUnderstander (the bot core interface)', () => {
  it('gives the intent and the account as written when no names are supplied', async () => {
    const understander = new ModelUnderstander(model);
    expect(await understander.understand('open deals for Acme Corp')).toMatchObject({
      intent: 'deal_lookup',
      accountMention: 'Acme Corp',
    });
    expect(await understander.understand('tell me about globex?')).toMatchObject({
      intent: 'briefing',
      accountMention: 'globex',
    });
  });

  it('passes a pronoun on for follow-up questions', async () => {
    const understanding = await new ModelUnderstander(model).understand('and their open deals?');
    expect(understanding).toMatchObject({ intent: 'deal_lookup', accountMention: 'their' });
  });

  it('uses the best account candidate when the caller supplies names', async () => {
    const accounts = [{ id: 'a1', name: 'Initech LLC' }];
    const understanding = await new ModelUnderstander(model, () => ({ accounts })).understand(
      'log a call with Jane at initech: renewal in May',
    );
    expect(understanding).toMatchObject({ intent: 'log_interaction', accountMention: 'initech' });
    expect(understanding.alternatives?.length).toBe(2);
  });

  it('says oos for a message no intent fits', async () => {
    expect((await new ModelUnderstander(model).understand('what is the capital of peru')).intent).toBe('oos');
  });
});
