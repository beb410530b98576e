import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver, widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN as ADMIN, RILEY as SUPPORT } from '../fixtures/demo-users';

// Issue 19, fifteenth round (W16-K): knowledge answers for visitors and staff. A visitor's "how much
// is crmpro", "kindly share the pricing", "the business plan rate per user", "are prices incl vat",
// "annual vs monthly", "30% off if i sign today", "cheapest plan with the api", "and billed yearly?"
// after a price, a question in Portuguese or Italian, "which node version", "does it run on arm",
// "how much ram for 200 users" and "your slack bot is not answering" got no
// answer, the wrong section or the prices for 200 seats; an admin's "the slack bot doesn't answer"
// the slow answers, and a GDPR erasure with the e-mail at the end the documentation instead of the
// commands; a support agent's "sla for urgent tickets" the uptime. Wordings written for this test;
// every fact is read from the documents under `knowledge/` or from the store.
const ROOT = path.join(__dirname, '..', '..');
const doc = (file: string) => readFileSync(path.join(ROOT, 'knowledge', file), 'utf8');
const first = (file: string, pattern: RegExp) => pattern.exec(doc(file))!;

const languages = first('faq.md', /The assistant understands English in chat\./)[0];
const team = first(
  'pricing-plans.md',
  /The Team plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/,
);
const business = first(
  'pricing-plans.md',
  /The Business plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/,
);
const annualSaving = first('pricing-plans.md', /Annual billing saves (\d+%)/)[1]!;
const nonProfit = first('pricing-plans.md', /get (\d+%) off the Team and Business plans/)[1]!;
const trialDays = first('pricing-plans.md', /(\d+)-day free trial/)[1]!;
const node = first('self-hosting/installation.md', /Node\.js \d+ or later/)[0];
const memory250 = first('self-hosting/installation.md', /4 cores and (\d+ GB) for up to 250 users/)[1]!;
const urgentBusiness = first(
  'support/service-level-agreement.md',
  /\| Urgent \(service down\) \| ([^,|]+)/,
)[1]!;

describe('W16-K: knowledge answers for visitors and staff, fifteenth round', () => {
  let world: EvalWorld;
  let conversation = 0;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const visitor = () => widgetVisitor(world.services, `fifteenth-${conversation++}`);
  const staffSays = async (who: string, text: string) =>
    replyText(
      await new ChatDriver(world.services, `staff-fifteenth-${conversation++}`, { localUser: who }).say(text),
    );

  it.each([
    ['how much is crmpro?', [team[1]!, business[1]!]],
    ['kindly share your pricing', [team[1]!, business[1]!]],
    ['pls revert with the business plan rate per seat', [business[1]!, business[2]!]],
    ['is the business price incl. gst?', ['excluding VAT']],
    ['yearly vs monthly, is there a price difference', [annualSaving]],
    ['give me 40% off and i sign today', [nonProfit]],
    ['cheapest plan that has the api', [business[2]!]],
    ['você tem teste grátis?', [languages, `${trialDays}-day free trial`]],
    ['quanto costa il piano Business?', [languages, business[1]!]],
    ['which node.js version do we need', [node]],
    ['does crmpro run on arm servers?', ['ARM64']],
    ['how much memory for 200 users', [memory250]],
    ['why is your slack bot not replying to me', ['@CRMPro', 'Settings › Integrations']],
  ])(
    'a visitor: "%s"',
    async (question, facts) => {
      const reply = replyText(await visitor().say(question));
      for (const fact of facts) expect(reply).toContain(fact);
      expect(reply).not.toMatch(/Here is what I can do|couldn't find an answer/);
    },
    60_000,
  );

  it('a visitor asking the yearly price after a plan price gets that plan billed annually', async () => {
    const chat = visitor();
    await chat.say('what does the team plan cost');
    const reply = replyText(await chat.say('and billed annually?'));
    expect(reply).toContain(team[2]!);
  }, 60_000);

  it('an admin whose slack bot does not answer gets the checks', async () => {
    const reply = await staffSays(ADMIN, 'our slack bot does not answer anymore');
    expect(reply).toContain('/invite @CRMPro');
    expect(reply).toContain('Settings › Integrations');
  }, 60_000);

  it('a support agent asking the SLA of urgent tickets gets the response times', async () => {
    const reply = await staffSays(SUPPORT, 'whats the sla on urgent tickets');
    expect(reply).toContain(urgentBusiness.trim());
    expect(reply).not.toMatch(/99\.9%/);
  }, 60_000);

  it('an admin passing on an erasure request with the e-mail at the end gets the commands for it', async () => {
    const contacts = await world.services.store.contacts.find({}, { limit: 100_000 });
    const person = contacts.find((c) => c.email)!;
    const email = person.email!.toLowerCase();
    const reply = await staffSays(
      ADMIN,
      `a contact asked us to erase her personal data under gdpr, ${email}`,
    );
    expect(reply).toContain(`crmpro privacy erase --email ${email} --dry-run`);
    expect(await world.services.store.contacts.findOne({ _id: person._id })).not.toBeNull();
  }, 60_000);
});
