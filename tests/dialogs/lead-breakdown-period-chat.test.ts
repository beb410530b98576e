/**
 * A breakdown of leads asked again for a period alone (issue 19, tenth round, W7-B): "how many
 * leads came from each source" then "just this year" counts the leads that came in this year by
 * source. The counts here come from the store, by the day each lead came in on the caller's calendar.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';

describe('a breakdown of leads asked again for another period, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  let zone: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({}, { limit: 100_000 });
    zone = (await world.services.store.users.findOne({ email: MARKETING }))!.timezone;
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const conversation = async (...turns: string[]) => {
    const chat = new ChatDriver(world.services, `c-lead-breakdown-${n++}`, { localUser: MARKETING });
    let last = '';
    for (const turn of turns) last = (await chat.say(turn)).map((reply) => reply.text).join('\n');
    return last;
  };
  /** The leads that came in between two days, counted by a field. */
  const counted = (from: string, to: string, by: 'source' | 'status') => {
    const counts = new Map<string, number>();
    for (const lead of leads) {
      const day = localDayIn(lead.createdAt, zone);
      if (day >= from && day <= to) counts.set(lead[by], (counts.get(lead[by]) ?? 0) + 1);
    }
    return counts;
  };

  it.each<[string, string, 'source' | 'status', string, string]>([
    ['how many leads came from each source', 'just this year', 'source', '2026-01-01', '2026-12-31'],
    ['break down our leads by source', 'what about last quarter', 'source', '2026-07-01', '2026-09-30'],
    ['leads by status', 'only this month', 'status', '2026-12-01', '2026-12-31'],
    ['where do our leads come from', 'and last month?', 'source', '2026-11-01', '2026-11-30'],
    ['how many leads per source', 'how about this quarter', 'source', '2026-10-01', '2026-12-31'],
    ['lead breakdown by status', 'for 2025 then', 'status', '2025-01-01', '2025-12-31'],
  ])('"%s" → "%s" counts the leads by %s from %s to %s', async (first, then, by, from, to) => {
    const reply = await conversation(first, then);
    const counts = counted(from, to, by);
    expect(counts.size).toBeGreaterThan(0);
    expect(reply).toContain(`Leads that came in`);
    for (const [value, count] of counts) expect(reply).toContain(`• ${value} — ${count}`);
  });

  it('a period after something other than a breakdown of leads is not a breakdown of leads', async () => {
    const reply = await conversation('my open deals', 'just this year');
    expect(reply).not.toMatch(/Leads that came in/);
  });

  it('a new question after a breakdown is its own question', async () => {
    const reply = await conversation('how many leads came from each source', 'my deals closing this year');
    expect(reply).not.toMatch(/Leads that came in/);
  });
});
