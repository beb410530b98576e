/**
 * Leads "any good" (issue 19, eighteenth round, w19m): the qualified and converted leads counted
 * together, of a period or a source when one is said, with each status's count. Every figure comes
 * from the store, by the day each lead came in on the caller's calendar.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { ALEX as MARKETING } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const ZONE = 'America/New_York';

describe('leads any good, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({});
  }, 120_000);
  afterAll(() => world.close());
  let n = 0;
  const say = async (text: string) => {
    const chat = new ChatDriver(world.services, `c-lead-quality-${n++}`, { localUser: MARKETING });
    return replyText(await chat.say(text));
  };
  const ofStatus = (among: readonly Lead[], status: Lead['status']) =>
    among.filter((lead) => lead.status === status).length;

  it("counts last month's qualified and converted leads together, each said", async () => {
    const november = leads.filter((lead) => {
      const day = localDayIn(lead.createdAt, ZONE);
      return day >= '2026-11-01' && day <= '2026-11-30';
    });
    const qualified = ofStatus(november, 'qualified');
    const converted = ofStatus(november, 'converted');
    const reply = await say("how many of last month's leads are any good? qualified or converted");
    expect(reply).toContain(
      `${qualified + converted} of the ${november.length} leads that came in last month`,
    );
    expect(reply).toContain(`${qualified} qualified, ${converted} converted`);
    expect(reply).toContain('Counted as good: the leads qualified or converted');
  }, 60_000);

  it("counts a source's good leads", async () => {
    const web = leads.filter((lead) => lead.source === 'web');
    const good = ofStatus(web, 'qualified') + ofStatus(web, 'converted');
    const reply = await say('how many web leads are any good');
    expect(reply).toMatch(new RegExp(`^Good leads\\n${good} web leads? you can see`));
  }, 60_000);
});
