import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { JORDAN as ADMIN } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, seventeenth round (w18m): an admin's data-quality checks in chat. "any duplicate
// accounts?" checks the data (accounts sharing a name, compared without case and spacing, or a
// domain); "which contacts have no email" names them, not only their count. Figures and names from
// the store.
describe("an admin's data-quality checks, in chat", () => {
  let world: EvalWorld;
  let turn = 0;
  const say = async (message: string) =>
    replyText(
      await new ChatDriver(world.services, `quality-${(turn += 1)}`, { localUser: ADMIN }).say(message),
    );
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('"any duplicate accounts?" checks names and domains in the store', async () => {
    const accounts = await world.services.store.accounts.find({});
    const key = (text: string | undefined) =>
      (text ?? '')
        .trim()
        .toLowerCase()
        .replace(/^www\./, '');
    const names = new Set(accounts.map((a) => a.nameKey));
    const domains = accounts.map((a) => key(a.domain)).filter(Boolean);
    const reply = await say('any duplicate accounts?');
    if (names.size === accounts.length && new Set(domains).size === domains.length)
      expect(reply).toContain(`No duplicate accounts: no two of the ${accounts.length} accounts share`);
    else expect(reply).toContain('Possible duplicate accounts');
  }, 60_000);

  it('"how many contacts have left their company" counts the contacts marked as gone', async () => {
    const contacts = await world.services.store.contacts.find({});
    const left = contacts.filter((c) => c.leftAt);
    const reply = await say('how many contacts have left their company');
    expect(reply).toMatch(
      new RegExp(
        `^${left.length} contacts? at the \\d+ accounts \\(all accounts\\) ha(?:ve|s) left their company\\.`,
      ),
    );
  }, 60_000);

  it('"which contacts have no email" names them', async () => {
    const contacts = await world.services.store.contacts.find({});
    const without = contacts.filter((c) => !c.email);
    const reply = await say('which contacts have no email');
    expect(reply).toContain(
      `${without.length} of ${contacts.length.toLocaleString('en-US')} contacts have no email`,
    );
    const names = without.map((c) => `${c.firstName} ${c.lastName}`).sort((a, b) => a.localeCompare(b, 'en'));
    for (const name of names.slice(0, 30)) expect(reply).toContain(`• ${name}`);
    // Counting only still counts.
    expect(await say('how many contacts have no email')).not.toContain('•');
  }, 60_000);
});
