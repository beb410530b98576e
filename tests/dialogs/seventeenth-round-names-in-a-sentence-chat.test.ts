import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_CASE_STATUSES } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { RILEY, SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, seventeenth round (w18r): an account named inside a longer sentence about its cases is
// matched on the words that name it, and the rest of the sentence stays the question. The cases
// expected are read from the store.
describe('an account named inside a sentence about its cases (seventeenth round)', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());
  const say = async (user: string, conversation: string, text: string): Promise<string> =>
    replyText(await new ChatDriver(world.services, conversation, { localUser: user }).say(text));
  const casesOf = async (name: string) => {
    const account = (await world.services.store.accounts.findOne({ name }))!;
    return world.services.store.cases.find({ accountId: account._id });
  };

  it('"any open cases at acme i should know about before i call?": Acme\'s open cases', async () => {
    const open = (await casesOf('Acme Corporation')).filter((c) => OPEN_CASE_STATUSES.includes(c.status));
    const reply = await say(
      SAM,
      'w18r-acme-call',
      'any open cases at acme i should know about before i call?',
    );
    expect(reply).toContain('Acme Corporation');
    if (open.length === 0) expect(reply).toMatch(/no open cases/i);
    for (const c of open) expect(reply).toContain(String(c.number));
  }, 120_000);

  it('"got someone from stark industries on the phone, furious. case history?": every case of Stark', async () => {
    const all = await casesOf('Stark Industries');
    expect(all.length).toBeGreaterThan(1);
    const reply = await say(
      RILEY,
      'w18r-stark-history',
      'got someone from stark industries on the phone, furious. case history?',
    );
    for (const c of all) expect(reply).toContain(String(c.number));
  }, 120_000);

  it('"okafor & navarro says webhooks return 401, is there a case open": their case about it', async () => {
    const found = (await casesOf('Okafor & Navarro Pty Ltd')).filter((c) => /webhook/i.test(c.subject));
    expect(found.length).toBeGreaterThan(0);
    const reply = await say(
      RILEY,
      'w18r-okafor',
      'okafor & navarro says webhooks return 401, is there a case open',
    );
    for (const c of found) expect(reply).toContain(`Case ${c.number}`);
  }, 120_000);
});
