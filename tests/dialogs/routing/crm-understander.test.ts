import { join } from 'node:path';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));

describe('CrmUnderstander (the bot core interface over the shipped model)', () => {
  const temp = temporaryStore();
  let clock = 0;
  const understander = new CrmUnderstander(model, new CrmNameIndex(temp.store, () => clock));
  afterAll(() => temp.cleanup());

  it('gives the intent and the account as written', async () => {
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
    expect(await understander.understand('and their open deals?')).toMatchObject({
      intent: 'deal_lookup',
      accountMention: 'their',
    });
  });

  it("matches the store's account names, and notices new ones", async () => {
    await temp.store.accounts.insertOne({
      name: 'Initech LLC',
      nameKey: nameKeyOf('Initech LLC'),
      status: 'customer',
    });
    clock += 10_000; // past the name index's re-check interval
    const understanding = await understander.understand('log a call with Jane at initech: renewal in May', {
      now: new Date('2026-03-15T12:00:00Z'),
      timezone: 'UTC',
    });
    expect(understanding).toMatchObject({ intent: 'log_interaction', accountMention: 'initech' });
    expect(understanding.entities?.accounts[0]?.name).toBe('Initech LLC');
    expect(understanding.entities?.periods[0]?.start).toBe('2026-05-01');
    expect(understanding.alternatives?.length).toBe(2);
  });

  it('says oos for a message no intent fits', async () => {
    expect((await understander.understand('what is the capital of peru')).intent).toBe('oos');
  });
});
