/**
 * A campaign's leads asked for by status, and all of them (issue 19, eleventh round, W10-M): "leads
 * from the pricing guide 2026" named only its open leads, and "show me the disqualified leads from the
 * pricing guide" scored its open ones. A campaign's leads asked for plainly are all of them (the open
 * ones scored, the converted and disqualified ones named); a status said before "leads" narrows them
 * to it. The names here come from the store.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { leadStatusesOf } from '../../src/dialogs/routing/marketing-questions';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';

describe('the lead statuses a question names', () => {
  it.each([
    ['show me the disqualified leads from the pricing guide', ['disqualified']],
    ['which converted leads came from the webinar', ['converted']],
    ['list the dq leads from saas connect', ['disqualified']],
    ['disqualified pricing guide leads', ['disqualified']],
    ['leads from the webinar that were disqualified', ['disqualified']],
    ['leads from the pricing guide that converted', ['converted']],
    ['the pricing guide leads we disqualified', ['disqualified']],
    ['qualified leads from the webinar', ['qualified']],
    ['open leads from the webinar', ['new', 'working', 'qualified']],
  ])('"%s" asks for %j', (text, statuses) => {
    expect(leadStatusesOf(text)).toEqual(statuses);
  });

  it.each([
    'leads from the pricing guide 2026',
    'score the leads from the webinar',
    'which new leads are most likely to convert',
    'what is our lead conversion rate',
    'which leads are most likely to convert',
    'leads by source',
  ])('"%s" names no status (the default)', (text) => {
    expect(leadStatusesOf(text)).toBeUndefined();
  });
});

describe("a campaign's leads by status, in chat", () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({ campaign: { $exists: true } });
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const say = async (text: string) => {
    const chat = new ChatDriver(world.services, `c-campaign-status-${n++}`, { localUser: MARKETING });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };
  /** The campaign with the most leads of both resolved statuses, so both lists have names. */
  const campaign = () => {
    const names = [...new Set(leads.map((lead) => lead.campaign!))];
    const of = (name: string, status: Lead['status']) =>
      leads.filter((lead) => lead.campaign === name && lead.status === status);
    const best = names
      .filter((name) => of(name, 'converted').length && of(name, 'disqualified').length)
      .sort((a, b) => a.localeCompare(b))[0]!;
    return { name: best, of: (status: Lead['status']) => of(best, status).map((lead) => lead.name) };
  };

  it('names every lead of a campaign asked for plainly, the converted and disqualified ones too', async () => {
    const { name, of } = campaign();
    const reply = await say(`leads from ${name}`);
    for (const lead of [...of('converted'), ...of('disqualified'), ...of('new'), ...of('working')])
      expect(reply).toContain(lead);
  });

  it.each([['disqualified'], ['converted']] as const)(
    'lists only the %s leads of a campaign when that status is said',
    async (status) => {
      const { name, of } = campaign();
      const reply = await say(`show me the ${status} leads from ${name}`);
      for (const lead of of(status)) expect(reply).toContain(lead);
      const other = status === 'converted' ? 'disqualified' : 'converted';
      for (const lead of of(other)) expect(reply).not.toContain(lead);
      for (const lead of of('new')) expect(reply).not.toContain(lead);
      expect(reply).not.toMatch(/chance|%/);
    },
  );
});
