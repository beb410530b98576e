import { isCrmError } from '../../src/core/errors';
import { accountBriefing } from '../../src/skills/account-briefing';
import { coreKeyOf } from '../../src/skills/shared/account-resolver';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { fullView } from './full-view';

// The fixture's rep, who owns its accounts (set once the fixture is loaded).
const rep: Caller = { role: 'rep', userId: 'x', timezone: 'UTC' };

describe('account briefing skill', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(async () => {
    rep.userId = (await loadSmallCrm(temp.store)).repId;
  });
  afterAll(() => temp.cleanup());

  const brief = async (account: string, caller: Caller = rep) =>
    fullView(await invokeSkill(accountBriefing, { account }, { caller, services }));

  it('briefs on an account named loosely, with open deals, pipeline, wins and contacts', async () => {
    const briefing = await brief('acme corp');
    expect(briefing.account.name).toBe('Acme Corporation');
    expect(briefing.owner?.name).toBe('Sam Rivera');
    expect(briefing.openDeals?.map((d) => d.name)).toEqual([
      'Acme anvil fleet renewal',
      'Acme rocket skates',
    ]);
    expect(briefing.openPipeline).toEqual([{ currency: 'USD', amount: 290_000 }]);
    expect(briefing.wonLastYear).toEqual([{ currency: 'USD', amount: 120_000 }]);
    expect(briefing.recentInteractions?.[0]?.summary).toBe('Renewal workshop with procurement');
    expect(briefing.lastInteractionAt).toEqual(new Date(FIXTURE_NOW.getTime() - 2 * 86_400_000));
  });

  it('takes the name without its legal form as that account ("Acme" is Acme Corporation, not Acme Logistics)', async () => {
    expect((await brief('Acme')).account.name).toBe('Acme Corporation');
    expect((await brief('acme logistics')).account.name).toBe('Acme Logistics');
  });

  it('finds accounts by domain and through typos', async () => {
    expect((await brief('globex.com')).account.name).toBe('Globex');
    expect((await brief('Initek')).account.name).toBe('Initech');
  });

  it('lists the primary contact and champion first', async () => {
    const briefing = await brief('Initech');
    expect(briefing.contacts?.map((c) => c.name)).toEqual(['Jane Park', 'Bill Lumbergh']);
  });

  it('says NOT_FOUND with suggestions when no account matches', async () => {
    await expect(brief('Massive Dynamic')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const error = await brief('Globx Energy').catch((e: unknown) => e);
    expect(isCrmError(error)).toBe(true);
  });

  it('says AMBIGUOUS with the candidates when several accounts match equally', async () => {
    await temp.store.accounts.insertOne({
      name: 'Acme Logistik',
      nameKey: 'acme logistik',
      status: 'prospect',
    });
    const error = await brief('acme logis').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AMBIGUOUS' });
    const names = (error as { details: { candidates: { name: string }[] } }).details.candidates
      .map((c) => c.name)
      .sort();
    expect(names).toEqual(['Acme Logistics', 'Acme Logistik']);
  });

  it('refuses website visitors', async () => {
    await expect(brief('Acme', { role: 'visitor', timezone: 'UTC' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('rejects an empty account name as invalid input', async () => {
    await expect(brief('  ')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('strips legal forms for matching', () => {
    expect(coreKeyOf('The Hooli Group, Inc.')).toBe('hooli');
    expect(coreKeyOf('Acme Corporation')).toBe('acme');
  });
});
