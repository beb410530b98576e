import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { SEGMENT_NAMES } from '../../src/ml/segmentation/segment-names';
import { invokeSkill } from '../../src/skills/skill';
import { segmentMembers } from '../../src/skills/segments';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';

/**
 * Issue 19, thirteenth round (W14-S): marketing's MQLs, lead funnel, a segment in one country and
 * what to do with a segment, asked in chat on the seeded demo CRM. Lead counts are read from the
 * store; a segment's members from the segment skill, their countries from the store's accounts.
 */
describe('marketing funnel and segments in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({}, { limit: 100_000 });
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (question: string, as = MARKETING) =>
    replyText(
      await new ChatDriver(world.services, `w14s-${as}-${question}`, { localUser: as }).say(question),
    );
  const inStatus = (status: Lead['status']) => leads.filter((l) => l.status === status).length;

  it.each([
    'how many mqls do we have right now',
    'number of MQLs?',
    'how many marketing qualified leads are there',
  ])(
    '"%s" counts the qualified leads and says that is what MQLs are',
    async (question) => {
      const reply = await ask(question);
      expect(reply).toMatch(
        new RegExp(`\\b${inStatus('qualified')} MQLs? \\(of ${leads.length} you can see\\)`),
      );
      expect(reply).toMatch(/lead in status qualified/);
    },
    60_000,
  );

  it.each(['funnel please: new, working, qualified, converted', 'lead funnel?'])(
    '"%s" counts the leads per status, never refused as sales data',
    async (question) => {
      const reply = await ask(question);
      for (const status of ['new', 'working', 'qualified', 'converted', 'disqualified'] as const)
        if (inStatus(status)) expect(reply).toContain(`• ${status} — ${inStatus(status)}`);
      expect(reply).not.toMatch(/sales team/);
    },
    60_000,
  );

  it('a manager\'s "how\'s my sales funnel" is not turned into leads', async () => {
    expect(await ask("how's my sales funnel", MANAGER)).not.toMatch(/Leads by status/);
  }, 60_000);

  it('"campaign list please: champions in the UK" lists only the champions in the United Kingdom', async () => {
    const alex = (await world.services.store.users.findOne({ email: MARKETING }))!;
    const caller = { role: 'marketing' as const, userId: alex._id, timezone: alex.timezone };
    const all = await invokeSkill(
      segmentMembers,
      { segment: 'champions', limit: 200 },
      { caller, services: world.services },
    );
    const accounts = await world.services.store.accounts.find(
      { _id: { $in: all.members.map((m) => m.accountId) } },
      { limit: 1000 },
    );
    const uk = new Set(accounts.filter((a) => a.country === 'United Kingdom').map((a) => a._id));
    const reply = await ask('campaign list please: champions in the UK');
    if (uk.size === 0) expect(reply).toMatch(/No accounts .*in Champions in the United Kingdom/);
    else expect(reply).toMatch(new RegExp(`^Champions in the United Kingdom\\n${uk.size} accounts? in`));
    for (const member of all.members)
      if (uk.has(member.accountId)) expect(reply).toContain(`• ${member.name} —`);
      else expect(reply).not.toContain(`• ${member.name} —`);
  }, 60_000);

  it.each(['what should we do with the need attention lot', 'whats the play for need attention customers'])(
    '"%s" lists the segment with its suggested action',
    async (question) => {
      const needAttention = SEGMENT_NAMES.find((s) => s.name === 'Need attention')!;
      const reply = await ask(question);
      expect(reply).toMatch(
        /^Need attention\n\d+ accounts? in Need attention|No accounts .* in Need attention/,
      );
      expect(reply).toContain(
        `Suggested for Need attention (${needAttention.description}): ${needAttention.action}.`,
      );
    },
    60_000,
  );
});
