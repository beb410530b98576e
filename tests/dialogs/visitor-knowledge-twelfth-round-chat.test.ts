import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import { widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

/**
 * Visitors' knowledge questions of the twelfth round in the website chat (W12-K): a plan or a price
 * for a number of people gets the price list worked out for them (the per-user prices read from the
 * pricing document), and a message in another language hears which language the assistant
 * understands, as the FAQ says it.
 */
describe('visitor knowledge questions, twelfth round', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const pricing = readFileSync(join(__dirname, '..', '..', 'knowledge', 'pricing-plans.md'), 'utf8');
  const monthlyOf = (plan: string) =>
    Number(
      new RegExp(`The ${plan} plan costs \\$(\\d+) per user per month billed monthly`).exec(pricing)![1],
    );

  const visitorReplies = (id: string, question: string): Promise<Reply[]> =>
    widgetVisitor(world.services, `team-size-${id}`).say(question);
  const visitorSays = async (id: string, question: string) => replyText(await visitorReplies(id, question));

  it.each([
    ['1', 'how much is it for 10 people', 10, 'Team'],
    ['2', 'we are small business, 3 people only. which plan is good for us?', 3, 'Team'],
    ['3', 'you guys are useless. just tell me how much is business plan for 10 users', 10, 'Business'],
  ])(
    '%s: "%s" gives the plan per user and for them all',
    async (id, question, size, plan) => {
      const replies = await visitorReplies(id, question);
      const reply = replyText(replies);
      const monthly = monthlyOf(plan);
      expect(reply).toContain(`$${monthly} per user per month`);
      expect(reply).toContain(`$${(monthly * size).toLocaleString('en-US')} a month`);
      expect(replies.flatMap((r) => r.sources ?? []).map((source) => source.title)).toContain(
        'Pricing plans',
      );
    },
    60_000,
  );

  it('"is free plan ok for 3 users" says no, with the limit', async () => {
    const reply = await visitorSays('4', 'is free plan ok for 3 users');
    expect(reply).toMatch(/^No\. For 3 users:/m);
    expect(reply).toMatch(/Free plan is for up to 2 users/);
  }, 60_000);

  const faq = readFileSync(join(__dirname, '..', '..', 'knowledge', 'faq.md'), 'utf8');
  const chatLanguages = /The assistant understands (\w+) in chat\./.exec(faq)![0];

  it.each([
    ['5', 'Bonjour, est-ce que le chat existe en français ?'],
    ['6', 'Combien coûte le plan Business par utilisateur ?'],
    ['7', '¿tienen prueba gratuita?'],
    ['8', 'Gibt es einen Rabatt für gemeinnützige Organisationen?'],
  ])(
    '%s: "%s" is told the chat language',
    async (id, question) => {
      expect(await visitorSays(id, question)).toContain(chatLanguages);
    },
    60_000,
  );

  it('"how much is the team plan" is not told the chat language', async () => {
    expect(await visitorSays('9', 'how much is the team plan')).not.toContain(chatLanguages);
  }, 60_000);
});

// Twentieth round (lead, from dev-qa37): a visitor left waiting hears an apology, how to reach support
// from the documentation, and is offered a person.
describe('a visitor complaining about our service', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const supportPage = readFileSync(
    join(__dirname, '..', '..', 'knowledge', 'support', 'contacting-support.md'),
    'utf8',
  );
  const supportEmail = /By email: (\S+@\S+?)\./.exec(supportPage)![1]!;

  it.each([
    ['1', "your support is useless, I've been waiting 3 days for a reply!!!"],
    ['2', 'still no answer to my ticket from tuesday'],
  ])(
    '%s: %s',
    async (id, complaint) => {
      const replies = await widgetVisitor(world.services, `complaint-${id}`).say(complaint);
      const text = replyText(replies);
      expect(text).toMatch(/^I'm sorry you've been kept waiting/);
      expect(text).toContain(supportEmail);
      expect(text).not.toMatch(/3 seconds|Slack expects/);
      expect(replies.flatMap((reply) => reply.buttons ?? []).map((button) => button.value)).toContain(
        'talk to a person',
      );
    },
    60_000,
  );
});
