/**
 * A source's leads and the follow-ups that narrow them (issue 19, twelfth round, W12-G): marketing's
 * "referral leads" ranked every open lead whatever its source, "how many leads came from events" then
 * "how many of those converted" was refused as sales data, "partner leads" then "still being worked?"
 * went to the documentation, "leads by source" then "just the ones from events" was refused, and
 * "which leads from saas connect are still open" named the campaign's converted leads too. A source
 * said of leads lists that source's leads like a campaign's; a follow-up pointing back at them (or a
 * few words of status alone) narrows them by status; a status said in a clause after "leads" narrows
 * them too. The figures here are counted from the store.
 */
import { leadRateQuestionOf } from '../../src/dialogs/routing/lead-rate-questions';
import {
  isLeadFollowUp,
  leadStatusesOfFollowUp,
  sourceNarrowingOf,
} from '../../src/dialogs/intents/lead-follow-ups';
import {
  leadStatusesOf,
  marketingIntentOf,
  sourceOfLeads,
} from '../../src/dialogs/routing/marketing-questions';
import type { ConversationMemory } from '../../src/dialogs/conversation-memory';
import type { Lead } from '../../src/vocabulary';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { ChatDriver } from '../fixtures/chat-driver';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const OPEN = ['new', 'working', 'qualified'];

describe('the source whose leads a question lists', () => {
  it.each([
    ['referral leads', 'referral'],
    ['partner leads', 'partner'],
    ['show me our event leads', 'event'],
    ['leads from referrals', 'referral'],
    ['list the leads that came in via chat', 'chat'],
    ['which outbound leads are most likely to convert', 'outbound'],
    ['leads from events', 'event'],
  ])('"%s" lists the %s leads', (text, source) => {
    expect(sourceOfLeads(text)).toBe(source);
  });

  it.each([
    'leads from the saas connect 2026 event',
    'score the leads from the webinar',
    'which new leads are most likely to convert',
    'who referred globex to us',
    'partner program pricing',
  ])('"%s" lists no source\'s leads', (text) => {
    expect(sourceOfLeads(text)).toBeUndefined();
  });
});

describe('a follow-up narrowing the leads just shown', () => {
  it.each([
    ['how many of those converted', ['converted']],
    ['and how many of those converted', ['converted']],
    ['only converted ones', ['converted']],
    ['did any of them convert', ['converted']],
    ['which of them converted', ['converted']],
    ['still being worked?', ['working']],
    ['which of those are still open', OPEN],
  ])('"%s" asks for %j', (text, statuses) => {
    expect(leadStatusesOfFollowUp(text)).toEqual(statuses);
  });

  const afterSource = (): ConversationMemory => ({ lastFocus: 'leads', lastLeadSource: 'partner' });
  it.each(['still being worked?', 'how many of those converted', 'only converted ones', 'any disqualified?'])(
    '"%s" right after a source\'s leads is a follow-up on them',
    (text) => {
      expect(isLeadFollowUp(text, afterSource())).toBe(true);
    },
  );
  it.each([
    'how many deals did we win',
    'what about acme',
    'which of them is the biggest deal',
    'still there?',
    'how do i export leads',
  ])('"%s" right after a source\'s leads is no follow-up on them', (text) => {
    expect(isLeadFollowUp(text, afterSource())).toBe(false);
  });
  it('"still being worked?" with no leads just shown is no follow-up', () => {
    expect(isLeadFollowUp('still being worked?', { lastFocus: 'deals' })).toBe(false);
  });

  it.each([
    ['just the ones from events', 'event'],
    ['only the referral ones', 'referral'],
    ['which of those came from partners', 'partner'],
  ])('"%s" after leads by source narrows them to %s', (text, source) => {
    expect(sourceNarrowingOf(text)).toBe(source);
    expect(isLeadFollowUp(text, { lastFocus: 'leads', lastLeadBreakdown: 'leads by source' })).toBe(true);
  });
  it.each(['just this year', 'what about web', 'how do events work'])(
    '"%s" after leads by source narrows them to no source',
    (text) => {
      expect(sourceNarrowingOf(text)).toBeUndefined();
    },
  );
});

describe('people who came to a campaign', () => {
  it.each([
    'who came to the saas connect 2026 event',
    'who attended the autumn webinar',
    'who signed up for the spring webinar',
    'who registered for saas connect',
    'attendees of the summer webinar',
    'who showed up at saas connect 2026',
  ])('"%s" asks for the campaign\'s leads', (text) => {
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });
  it.each([
    'who came to the meeting with acme',
    'who attended the qbr',
    'who joined the team this year',
    'when is the next webinar',
  ])('"%s" is no campaign\'s leads', (text) => {
    expect(marketingIntentOf(text)).toBeUndefined();
  });
});

describe('revenue broken down by where leads came from', () => {
  it.each([
    ['revenue by lead source this year', 'source'],
    ['revenue per channel', 'source'],
    ['bookings by campaign', 'campaign'],
    ['sales by lead source', 'source'],
    ['won revenue by lead source', 'source'],
    ['revenue split by source', 'source'],
  ])('"%s" is revenue by %s, which is credited to no lead group', (text, by) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'ranked', by, revenue: true });
  });
  it.each(['leads by source', 'revenue by region', 'revenue this year', 'which source converts best'])(
    '"%s" is no revenue by lead source',
    (text) => {
      const question = leadRateQuestionOf(text);
      expect(question && 'revenue' in question ? question.revenue : undefined).toBeUndefined();
    },
  );
});

describe('a status said in a clause after "leads"', () => {
  it.each([
    ['which leads from saas connect are still open', OPEN],
    ['leads from the webinar that are still open', OPEN],
    ['pricing guide leads still being worked', ['working']],
    ['which referral leads are still active', OPEN],
  ])('"%s" asks for %j', (text, statuses) => {
    expect(leadStatusesOf(text)).toEqual(statuses);
  });
  it.each(['leads from saas connect', 'which leads should we open a case for', 'leads by source'])(
    '"%s" names no status',
    (text) => {
      expect(leadStatusesOf(text)).toBeUndefined();
    },
  );
});

describe("a source's leads and their follow-ups, in chat", () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    // The evaluation's demo CRM (scale 0.2): enough resolved leads for the lead model to be trained.
    world = await openEvalScaleWorld();
    leads = await world.services.store.leads.find({});
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const conversation = async (...turns: string[]) => {
    const chat = new ChatDriver(world.services, `c-lead-source-${n++}`, { localUser: MARKETING });
    const replies: string[] = [];
    for (const turn of turns) replies.push((await chat.say(turn)).map((reply) => reply.text).join('\n'));
    return replies;
  };
  const of = (source: Lead['source'], statuses: readonly string[]) =>
    leads.filter((lead) => lead.source === source && statuses.includes(lead.status)).map((lead) => lead.name);

  it("lists a source's leads: the open ones scored, the others named, other sources' left out", async () => {
    const [reply] = await conversation('referral leads');
    const all = of('referral', [...OPEN, 'converted', 'disqualified']);
    expect(reply).toContain(`${all.length} referral leads`);
    for (const name of all) expect(reply).toContain(name);
    for (const name of of('web', OPEN)) expect(reply).not.toContain(name);
  });

  it('"only converted ones" after a source\'s leads names just its converted ones', async () => {
    const [, reply] = await conversation('referral leads', 'only converted ones');
    const converted = of('referral', ['converted']);
    expect(reply).toContain(`(${converted.length})`);
    for (const name of converted) expect(reply).toContain(name);
    for (const name of of('referral', OPEN)) expect(reply).not.toContain(name);
  });

  it('"how many of those converted" after counting a source\'s leads counts its converted ones', async () => {
    const [count, reply] = await conversation(
      'how many leads came from events',
      'how many of those converted',
    );
    expect(count).toContain(`${of('event', [...OPEN, 'converted', 'disqualified']).length} event leads`);
    const converted = of('event', ['converted']);
    expect(reply).toContain(`Converted event leads (${converted.length})`);
    for (const name of converted) expect(reply).toContain(name);
  });

  it('"still being worked?" after a source\'s leads lists its working ones', async () => {
    const [, reply] = await conversation('partner leads', 'still being worked?');
    const working = of('partner', ['working']);
    expect(reply).toContain(`${working.length} working partner leads`);
    for (const name of working) expect(reply).toContain(name);
    for (const name of of('partner', ['new', 'converted'])) expect(reply).not.toContain(name);
  });

  it('"just the ones from events" after leads by source lists the event leads', async () => {
    const [, reply] = await conversation('leads by source', 'just the ones from events');
    const all = of('event', [...OPEN, 'converted', 'disqualified']);
    expect(reply).toContain(`${all.length} event leads`);
    for (const name of all) expect(reply).toContain(name);
  });

  it('"who came to <campaign>" then "which of them converted": all its leads, then its converted ones', async () => {
    const campaign = 'SaaS Connect 2026';
    const ofCampaign = (statuses: readonly string[]) =>
      leads
        .filter((lead) => lead.campaign === campaign && statuses.includes(lead.status))
        .map((lead) => lead.name);
    const [all, converted] = await conversation(
      'who came to the saas connect 2026 event',
      'which of them converted',
    );
    for (const name of ofCampaign([...OPEN, 'converted', 'disqualified'])) expect(all).toContain(name);
    expect(ofCampaign(['converted']).length).toBeGreaterThan(0);
    for (const name of ofCampaign(['converted'])) expect(converted).toContain(name);
    for (const name of ofCampaign([...OPEN, 'disqualified'])) expect(converted).not.toContain(name);
  });

  it("marketing's revenue by lead source is refused plainly (deals are the sales team's); a manager's is not", async () => {
    const [marketing] = await conversation('revenue by lead source this year');
    expect(marketing).toMatch(
      /^Sorry, I can't show you revenue: deals and their amounts are for the sales team\./,
    );
    expect(marketing).not.toMatch(/[$€£]\s?\d/);
    const chat = new ChatDriver(world.services, `c-lead-source-${n++}`, {
      localUser: 'morgan.lee@demo.crmpro.dev',
    });
    const manager = (await chat.say('revenue by lead source this year'))
      .map((reply) => reply.text)
      .join('\n');
    expect(manager).toMatch(/Won revenue isn't counted per lead source/);
    expect(manager).not.toMatch(/Sorry, I can't show you revenue/);
  });

  it('"leads from our webinars in 2026" names the leads of every 2026 webinar, not an older one\'s', async () => {
    const [reply] = await conversation('leads from our webinars in 2026');
    const webinars = leads.filter((lead) => /webinar/i.test(lead.campaign ?? ''));
    const in2026 = webinars.filter((lead) => lead.createdAt!.getUTCFullYear() === 2026);
    const before = webinars.filter((lead) => lead.createdAt!.getUTCFullYear() < 2026);
    expect(new Set(in2026.map((lead) => lead.campaign)).size).toBeGreaterThan(1);
    for (const lead of in2026) expect(reply).toContain(lead.name);
    for (const lead of before) expect(reply).not.toContain(lead.name);
    expect(reply).toContain(`brought ${in2026.length} leads that came in 2026`);
  });

  it('"which leads from <campaign> are still open" names only its open leads', async () => {
    const campaign = 'SaaS Connect 2026';
    const ofCampaign = (statuses: readonly string[]) =>
      leads
        .filter((lead) => lead.campaign === campaign && statuses.includes(lead.status))
        .map((lead) => lead.name);
    const [reply] = await conversation('which leads from saas connect are still open');
    expect(ofCampaign(OPEN).length).toBeGreaterThan(0);
    for (const name of ofCampaign(OPEN)) expect(reply).toContain(name);
    for (const name of ofCampaign(['converted', 'disqualified'])) expect(reply).not.toContain(name);
  });
});
