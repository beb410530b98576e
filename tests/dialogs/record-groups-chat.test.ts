import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney, formatMoneyExact } from '../../src/dialogs/replies/format';
import { nameKeyOf, type Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, seventh round, through the bot core on the demo CRM: deals of a type and deals by
// region. Every figure is recomputed here from the store, so a reply that routes right but states a
// wrong number fails.
const SAM = 'sam.rivera@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const usd = (deals: Deal[]) => deals.filter((d) => d.currency === 'USD').reduce((s, d) => s + d.amount, 0);

describe('deals of a type and deals by region through the bot core', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("an admin asking which region has the most open pipeline hears the store's ranking", async () => {
    const { store } = world.services;
    const accounts = new Map((await store.accounts.find({})).map((a) => [a._id, a.region ?? 'no region']));
    const open = (await store.deals.find({})).filter(isOpen);
    const byRegion = [...new Set(open.map((d) => accounts.get(d.accountId)!))]
      .map((region) => ({ region, deals: open.filter((d) => accounts.get(d.accountId) === region) }))
      .sort((a, b) => usd(b.deals) - usd(a.deals));
    const top = byRegion[0]!;
    const chat = new ChatDriver(world.services, 'c-region', { localUser: JORDAN });
    const [reply] = await chat.say('which region has the most open pipeline');
    expect(reply!.text).toMatch(
      new RegExp(`^${top.region} has the biggest open pipeline \\(everyone\\): ${top.deals.length} deals`),
    );
    expect(reply!.text).toContain(formatMoney(usd(top.deals), 'USD'));
    // Every region with open deals, in order.
    const listed = byRegion.map((r) => reply!.text.indexOf(`. ${r.region} — ${r.deals.length} deals`));
    expect(listed.every((at) => at > 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
  }, 60_000);

  it("a rep's renewals add up to the store's open renewals, and only renewals are listed", async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const renewals = (await store.deals.find({ ownerId: sam._id, type: 'renewal' })).filter(isOpen);
    expect(renewals.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-renewals', { localUser: SAM });
    const [reply] = await chat.say('total value of my renewals?');
    expect(reply!.text).toContain(
      `Open renewal deals (your deals) add up to ${formatMoney(usd(renewals), 'USD')} (${formatMoneyExact(usd(renewals), 'USD')}) across ${renewals.length} deals.`,
    );
    const others = (await store.deals.find({ ownerId: sam._id, type: { $ne: 'renewal' } })).filter(isOpen);
    for (const deal of others) expect(reply!.text).not.toContain(`• ${deal.name} —`);
    // A month narrows them to those closing in it.
    const [december] = await chat.say('how many renewals do i have closing in december');
    const inDecember = renewals.filter((d) => d.closeDate.toISOString().startsWith('2026-12'));
    expect(december!.text).toMatch(
      inDecember.length
        ? new RegExp(`^${inDecember.length} open renewal deals? closing 1 Dec 2026–31 Dec 2026`)
        : /^No open renewal deals closing 1 Dec 2026–31 Dec 2026/,
    );
  }, 60_000);

  it("listing an account's contacts shows every one of them, not the briefing's key eight", async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const accounts = await store.accounts.find({ ownerId: sam._id });
    const withContacts = await Promise.all(
      accounts.map(async (a) => ({ account: a, contacts: await store.contacts.find({ accountId: a._id }) })),
    );
    const most = withContacts.sort((a, b) => b.contacts.length - a.contacts.length)[0]!;
    // More contacts than a briefing's key eight, the last ones blockers (ranked last).
    for (const [i, lastName] of ['Nelson', 'Okafor', 'Quist', 'Rahm'].entries()) {
      const contact = {
        accountId: most.account._id,
        firstName: `Linda${i}`,
        lastName,
        nameKey: nameKeyOf(`Linda${i} ${lastName}`),
        buyingRole: 'blocker' as const,
        primary: false,
      };
      await store.contacts.insertOne(contact);
    }
    most.contacts = await store.contacts.find({ accountId: most.account._id });
    expect(most.contacts.length).toBeGreaterThan(8);
    const chat = new ChatDriver(world.services, 'c-contacts', { localUser: SAM });
    const [reply] = await chat.say(`list the contacts at ${most.account.name} pls`);
    const shown = [reply!.text, ...(reply!.lists ?? []).flatMap((l) => l.items.map((i) => i.title))].join(
      '\n',
    );
    for (const contact of most.contacts) expect(shown).toContain(`${contact.firstName} ${contact.lastName}`);
    expect(reply!.text).toContain(`${most.contacts.length} contacts in total.`);
  }, 60_000);

  it("marketing's leads by source are the store's leads counted by source, with how each converted", async () => {
    const { store } = world.services;
    const leads = await store.leads.find({});
    const web = leads.filter((l) => l.source === 'web');
    const chat = new ChatDriver(world.services, 'c-leads', { localUser: 'alex.kim@demo.crmpro.dev' });
    const [reply] = await chat.say('break down our leads by source');
    expect(reply!.text).toContain(`Leads by source (${leads.length} you can see):`);
    expect(reply!.text).toContain(
      `• web — ${web.length}: ${web.filter((l) => l.status === 'converted').length} converted, ${web.filter((l) => l.status === 'disqualified').length} disqualified`,
    );
    expect(reply!.text).not.toMatch(/for the sales team|can.t help/);
  }, 60_000);
  it("marketing's leads by industry and by country are the store's leads counted so (tenth round)", async () => {
    const { store } = world.services;
    const leads = await store.leads.find({});
    const chat = new ChatDriver(world.services, 'c-lead-places', { localUser: 'alex.kim@demo.crmpro.dev' });
    const [byIndustry] = await chat.say('leads by industry');
    expect(byIndustry!.text).toContain(`Leads by industry (${leads.length} you can see):`);
    const industries = new Set(leads.map((l) => l.industry ?? '(no industry)'));
    for (const industry of industries) {
      const n = leads.filter((l) => (l.industry ?? '(no industry)') === industry).length;
      expect(byIndustry!.text).toContain(`• ${industry} — ${n}:`);
    }
    const [byCountry] = await chat.say('how many leads per country');
    const linked = leads.filter((l) => l.accountId);
    const accounts = await store.accounts.find({ _id: { $in: linked.map((l) => l.accountId!) } });
    const countryOf = new Map(accounts.map((a) => [a._id, a.country]));
    const unplaced = leads.filter((l) => !l.accountId || !countryOf.get(l.accountId)).length;
    expect(byCountry!.text).toContain(`Leads by country (${leads.length} you can see):`);
    if (unplaced) expect(byCountry!.text).toContain(`• (no country recorded) — ${unplaced}:`);
    expect(byCountry!.text).toMatch(/A lead records no country of its own/);
    expect(byCountry!.text).not.toMatch(/most likely to convert/);
  }, 60_000);

  it("marketing's filtered lead counts are the store's counts of that source or status (r4)", async () => {
    const { store } = world.services;
    const leads = await store.leads.find({});
    const web = leads.filter((l) => l.source === 'web').length;
    const fresh = leads.filter((l) => l.status === 'new').length;
    const chat = new ChatDriver(world.services, 'c-lead-counts', { localUser: 'alex.kim@demo.crmpro.dev' });
    const [byWeb] = await chat.say('how many leads came in through web');
    expect(byWeb!.text).toMatch(new RegExp(`^${web} web leads? \\(of ${leads.length} you can see\\)`));
    const [stillNew] = await chat.say('how many leads are still new');
    expect(stillNew!.text).toMatch(new RegExp(`^${fresh} new leads? \\(of ${leads.length} you can see\\)`));
  }, 60_000);
});
