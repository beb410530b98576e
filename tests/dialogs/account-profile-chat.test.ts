import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { SAM } from '../fixtures/demo-users';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, twenty-fourth round (w25a, from dev-qa44): the fields of an account's profile asked in
// chat, answered from the account as recorded (the figures read from the store, not copied from a
// reply), in the order asked.
describe('an account profile asked field by field', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('"what industry is globex in and how many employees do they have": both fields', async () => {
    const globex = (await world.services.store.accounts.findOne({ name: 'Globex' }))!;
    const chat = new ChatDriver(world.services, 'w25a-profile-two', { localUser: SAM });
    const reply = replyText(await chat.say('what industry is globex in and how many employees do they have'));
    expect(reply).toContain(
      `Globex: industry ${globex.industry}; ${globex.employees!.toLocaleString('en-US')} employees`,
    );
  }, 120_000);

  it('"acme revenue and website": the annual revenue as recorded, then the domain', async () => {
    const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const chat = new ChatDriver(world.services, 'w25a-profile-revenue', { localUser: SAM });
    const reply = replyText(await chat.say('acme corporation revenue and website'));
    expect(reply).toContain(`${acme.annualRevenue!.toLocaleString('en-US')} USD`);
    expect(reply).toContain(`website ${acme.domain}`);
  }, 120_000);
});
