import { dealsMatching } from '../../src/skills/shared/deal-lookup';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';

/** Deals named as the demo CRM names them: "<account> - <title>", a repeated title with " (2)". */
describe('a deal named whole wins over its look-alikes', () => {
  const temp = temporaryStore();
  let acmeId: string;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    const acme = (await temp.store.accounts.find({}))
      .filter((account) => account.name.startsWith('Acme'))
      .at(0)!;
    acmeId = acme._id;
    // Two copies of one of Acme's deals, named as the demo CRM names a repeated title.
    const { _id, createdAt, updatedAt, ...model } = (await temp.store.deals.find({ accountId: acmeId }))[0]!;
    void [_id, createdAt, updatedAt];
    const deal = (name: string, amount: number) => ({
      ...model,
      name: `${acme.name} - ${name}`,
      stage: 'proposal' as const,
      amount,
      closeDate: new Date(FIXTURE_NOW.getTime() + 30 * 86_400_000),
    });
    await temp.store.deals.insertMany([
      deal('Annual renewal Q1 2027', 190_000),
      deal('Annual renewal Q1 2027 (2)', 124_000),
    ]);
  });
  afterAll(() => temp.cleanup());

  const names = async (mention: string, scope: { accountId?: string } = {}) =>
    (await dealsMatching(temp.store, mention, scope)).map((deal) => deal.name.replace(/^.* - /, ''));

  it('the whole name, with its account', async () => {
    const account = (await temp.store.accounts.findById(acmeId))!.name;
    expect(await names(`${account} - Annual renewal Q1 2027`)).toEqual(['Annual renewal Q1 2027']);
  });

  it('the rest of the name once the account was read apart, in any case and spacing', async () => {
    expect(await names('annual renewal q1 2027', { accountId: acmeId })).toEqual(['Annual renewal Q1 2027']);
    expect(await names('Annual  Renewal Q1 2027', { accountId: acmeId })).toEqual(['Annual renewal Q1 2027']);
    expect(await names('annual renewal q1 2027 (2)', { accountId: acmeId })).toEqual([
      'Annual renewal Q1 2027 (2)',
    ]);
  });

  it('words that are not a whole name still offer every deal they fit', async () => {
    expect(await names('annual renewal', { accountId: acmeId })).toEqual([
      'Annual renewal Q1 2027',
      'Annual renewal Q1 2027 (2)',
    ]);
  });
});
