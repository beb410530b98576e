/**
 * A list or count of leads narrowed by follow-ups (issue 19, twenty-fifth round, w26): after
 * "leads from last month", "only the chat ones" was refused as sales data; after "leads created in
 * november", "which of them converted" was refused; after "qualified leads", "which of them came
 * from the web" was refused. The last list's filters (period, source, statuses) are kept, and a
 * follow-up that points back at them or counts them asks the same leads again with its own filter
 * put in. The figures here are counted from the store.
 */
import { leadListNarrowingOf } from '../../src/dialogs/intents/lead-follow-ups';
import type { Lead } from '../../src/vocabulary';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { ChatDriver } from '../fixtures/chat-driver';

const MARKETING = 'alex.kim@demo.crmpro.dev';

describe('the lead question a follow-up on a list of leads stands for', () => {
  it.each([
    [{ period: 'last month' }, 'only the chat ones', 'chat leads that came in last month'],
    [{ period: 'last month' }, 'just the ones from events', 'event leads that came in last month'],
    [{ period: 'november' }, 'which of them converted?', 'converted leads that came in november'],
    [{ statuses: ['qualified'] }, 'which of them came from the web', 'qualified web leads'],
    [{ statuses: ['qualified'] }, 'and which of those came in via referral', 'qualified referral leads'],
    [{ period: 'last month', source: 'chat' }, 'how many is that', 'how many chat leads came in last month'],
    [{ period: 'this quarter' }, 'how many are there', 'how many leads came in this quarter'],
    [{ source: 'partner' }, 'count them', 'how many partner leads'],
    [{ period: 'october' }, 'how many of them are qualified', 'how many qualified leads came in october'],
    [{ source: 'web' }, 'only the ones from last week', 'web leads that came in last week'],
    [{ statuses: ['working'] }, 'just the outbound ones please', 'working outbound leads'],
  ] as Array<[{ period?: string; source?: Lead['source']; statuses?: Lead['status'][] }, string, string]>)(
    'after %j, "%s" asks "%s"',
    (last, text, asked) => {
      expect(leadListNarrowingOf(text, last)).toBe(asked);
    },
  );

  it.each([
    'only the open deals',
    'which accounts are in emea',
    'what about acme',
    'how do i import leads',
    'thanks',
    'how many deals did we win last month',
    'only the tasks due today',
  ])('"%s" after a list of leads is no narrowing of it', (text) => {
    expect(leadListNarrowingOf(text, { period: 'last month' })).toBeUndefined();
  });

  it('with no list of leads just shown, nothing is narrowed', () => {
    expect(leadListNarrowingOf('only the chat ones', undefined)).toBeUndefined();
  });

  it('reads a long message of spaces quickly', () => {
    const started = Date.now();
    expect(leadListNarrowingOf(`only ${' '.repeat(5000)}x`, { period: 'today' })).toBeUndefined();
    expect(leadListNarrowingOf(`how many ${' '.repeat(100)}`, { period: 'today' })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('a list of leads narrowed in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    leads = await world.services.store.leads.find({});
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const conversation = async (...turns: string[]) => {
    const chat = new ChatDriver(world.services, `c-lead-narrow-${n++}`, { localUser: MARKETING });
    const replies: string[] = [];
    for (const turn of turns) replies.push((await chat.say(turn)).map((reply) => reply.text).join('\n'));
    return replies;
  };
  // November 2026 on the evaluation's calendar (America/Chicago would move no lead across the month here).
  const inNovember = (lead: Lead) => {
    const day = lead.createdAt ? new Date(lead.createdAt).toISOString().slice(0, 10) : '';
    return day >= '2026-11-01' && day <= '2026-11-30';
  };

  it('"leads from last month" → "only the chat ones" → "how many is that" counts last month\'s chat leads', async () => {
    const [, narrowed, count] = await conversation(
      'leads from last month',
      'only the chat ones',
      'how many is that',
    );
    const chat = leads.filter((lead) => lead.source === 'chat' && inNovember(lead));
    expect(narrowed).not.toMatch(/sales team/);
    expect(narrowed).toMatch(/chat leads/i);
    expect(count).toContain(`${chat.length} chat leads`);
  });

  it('"leads created in november" → "which of them converted?" names the converted ones of November only', async () => {
    const [, reply] = await conversation('leads created in november', 'which of them converted?');
    const converted = leads.filter((lead) => lead.status === 'converted' && inNovember(lead));
    expect(converted.length).toBeGreaterThan(0);
    for (const lead of converted) expect(reply).toContain(lead.name);
    const others = leads.filter((lead) => lead.status === 'converted' && !inNovember(lead));
    for (const lead of others) expect(reply).not.toContain(lead.name);
  });

  it('"qualified leads" → "which of them came from the web" names the qualified web leads', async () => {
    const [, reply] = await conversation('qualified leads', 'which of them came from the web');
    const web = leads.filter((lead) => lead.status === 'qualified' && lead.source === 'web');
    expect(web.length).toBeGreaterThan(0);
    for (const lead of web) expect(reply).toContain(lead.name);
    for (const lead of leads.filter((l) => l.status === 'qualified' && l.source !== 'web'))
      expect(reply).not.toContain(lead.name);
  });
});
