import { accountBriefing } from '../../src/skills/account-briefing';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { briefingReply } from '../../src/dialogs/replies/briefing-replies';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { fullView } from './full-view';

// Issue 19, tenth round (w8f): a contact who left the account's company is kept for history, but a
// briefing never names them as the main contact ("our main contact at Initech is Jane ..." after
// she left in May), lists them after the people still there, and says when they left.
const rep: Caller = { role: 'rep', userId: 'x', timezone: 'UTC' };

describe('account briefing: contacts who left the company', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(async () => {
    rep.userId = (await loadSmallCrm(temp.store)).repId;
    // Jane Park, Initech's primary contact and champion, left on 4 May 2026.
    await temp.store.contacts.updateOne(
      { nameKey: 'jane park' },
      { $set: { leftAt: new Date('2026-05-04T09:00:00Z') } },
    );
  });
  afterAll(() => temp.cleanup());

  const brief = async (account: string, contacts?: 'all') =>
    fullView(
      await invokeSkill(
        accountBriefing,
        { account, ...(contacts ? { contacts } : {}) },
        { caller: rep, services },
      ),
    );

  it('lists the people still there first, the primary contact who left after them', async () => {
    const briefing = await brief('Initech');
    expect(briefing.contacts?.map((c) => c.name)).toEqual(['Bill Lumbergh', 'Jane Park']);
    expect(briefing.contacts?.[1]?.leftAt).toEqual(new Date('2026-05-04T09:00:00Z'));
    expect(briefing.contacts?.[0]?.leftAt).toBeUndefined();
  });

  it.each(['overview', 'contacts'] as const)(
    'the %s reply never names a contact who left as the main contact, and says they left',
    async (focus) => {
      const reply = briefingReply(await brief('Initech', 'all'), focus, FIXTURE_NOW, 'UTC');
      expect(reply.text).not.toMatch(/main contact at Initech is Jane Park/);
      expect(reply.text).toMatch(/Jane Park[^\n]*\n\s+[^\n]*left 4 May 2026/);
      if (focus === 'contacts') expect(reply.text).toMatch(/main contact at Initech is Bill Lumbergh/);
    },
  );

  it('an account whose contacts are all still there is briefed as before', async () => {
    const reply = briefingReply(await brief('Acme Corporation', 'all'), 'contacts', FIXTURE_NOW, 'UTC');
    expect(reply.text).toMatch(/^Our main contact at Acme Corporation is Wile Coyote/);
    expect(reply.text).not.toMatch(/\bleft\b/);
  });

  it('counts one open deal as "1 deal" in the profile facts', async () => {
    const briefing = await brief('Acme Corporation', 'all');
    expect(briefing.openDeals?.length).toBeGreaterThan(0);
    const one = { ...briefing, openDeals: briefing.openDeals!.slice(0, 1) };
    const fact = (b: typeof briefing) =>
      briefingReply(b, 'profile', FIXTURE_NOW, 'UTC').facts?.find((f) => f.label === 'Open pipeline')?.value;
    expect(fact(one)).toMatch(/\(1 deal\)$/);
    expect(fact({ ...briefing, openDeals: [...briefing.openDeals!, ...briefing.openDeals!] })).toMatch(
      /\(\d+ deals\)$/,
    );
  });
});
