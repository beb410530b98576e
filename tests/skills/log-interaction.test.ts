import { isCrmError } from '../../src/core/errors';
import { logInteraction } from '../../src/skills/log-interaction';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('log-interaction skill', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  beforeAll(async () => {
    const ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, name: 'Sam Rivera', timezone: 'UTC' };
  });
  afterAll(() => temp.cleanup());

  const log = (input: object, caller: Caller = rep) =>
    invokeSkill(logInteraction, input, { caller, services });

  it('logs a call with a contact of the account, by the caller, now by default', async () => {
    const logged = await log({
      type: 'call',
      account: 'initech',
      contact: 'jane',
      summary: 'discussed renewal',
    });
    expect(logged.account.name).toBe('Initech');
    expect(logged.contact?.name).toBe('Jane Park');
    expect(logged.occurredAt).toEqual(FIXTURE_NOW);
    const stored = await temp.store.interactions.findById(logged.id);
    expect(stored).toMatchObject({
      type: 'call',
      userId: rep.userId,
      contactId: logged.contact!.id,
      summary: 'discussed renewal',
    });
  });

  it('stores the sentiment of the summary with the interaction', async () => {
    const unhappy = await log({
      type: 'call',
      account: 'initech',
      summary: 'Frustrated: the export failed again',
    });
    const happy = await log({
      type: 'email',
      account: 'initech',
      summary: 'Happy with the rollout, thanks!',
    });
    expect((await temp.store.interactions.findById(unhappy.id))!.sentiment).toBeLessThan(-0.1);
    expect((await temp.store.interactions.findById(happy.id))!.sentiment).toBeGreaterThan(0.1);
  });

  it('links a deal of the account by name and dates a note on a given day', async () => {
    const logged = await log({
      type: 'note',
      account: 'Acme Corporation',
      deal: 'anvil renewal',
      when: '2026-03-10',
      summary: 'wants a discount',
    });
    expect(logged.deal?.name).toBe('Acme anvil fleet renewal');
    expect(logged.occurredAt.toISOString()).toBe('2026-03-10T12:00:00.000Z');
  });

  it('refuses a contact who works at another account, naming where they work', async () => {
    const jane = await temp.store.contacts.findOne({ nameKey: 'jane park' });
    const error = await log({ type: 'call', account: 'Globex', contact: jane!._id, summary: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(isCrmError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as Error).message).toBe('Jane Park is a contact at Initech, not at Globex.');
  });

  it('says who the contacts are when the name matches nobody at the account', async () => {
    const error = await log({ type: 'call', account: 'Initech', contact: 'Wile', summary: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(isCrmError(error, 'NOT_FOUND')).toBe(true);
    expect((error as Error).message).toContain('Contacts there: Jane Park, Bill Lumbergh');
  });

  it('refuses a date in the future and an unknown type, naming the field', async () => {
    await expect(log({ type: 'call', account: 'Initech', when: '2026-04-01', summary: 'x' })).rejects.toThrow(
      /in the future/,
    );
    await expect(log({ type: 'fax', account: 'Initech', summary: 'x' })).rejects.toThrow(/type:/);
  });

  it('is not for marketing or website visitors', async () => {
    await expect(
      log({ type: 'call', account: 'Initech', summary: 'x' }, { role: 'visitor', timezone: 'UTC' }),
    ).rejects.toThrow(/website visitors can't ask me that/);
    await expect(
      log(
        { type: 'call', account: 'Initech', summary: 'x' },
        { role: 'marketing', userId: rep.userId, timezone: 'UTC' },
      ),
    ).rejects.toThrow(/marketing role/);
  });
});
