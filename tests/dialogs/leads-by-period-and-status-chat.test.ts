import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { extractEntities } from '../../src/dialogs/understanding/entities/extract-entities';
import { yearPeriodsIn } from '../../src/dialogs/understanding/entities/year-periods';
import { parseRecordQuestion } from '../../src/dialogs/understanding/record-question';
import { leadStatusAskedOf, leadsCreatedIn, rankedRecordsOf } from '../../src/dialogs/routing/lead-words';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-first round (w22b): a stated period is kept. Leads asked for by when they came in
// ("new leads assigned to me in the last 2 weeks") are the leads created in that period, not every
// open lead; leads "still being worked" are the leads in status working, not deals; a bare year
// after a measure followed only by whose it is ("total won 2026 for me?") is that year.
// "Now" is Friday 4 December 2026, as in the conversation evaluation.
const NOW = new Date('2026-12-04T15:00:00Z');
const SAM = 'sam.rivera@demo.crmpro.dev';
const context = { now: NOW, timezone: 'UTC' };
const entitiesOf = (text: string) => extractEntities(text, { now: NOW, timeZone: 'UTC' });

describe('the status a question about lead records names', () => {
  it.each([
    'my leads that are still being worked',
    'which leads are being worked on right now',
    'leads we are still working',
    'which of my leads are we still working on',
    "show the leads i'm working on",
    'working leads for me',
    'my leads in status working',
  ])('"%s" asks for the leads in status working', (text) => {
    expect(leadStatusAskedOf(text)).toBe('working');
    expect(rankedRecordsOf(text)).toBe('leads');
  });

  it.each(['my qualified leads', 'leads that are qualified', 'leads in status qualified'])(
    '"%s" asks for the qualified leads',
    (text) => expect(leadStatusAskedOf(text)).toBe('qualified'),
  );

  it.each([
    'my top leads',
    'unqualified leads',
    'disqualified leads this year',
    'leads to qualify',
    'what am i working on today',
    'my deals being worked in negotiation',
  ])('"%s" names no open lead status', (text) => {
    expect(leadStatusAskedOf(text)).toBeUndefined();
  });
});

describe('the days leads came in', () => {
  it.each([
    'which leads did i get in the last 60 days',
    'leads assigned to me since monday',
    'any leads that came in this week',
    'leads created last month',
  ])('"%s" is about lead records', (text) => expect(rankedRecordsOf(text)).toBe('leads'));

  it.each(['my top leads', 'top leads for my team this quarter', 'best leads to call today'])(
    '"%s" still ranks deals',
    (text) => expect(rankedRecordsOf(text)).toBe('deals'),
  );

  it.each([
    ['any new leads assigned to me in the last 2 weeks?', '2026-11-21', '2026-12-04'],
    ['new leads this month', '2026-12-01', '2026-12-31'],
    ['which leads came in since nov 20', '2026-11-20', '2026-12-04'],
    ['new leads last month', '2026-11-01', '2026-11-30'],
  ])('"%s" is the leads created %s to %s', (text, from, to) => {
    expect(leadsCreatedIn(text, entitiesOf(text).periods)).toEqual({ createdFrom: from, createdTo: to });
  });

  it.each(['new leads for me', 'leads converted last month', 'how many leads converted this quarter'])(
    '"%s" limits no creation days',
    (text) => expect(leadsCreatedIn(text, entitiesOf(text).periods)).toBeUndefined(),
  );
});

describe('a bare year after a measure and whose it is', () => {
  it.each([
    ['total won 2026 for me?', '2026'],
    ['revenue 2025 for my team', '2025'],
    ['bookings 2026 for us', '2026'],
    ['wins 2025 by me', '2025'],
  ])('"%s" names %s', (text, year) => {
    expect(yearPeriodsIn(text.toLowerCase())).toEqual([
      expect.objectContaining({ start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' }),
    ]);
  });

  it.each(['revenue 2026 plan for me', 'won 2026 deals for the board deck', 'sales 2026 for acme corp'])(
    '"%s" names no year of its own',
    (text) => expect(yearPeriodsIn(text.toLowerCase())).toEqual([]),
  );

  it('"total won 2026 for me?" is the sum of the caller\'s deals won in 2026', () => {
    const text = 'total won 2026 for me?';
    expect(parseRecordQuestion(text, entitiesOf(text), context)).toMatchObject({
      kind: 'query',
      query: { status: 'won', closedFrom: '2026-01-01', closedTo: '2026-12-31', aggregate: 'sum' },
    });
  });
});

describe('in chat', () => {
  let world: EvalWorld;
  let samLeads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    samLeads = await world.services.store.leads.find({ ownerId: sam._id });
  }, 120_000);
  afterAll(() => world.close());
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const open = (lead: Lead) => ['new', 'working', 'qualified'].includes(lead.status);

  it.each([
    ['any new leads assigned to me in the last 2 weeks?', '2026-11-21'],
    ['new leads since november 1', '2026-11-01'],
    ['which leads did i get in the last 60 days', '2026-10-06'],
  ])(
    '"%s" lists only the open leads created since %s',
    async (wording, from) => {
      const chat = new ChatDriver(world.services, `c-new-leads-${from}`, { localUser: SAM });
      const [reply] = await chat.say(wording);
      const inside = samLeads.filter((l) => open(l) && day(l.createdAt) >= from);
      const outside = samLeads.filter((l) => open(l) && day(l.createdAt) < from);
      if (inside.length) for (const lead of inside.slice(0, 10)) expect(reply!.text).toContain(lead.name);
      else expect(reply!.text).toMatch(/None of your open leads was created/);
      for (const lead of outside) expect(reply!.text).not.toContain(lead.name);
    },
    120_000,
  );

  it.each(['my leads that are still being worked', 'show me my leads that are being worked'])(
    '"%s" lists the leads in status working, not deals',
    async (wording) => {
      const chat = new ChatDriver(world.services, `c-working-leads-${wording.length}`, { localUser: SAM });
      const [reply] = await chat.say(wording);
      const working = samLeads.filter((l) => l.status === 'working');
      const others = samLeads.filter((l) => l.status !== 'working');
      expect(reply!.text).not.toMatch(/deals by win chance/);
      if (working.length) for (const lead of working.slice(0, 10)) expect(reply!.text).toContain(lead.name);
      else expect(reply!.text).toMatch(/None of your open leads is in status working/);
      for (const lead of others) expect(reply!.text).not.toContain(`${lead.name} (`);
    },
    120_000,
  );

  it('"my top leads" still ranks the open deals', async () => {
    const chat = new ChatDriver(world.services, 'c-top-leads-deals', { localUser: SAM });
    const [reply] = await chat.say('my top leads');
    expect(reply!.text).toMatch(/deals, by the model's win chance/);
  }, 120_000);
});

describe('a question of its own asked over the time away', () => {
  const closedOf = (text: string) => parseRecordQuestion(text, entitiesOf(text), context);
  it.each([
    ['just got back from vacation - which of my deals did we lose while i was away', 'lost', '2026-11-21'],
    ['which deals did we win while i was out', 'won', '2026-11-21'],
    ['back from 3 weeks off, which of my deals were lost', 'lost', '2026-11-14'],
    ['back from 2 wks holiday - what did we win', 'won', '2026-11-21'],
    ['any deals lost since i was off for a week?', 'lost', '2026-11-28'],
  ])('"%s" is the %s deals closed since %s', (text, status, from) => {
    expect(closedOf(text)).toMatchObject({
      kind: 'query',
      query: { status, closedFrom: from, closedTo: '2026-12-04' },
    });
    expect(closedOf(text)).not.toHaveProperty('periodAssumed');
  });

  it.each([
    'did any of my deals slip past their close date while i was out',
    'which of my deals are overdue now that i am back from holiday',
  ])('"%s" (how long is not said) is every overdue deal, not the last two weeks', (text) => {
    const question = closedOf(text);
    expect(question).toMatchObject({ kind: 'query', query: { status: 'overdue' } });
    expect(question).not.toHaveProperty('query.closeFrom');
  });

  it('a length that is said still bounds a question about the time away', () => {
    expect(
      JSON.stringify(closedOf('did any of my deals slip past their close date while i was off for 3 weeks')),
    ).toMatch(/2026-11-14/);
  });

  it.each([
    ['which of my deals did we lose this quarter', '2026-10-01'],
    ['deals we lost in november while i was out', '2026-11-01'],
  ])('"%s" keeps the period it names (from %s)', (text, from) => {
    expect(closedOf(text)).toMatchObject({ query: { status: 'lost', closedFrom: from } });
  });
});
