import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBot } from '../../src/bots/core/build-bot';
import { InProcessChannel } from '../../src/bots/in-process/in-process-channel';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { silentLogger } from '../../src/core/logger';
import { widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN, NOAH, RILEY } from '../fixtures/demo-users';

// Issue 19, fourteenth round (W15-K): knowledge answers for visitors and staff. A visitor writing in
// French or German got the language note alone (or the help menu), "max rows for an import?" the CSV
// format, "how long does setup take" the install steps, "webhooks - which events and are they
// signed?" single sign-on; an admin setting up Teams or SSO, or rotating the Slack signing secret,
// got no answer, the troubleshooting page or the editions; an analyst's "how is win chance computed"
// the plans with lead scoring; a support agent's suggested reply to a refund demand nothing. Wordings
// written for this test; every fact is read from the documents under `knowledge/`.
const ROOT = path.join(__dirname, '..', '..');
const doc = (file: string) => readFileSync(path.join(ROOT, 'knowledge', file), 'utf8');
const first = (file: string, pattern: RegExp) => pattern.exec(doc(file))!;

const languages = first('faq.md', /The assistant understands English in chat\./)[0];
const business = first(
  'pricing-plans.md',
  /The Business plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/,
);
const offline = first('faq.md', /The self-hosted edition works fully offline\./)[0];
const rows = first('getting-started/importing-data.md', /up to ([\d,]+) rows per file/)[1]!;
const afternoon = first('getting-started/onboarding-checklist.md', /up and running in ([^.]+)\./)[1]!;
const signature = first('integrations/api-and-webhooks.md', /signed with an ([\w-]+) signature/)[1]!;
const refundDays = first('billing/refund-policy.md', /full refund within (\d+) days/)[1]!;
const teamsStore = first('integrations/microsoft-teams.md', /from the (Teams app store)/)[1]!;
const ssoProtocols = first('security/security-overview.md', /with (SAML 2\.0 or OpenID Connect)/)[1]!;
const trained = first('features/lead-scoring.md', /trained on your own (closed deals)/)[1]!;

describe('W15-K: knowledge answers for visitors and staff, fourteenth round', () => {
  let world: EvalWorld;
  let conversation = 0;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const visitorSays = async (question: string) =>
    replyText(await widgetVisitor(world.services, `fourteenth-${conversation++}`).say(question));

  // A signed-in person, as the evaluation runs one.
  const staffSays = async (who: string, text: string): Promise<string> => {
    const bot = buildBot({
      services: world.services,
      understander: world.understander,
      logger: silentLogger(),
      localUser: who,
      defaultTimezone: 'UTC',
      modelsDir: path.join(ROOT, 'models'),
      turnTimeoutMs: 120_000,
    });
    const channel = new InProcessChannel(bot, { channelId: 'test', trust: 'local', name: 'test' });
    const replies = await channel.send({
      conversationId: `staff-fourteenth-${conversation++}`,
      text,
      from: { id: 'user-1', name: 'Tester' },
    });
    return replies.map((reply) => reply.text).join('\n');
  };

  it.each([
    ['Wie viel kostet der Business-Plan?', [languages, business[1]!, business[2]!]],
    ['¿Funciona sin internet?', [languages, offline]],
    ['quelles langues parlez vous ?', [languages]],
    ['whats the maximum number of rows per import', [rows]],
    ['how long does it take to get set up?', [afternoon]],
    ['are your webhooks signed? and which events are there', [signature]],
  ])(
    'a visitor: "%s"',
    async (question, facts) => {
      const reply = await visitorSays(question);
      for (const fact of facts) expect(reply).toContain(fact);
      expect(reply).not.toMatch(/Here is what I can do|couldn't find an answer/);
    },
    60_000,
  );

  it.each([
    [JORDAN, 'how do we install the microsoft teams app', teamsStore],
    [JORDAN, 'how do we turn on single sign on', ssoProtocols],
    [JORDAN, 'the slack bot token got regenerated, what do we do on our own server?', 'restart'],
    [NOAH, 'how is the win probability calculated', trained],
  ])(
    '%s: "%s"',
    async (who, question, fact) => {
      const reply = await staffSays(who, question);
      expect(reply).toContain(fact);
      expect(reply).not.toMatch(/can.t help with that|has no answer/);
    },
    60_000,
  );

  it('a support agent suggesting a reply to a refund demand gets the refund policy', async () => {
    const reply = await staffSays(
      RILEY,
      'suggest a reply to: this tool is useless and we want a refund, we only started 10 days ago',
    );
    expect(reply).toContain(`${refundDays} days`);
  }, 60_000);
});
