/**
 * Leads by source, status or campaign with a period (issue 19, eighth round, r6): "how many leads
 * came in from web this month" counts the leads that came in then and says the period; the counts
 * here come from the store, by the day each lead came in on the caller's calendar.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const ZONE = 'America/New_York';

describe('leads counted over a period, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({});
  }, 120_000);
  afterAll(() => world.close());

  const between = (from: string, to: string) =>
    leads.filter((lead) => {
      const day = localDayIn(lead.createdAt, ZONE);
      return day >= from && day <= to;
    });
  let n = 0;
  const say = async (text: string) => {
    const chat = new ChatDriver(world.services, `c-lead-period-${n++}`, { localUser: MARKETING });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it.each([
    [
      'how many leads came in from web this month',
      'web',
      'this month',
      '2026-12-01',
      '2026-12-31',
      '1 Dec 2026–31 Dec 2026',
    ],
    [
      'how many web leads did we get last month',
      'web',
      'last month',
      '2026-11-01',
      '2026-11-30',
      '1 Nov 2026–30 Nov 2026',
    ],
    [
      'number of referral leads last quarter',
      'referral',
      'last quarter',
      '2026-07-01',
      '2026-09-30',
      '1 Jul 2026–30 Sept 2026',
    ],
    [
      'how many leads came in through web this year',
      'web',
      'this year',
      '2026-01-01',
      '2026-12-31',
      '1 Jan 2026–31 Dec 2026',
    ],
    [
      'how many leads came from referrals in november',
      'referral',
      'november',
      '2026-11-01',
      '2026-11-30',
      '1 Nov 2026–30 Nov 2026',
    ],
    ['how many event leads in q3', 'event', 'q3', '2026-07-01', '2026-09-30', '1 Jul 2026–30 Sept 2026'],
  ])('%s → the %s leads that came in %s', async (text, source, said, from, to, days) => {
    const then = between(from, to);
    const count = then.filter((lead) => lead.source === source).length;
    expect(await say(text)).toMatch(
      new RegExp(
        `^${count} ${source} leads? that came in ${said} \\(${days}\\) \\(of ${then.length} you can see\\)`,
      ),
    );
  });

  it('counts a status over a period too', async () => {
    const then = between('2026-11-30', '2026-12-06');
    const fresh = then.filter((lead) => lead.status === 'new').length;
    expect(await say('how many new leads this week')).toMatch(
      new RegExp(`^${fresh} new leads? that came in this week \\(30 Nov 2026–6 Dec 2026\\)`),
    );
  });

  it('breaks leads down by source over a period, and says it', async () => {
    const then = between('2026-01-01', '2026-12-31');
    expect(await say('break down our leads by source this year')).toMatch(
      new RegExp(
        `^Leads that came in this year \\(1 Jan 2026–31 Dec 2026\\) by source \\(${then.length} you can see\\)`,
      ),
    );
  });

  it("a campaign's leads over a period are those that came in then", async () => {
    expect(await say('leads from the webinar last quarter')).toMatch(
      /webinar \d{4} brought \d+ leads? that came in last quarter \(1 Jul 2026–30 Sept 2026\)/i,
    );
  });

  it.each(['how many leads came in through web', 'score the leads from the webinar'])(
    'no period asked, none said: %s',
    async (text) => {
      expect(await say(text)).not.toMatch(/came in (this|last)|that came in/);
    },
  );
});
