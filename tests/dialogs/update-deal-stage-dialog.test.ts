import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('update a deal stage, turn by turn through the bot core', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
  });
  afterAll(() => temp.cleanup());

  const texts = async (chat: ChatDriver, message: string) => (await chat.say(message)).map((r) => r.text);
  const deal = (name: string) => temp.store.deals.findOne({ name });

  it('moves a deal named in one sentence after confirmation', async () => {
    const chat = new ChatDriver(services, 'stage-happy');
    expect(await texts(chat, 'move Acme rocket skates to negotiation')).toEqual([
      'Move "Acme rocket skates" (Acme Corporation, $40k) from proposal to negotiation? (yes/no)',
    ]);
    expect(await texts(chat, 'yes')).toEqual([
      'Done: "Acme rocket skates" moved from proposal to negotiation.',
    ]);
    const skates = await deal('Acme rocket skates');
    expect(skates?.stage).toBe('negotiation');
    expect(skates?.stageHistory.map((s) => s.stage)).toEqual(['proposal', 'negotiation']);
  });

  it('asks which deal, then which stage, re-asking an unknown stage', async () => {
    const chat = new ChatDriver(services, 'stage-missing');
    expect(await texts(chat, 'update deal stage')).toEqual([
      'Which deal should I move? Name it, or its account.',
    ]);
    const [which] = await chat.say('acme');
    expect(which!.text).toBe(
      'Several deals match.\nWhich deal?\n1. Acme anvil fleet renewal (Acme Corporation, negotiation, $250k)\n2. Acme rocket skates (Acme Corporation, negotiation, $40k)\n3. Acme 2025 expansion (Acme Corporation, closed won, $120k)',
    );
    expect((await texts(chat, '1'))[0]).toMatch(
      /^"Acme anvil fleet renewal" is in negotiation. Which stage should it move to\?/,
    );
    expect((await texts(chat, 'sideways'))[0]).toMatch(
      /^"sideways" isn't a stage I know.\n"Acme anvil fleet renewal" is in negotiation/,
    );
    expect(await texts(chat, 'negotiation')).toEqual([
      expect.stringMatching(
        /^"Acme anvil fleet renewal" is already in negotiation.\n"Acme anvil fleet renewal" is in negotiation. Which stage/,
      ),
    ]);
    expect(await texts(chat, 'proposal')).toEqual([
      'Move "Acme anvil fleet renewal" (Acme Corporation, $250k) from negotiation to proposal? (yes/no)',
    ]);
    expect(await texts(chat, 'no')).toEqual([
      'Okay, nothing changed: "Acme anvil fleet renewal" stays in negotiation.',
    ]);
    expect((await deal('Acme anvil fleet renewal'))?.stage).toBe('negotiation');
  });

  it('asks why a deal was lost, closes it, and confirms a reopen explicitly', async () => {
    const chat = new ChatDriver(services, 'stage-lost');
    expect(await texts(chat, 'mark the globex deal as closed lost')).toEqual([
      'Why was "Globex energy analytics" lost? (or "skip")',
    ]);
    expect(await texts(chat, 'budget cut')).toEqual([
      'Move "Globex energy analytics" (Globex, €90k) from proposal to closed lost, lost because: budget cut? (yes/no)',
    ]);
    await chat.say('yes');
    expect(await deal('Globex energy analytics')).toMatchObject({
      stage: 'closed_lost',
      lostReason: 'budget cut',
      probability: 0,
    });
    expect((await deal('Globex energy analytics'))?.closedAt).toBeInstanceOf(Date);

    expect(await texts(chat, 'move the globex deal to proposal')).toEqual([
      '"Globex energy analytics" (Globex, €90k) is closed lost. Reopen it and move it to proposal? (yes/no)',
    ]);
    expect(await texts(chat, 'yes')).toEqual([
      'Done: "Globex energy analytics" reopened and moved from closed lost to proposal.',
    ]);
    expect((await deal('Globex energy analytics'))?.closedAt).toBeUndefined();
  });

  it('takes the one open deal among closed ones of the same words, and the closed one when asked to reopen', async () => {
    const initech = await temp.store.accounts.findOne({ name: 'Initech' });
    const rep = await temp.store.users.findOne({ role: 'rep' });
    const base = {
      accountId: initech!._id,
      ownerId: rep!._id,
      amount: 46_000,
      currency: 'USD',
      probability: 50,
      forecastCategory: 'pipeline' as const,
      type: 'new_business' as const,
      stageHistory: [],
    };
    await temp.store.deals.insertMany([
      {
        ...base,
        name: 'Initech - Data integration Q4 2026',
        stage: 'proposal',
        closeDate: new Date('2026-12-29'),
      },
      {
        ...base,
        name: 'Initech - Data integration Q4 2024',
        stage: 'closed_lost',
        closeDate: new Date('2024-12-20'),
      },
    ]);
    const chat = new ChatDriver(services, 'stage-prefer');
    expect(await texts(chat, 'move the initech data integration deal to negotiation')).toEqual([
      'Move "Initech - Data integration Q4 2026" (Initech, $46k) from proposal to negotiation? (yes/no)',
    ]);
    await chat.say('no');
    expect(await texts(chat, 'reopen the initech data integration deal to proposal')).toEqual([
      '"Initech - Data integration Q4 2024" (Initech, $46k) is closed lost. Reopen it and move it to proposal? (yes/no)',
    ]);
  });

  it("refuses a rep another rep's deal before asking anything else", async () => {
    const other = await temp.store.users.insertOne({
      email: 'pat@demo.crmpro.dev',
      name: 'Pat Other',
      role: 'rep',
      team: 'Enterprise',
      timezone: 'UTC',
      active: true,
    });
    const account = await temp.store.accounts.findOne({ name: 'Initech' });
    await temp.store.deals.insertOne({
      name: 'Initech printers',
      accountId: account!._id,
      ownerId: other._id,
      stage: 'proposal',
      amount: 5000,
      currency: 'USD',
      closeDate: new Date('2026-06-01'),
      probability: 40,
      forecastCategory: 'pipeline',
      type: 'new_business',
      stageHistory: [],
    });
    const chat = new ChatDriver(services, 'stage-forbidden');
    expect(await texts(chat, 'move Initech printers to negotiation')).toEqual([
      'Sorry, I can\'t change that deal: "Initech printers" belongs to Pat Other; reps can change only their own deals.',
    ]);
  });

  it('starts over empty, cancels, and resumes after a restart', async () => {
    const chat = new ChatDriver(services, 'stage-restart');
    await chat.say('move Acme rocket skates to closed won');
    expect(await texts(chat, 'start over')).toEqual([
      "Okay, let's start over.\nWhich deal should I move? Name it, or its account.",
    ]);
    await chat.say('skates');
    const after = new ChatDriver(servicesFor(temp.store), 'stage-restart');
    expect(await texts(after, 'closed won')).toEqual([
      'Move "Acme rocket skates" (Acme Corporation, $40k) from negotiation to closed won? (yes/no)',
    ]);
    expect(await texts(after, 'cancel')).toEqual(['Okay, cancelled. What next?']);
    expect((await deal('Acme rocket skates'))?.stage).toBe('negotiation');
  });
});
