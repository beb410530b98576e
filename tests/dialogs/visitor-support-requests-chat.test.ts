import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

/**
 * A visitor's requests of support or sales in chat (w25b): their own ticket and a wrong charge are
 * told what the website chat cannot see and how to reach support; a product problem the
 * documentation does not cover goes to support with what to include; buying goes to sales. The
 * addresses come from the documentation, and no CRM record is shown.
 */
describe('a visitor asking support or sales in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const visitorSays = async (id: string, question: string) =>
    replyText(await widgetVisitor(world.services, `support-${id}`).say(question));

  it.each([
    ['1', 'any update on my ticket 1207?'],
    ['2', 'where is my support request at'],
  ])(
    '%s: their own ticket, "%s": the chat cannot see it, support can',
    async (id, question) => {
      const reply = await visitorSays(id, question);
      expect(reply).toMatch(/can't see support tickets/);
      expect(reply).toContain('support@crmpro.example');
      expect(reply).not.toMatch(/status\.crmpro\.example/);
    },
    60_000,
  );

  it('a charge that looks wrong: invoices and support, not a price', async () => {
    const reply = await visitorSays('3', 'looks like you billed us twice in november');
    expect(reply).toMatch(/can't check that charge/);
    expect(reply).toMatch(/Settings › Billing/);
    expect(reply).toContain('support@crmpro.example');
    expect(reply).not.toMatch(/\$29 per user/);
  }, 60_000);

  it.each([
    ['4', 'found a bug, how do i report it?'],
    ['5', 'the app is painfully slow for everyone here today'],
  ])(
    '%s: a problem, "%s": support, what to include, the status page',
    async (id, question) => {
      const reply = await visitorSays(id, question);
      expect(reply).toContain('support@crmpro.example');
      expect(reply).toMatch(/workspace name/);
      expect(reply).toMatch(/status\.crmpro\.example/);
    },
    60_000,
  );

  it('a declined card: what happens to a failed payment', async () => {
    const reply = await visitorSays('8', 'our card got declined, will we lose access?');
    expect(reply).toMatch(/3, 5 and 7 days/);
  }, 60_000);

  it('who to talk to about buying: sales', async () => {
    const reply = await visitorSays('6', 'we want enterprise for 120 people, who should we speak to?');
    expect(reply).toContain('sales@crmpro.example');
  }, 60_000);

  it('a problem the documentation answers keeps its answer', async () => {
    const reply = await visitorSays('7', 'my account is locked after too many wrong passwords');
    expect(reply).toMatch(/15 minutes/);
  }, 60_000);
});
