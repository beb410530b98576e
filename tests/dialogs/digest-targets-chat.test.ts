import { isSalesTargetMessage, targetDraftOf } from '../../src/dialogs/intents/sales-target-chat';
import { ChatDriver } from '../fixtures/chat-driver';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('sales targets in chat', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('tells a team’s sales target from other targets', () => {
    for (const said of [
      "what's our target this quarter?",
      'what is the EMEA target for Q2',
      'set the EMEA target for 2026-Q1 to 1.2M',
      'change our Q3 target to €900k',
      // A person's quota is their team's target.
      "what's sam's quota this quarter",
      "what is Olivia's target for q1",
    ])
      expect(isSalesTargetMessage(said)).toBe(true);
    for (const said of [
      'what happens if you miss the uptime target',
      'what is the target list of champions?',
      'how are we tracking against target',
      'set the campaign target audience to champions',
      "what's acme's target market",
      "what's sam's pipeline this quarter",
    ])
      expect(isSalesTargetMessage(said)).toBe(false);
  });

  it('reads the team, period and amount people write', () => {
    expect(targetDraftOf('set the EMEA target for 2026-Q1 to 1.2M', FIXTURE_NOW)).toEqual({
      team: 'EMEA',
      period: '2026-Q1',
      amount: 1_200_000,
      currency: 'USD',
    });
    expect(targetDraftOf('change our Q3 target to €900k', FIXTURE_NOW)).toEqual({
      period: '2026-Q3',
      amount: 900_000,
      currency: 'EUR',
    });
    expect(targetDraftOf('set the target for next quarter to 2,500,000', FIXTURE_NOW)).toEqual({
      period: '2026-Q2',
      amount: 2_500_000,
      currency: 'USD',
    });
    expect(() => targetDraftOf('set the EMEA target for 2026-Q1', FIXTURE_NOW)).toThrow(/How much\?/);
  });

  // Setting a target in other words: each is a target message read to the same draft.
  it.each([
    'set our target for 2027-Q1 to 1.5M',
    'put our 2027-Q1 target at 1.5M',
    'bump our target for 2027-Q1 to 1.5 million',
    'our target for 2027-Q1 should be 1.5M',
    'the 2027-Q1 target needs to be $1,500,000',
    'target for 2027-Q1: 1.5M',
    'increase our 2027-Q1 target to 1500k',
  ])('reads "%s" as setting 1.5M for 2027-Q1', (said) => {
    expect(isSalesTargetMessage(said)).toBe(true);
    expect(targetDraftOf(said, FIXTURE_NOW)).toEqual({
      period: '2027-Q1',
      amount: 1_500_000,
      currency: 'USD',
    });
  });

  it.each(["what's our target for 2027-Q1?", 'is our target for q1 realistic', 'how far are we from target'])(
    '"%s" asks, it sets nothing',
    (said) => {
      expect(() => targetDraftOf(said, FIXTURE_NOW)).toThrow(/How much\?/);
    },
  );

  it('a manager sets their team’s target after confirming; no leaves it; other teams and reps are refused; anyone on the team can ask', async () => {
    await loadSmallCrm(temp.store);
    await temp.store.users.insertOne({
      email: 'emea.lead@demo.crmpro.dev',
      name: 'Emea Lead',
      role: 'manager',
      team: 'EMEA',
      timezone: 'UTC',
      active: true,
    });
    const services = servicesFor(temp.store);
    const manager = new ChatDriver(services, 'targets-manager', { localUser: 'morgan.lee@demo.crmpro.dev' });
    const rep = new ChatDriver(services, 'targets-rep', { localUser: REP_EMAIL });
    const say = async (chat: ChatDriver, message: string) =>
      (await chat.say(message)).map((r) => r.text).join('\n');
    const stored = () => temp.store.salesTargets.find({}, { sort: { _id: 1 } });

    expect(await say(rep, "what's our target this quarter?")).toBe(
      'No target is set for Enterprise for 2026-Q1.',
    );
    expect(await say(manager, 'set the Enterprise target for this quarter to 1.2M')).toBe(
      'Set the Enterprise target for 2026-Q1 to $1,200,000 (none is set yet)? (yes/no)',
    );
    expect(await stored()).toEqual([]); // nothing written before the yes
    expect(await say(manager, 'yes')).toMatch(/^Done: the Enterprise target for 2026-Q1 is \$1,200,000\./);
    expect(await stored()).toEqual([
      expect.objectContaining({ team: 'Enterprise', period: '2026-Q1', amount: 1_200_000, currency: 'USD' }),
    ]);

    expect(await say(manager, 'change our target for 2026-Q1 to 1.5M')).toMatch(
      /it is \$1,200,000 now\)\? \(yes\/no\)$/,
    );
    expect(await say(manager, 'no')).toBe('Okay, the Enterprise target for 2026-Q1 stays as it was.');
    expect((await stored())[0]!.amount).toBe(1_200_000);

    expect(await say(manager, 'set the EMEA target for 2026-Q1 to 900k')).toMatch(
      /Managers set their own team's target only/,
    );
    expect(await say(rep, 'set our target for Q1 2026 to 5M')).toMatch(
      /Only managers .* and admins set targets/,
    );
    expect(await stored()).toHaveLength(1);
    expect(await say(rep, "what's our target this quarter?")).toBe(
      'The Enterprise target for 2026-Q1 is $1,200,000.',
    );
    // A marketing "target list" is not a sales target.
    expect(await say(manager, 'what is the target list of champions?')).not.toMatch(/target for 2026/);
  }, 180_000);
});

describe('an admin setting another team’s sales target in chat', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('asks to confirm and stores it on yes; a manager of a different team is refused in plain words', async () => {
    await loadSmallCrm(temp.store);
    await temp.store.users.insertMany([
      {
        email: 'jordan.blake@demo.crmpro.dev',
        name: 'Jordan Blake',
        role: 'admin',
        team: 'Operations',
        timezone: 'UTC',
        active: true,
      },
      {
        email: 'kai.tan@demo.crmpro.dev',
        name: 'Kai Tan',
        role: 'manager',
        team: 'APAC',
        timezone: 'Pacific/Auckland',
        active: true,
      },
    ]);
    const services = servicesFor(temp.store);
    const admin = new ChatDriver(services, 'targets-admin', { localUser: 'jordan.blake@demo.crmpro.dev' });
    const apac = new ChatDriver(services, 'targets-apac', { localUser: 'kai.tan@demo.crmpro.dev' });
    const morgan = new ChatDriver(services, 'targets-enterprise', {
      localUser: 'morgan.lee@demo.crmpro.dev',
    });
    const say = async (chat: ChatDriver, message: string) =>
      (await chat.say(message)).map((r) => r.text).join('\n');
    const stored = () => temp.store.salesTargets.find({}, { sort: { _id: 1 } });

    // The admin names the team in lower case; the stored team keeps its own spelling.
    expect(await say(admin, 'set the apac target for Q2 2026 to 800k')).toBe(
      'Set the APAC target for 2026-Q2 to $800,000 (none is set yet)? (yes/no)',
    );
    expect(await stored()).toEqual([]);
    expect(await say(admin, 'yes')).toMatch(/^Done: the APAC target for 2026-Q2 is \$800,000\./);
    expect(await stored()).toEqual([
      expect.objectContaining({ team: 'APAC', period: '2026-Q2', amount: 800_000, currency: 'USD' }),
    ]);
    // The team's own manager sees it.
    expect(await say(apac, "what's our target for Q2 2026?")).toBe(
      'The APAC target for 2026-Q2 is $800,000.',
    );

    // A manager of another team may not set it, nor may APAC's manager set Enterprise's: refused
    // before any confirmation, in plain words, without internal names.
    const refusal = await say(morgan, 'set the APAC target for 2026-Q2 to 2M');
    expect(refusal).toBe("Managers set their own team's target only (yours is Enterprise).");
    expect(await say(apac, 'set the Enterprise target for 2026-Q2 to 1M')).toBe(
      "Managers set their own team's target only (yours is APAC).",
    );
    // The refused request left nothing pending: a "yes" now confirms nothing.
    expect(await say(morgan, 'yes')).not.toMatch(/^Done/);
    expect(await stored()).toEqual([expect.objectContaining({ team: 'APAC', amount: 800_000 })]);

    // The admin may change any team's; an unknown team is said plainly.
    expect(await say(admin, 'set the APAC target for 2026-Q2 to 950k')).toBe(
      'Set the APAC target for 2026-Q2 to $950,000 (it is $800,000 now)? (yes/no)',
    );
    expect(await say(admin, 'yes')).toMatch(/^Done: the APAC target for 2026-Q2 is \$950,000\./);
    expect(await say(admin, 'set the Narnia target for 2026-Q2 to 1M')).toMatch(
      /I don't know a team called "Narnia"/,
    );
    // A region where a team was expected (no team is called EMEA here): the manager's own team's
    // target, said so before the yes and in the answer; another team's stays refused (above).
    expect(await say(morgan, 'set the emea target for 2026-Q3 to 1.5M')).toBe(
      'Targets are set per team, not per region (EMEA). Set the Enterprise target for 2026-Q3 to $1,500,000 (none is set yet)? (yes/no)',
    );
    expect(await say(morgan, 'yes')).toMatch(
      /^Done: the Enterprise target for 2026-Q3 is \$1,500,000 \(your team's: .*not per region like EMEA\)/,
    );
    // Targets are per team: a person's quota is their team's target.
    expect(await say(admin, "what's Sam's quota for Q2 2026?")).toMatch(/\bEnterprise\b.*2026-Q2/);
    expect(await stored()).toEqual([
      expect.objectContaining({ team: 'APAC', amount: 950_000 }),
      expect.objectContaining({ team: 'Enterprise', period: '2026-Q3', amount: 1_500_000 }),
    ]);
  }, 180_000);
});
