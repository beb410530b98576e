import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import { widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const textOf = (replies: Reply[]) =>
  replies
    .map((r) => [r.title, r.text, ...(r.buttons ?? []).map((b) => b.title)].filter(Boolean).join('\n'))
    .join('\n');

/**
 * Visitors' knowledge questions of the thirteenth round in the website chat (W14-K): the price of a
 * thing the price list has a section about, a question naming only the kind of fact ("how often"),
 * a kind of thing asked (browsers), the section for the circumstance asked (after cancelling, the
 * uptime not met, a person's GDPR request), everyday words (offline, open source, what self-hosting
 * needs, education), the product compared with one the documents do not name, and "are you a bot"
 * after a hello. Every figure is read from the documents under `knowledge/`.
 */
describe('visitor knowledge questions, thirteenth round', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const doc = (path: string) => readFileSync(join(__dirname, '..', '..', 'knowledge', path), 'utf8');
  const firstMatch = (path: string, pattern: RegExp) => pattern.exec(doc(path))!;
  const licence = firstMatch(
    'pricing-plans.md',
    /licensed per user per year at \$(\d+) per user, with a minimum of (\d+) users/,
  );
  const team = firstMatch(
    'pricing-plans.md',
    /The Team plan costs \$(\d+) per user per month billed monthly, or \$(\d+) per user per month billed annually/,
  );
  const sync = firstMatch('integrations/email-and-calendar.md', /Sync runs every (\d+) minutes/);
  const browsers = firstMatch(
    'getting-started/mobile-and-browsers.md',
    /supports the latest two versions of ([^.]+)\./,
  )[1]!;
  const firstCredit = firstMatch('support/service-level-agreement.md', /: (\d+)% of the monthly fee/)[1]!;
  const readOnlyDays = firstMatch(
    'security/data-retention-and-deletion.md',
    /When you cancel, your workspace is kept read-only for (\d+) days/,
  )[1]!;
  const node = firstMatch('self-hosting/installation.md', /(Node\.js \d+)/)[1]!;
  const memory = firstMatch('self-hosting/installation.md', /(\d+ GB) of memory/)[1]!;
  const schools = firstMatch('pricing-plans.md', /schools get (\d+%) off/)[1]!;
  const overview = firstMatch('product-overview.md', /^(CRMPro is a [^.]+)\./m)[1]!;

  const visitorSays = async (id: string, question: string) =>
    textOf(await widgetVisitor(world.services, `thirteenth-${id}`).say(question));

  it.each([
    [
      '1',
      'how much is the self hosted licence',
      [`$${licence[1]} per user`, `minimum of ${licence[2]} users`],
    ],
    [
      '2',
      'how much for the self hosted version',
      [`$${licence[1]} per user`, `minimum of ${licence[2]} users`],
    ],
    ['3', 'hwo much is teh team plan', [`$${team[1]}`, `$${team[2]}`]],
    ['4', 'gmail sync? how often', [`every ${sync[1]} minutes`]],
    ['5', 'which browsers do you support', browsers.split(/, | and /)],
    [
      '6',
      'wat do we get if youre down longer than the sla says',
      ['credit', `${firstCredit}% of the monthly fee`],
    ],
    ['7', 'how long do you keep our data after we cancel', [`read-only for ${readOnlyDays} days`]],
    ['8', 'a customer asked us to delete their data under gdpr how do i do that', ['contact page']],
    ['9', 'does it work with no internet at the site?', ['offline']],
    ['10', 'is it open source?', ['licensed per user']],
    ['11', 'what do i need to self-host it? servers, ram etc', [node, memory]],
    [
      '12',
      "i'm a teacher at a secondary school, is there any education pricing?",
      [`schools get ${schools} off`],
    ],
    ['13', 'how are you different from chatwoot?', [overview, 'does not describe Chatwoot']],
    ['14', 'is this basically botpress?', [overview, 'does not describe Botpress']],
  ])(
    '%s: "%s" is answered from the documents',
    async (id, question, facts) => {
      const reply = await visitorSays(id, question);
      for (const fact of facts) expect(reply).toContain(fact);
      expect(reply).not.toMatch(/Here is what I can do|can't share customer|couldn't find an answer/);
    },
    60_000,
  );

  it.each([
    ['15', 'hiya are you a real person or a bot?'],
    ['16', 'hey there, are you a bot?'],
    ['17', 'good morning - am i talking to a real person'],
  ])(
    '%s: "%s" hears it is an automated assistant, with the way to a person',
    async (id, question) => {
      const reply = await visitorSays(id, question);
      expect(reply).toMatch(/automated assistant/);
      expect(reply).toMatch(/Talk to a person/);
      expect(reply).not.toMatch(/e-mail address\?/);
    },
    60_000,
  );

  it('"hiya can i talk to a real person" still asks for a person', async () => {
    expect(await visitorSays('18', 'hiya can i talk to a real person')).toMatch(
      /Nobody from our team is available|e-mail address/,
    );
  }, 60_000);
});
