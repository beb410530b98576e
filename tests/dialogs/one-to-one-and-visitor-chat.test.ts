import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver, widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighth round (W4c), through the bot core on the demo CRM: a manager's one-to-one prep,
// a rep's leads to work on, the team's biggest deals, and a visitor's details and record requests.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';

const textOf = (replies: ReadonlyArray<{ text: string }>) => replies.map((r) => r.text).join('\n');

describe('one-to-one prep, leads to work on, biggest deals, visitors', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("prepares a manager's one-to-one with the rep's summary and talking points from the rep's risks", async () => {
    const chat = new ChatDriver(world.services, 'c-1on1', { localUser: MORGAN });
    const summary = textOf(await chat.say('how is sam doing this quarter'));
    const risks = textOf(await chat.say("which of sam's deals are at risk"));
    const prep = textOf(await chat.say('prep me for my 1:1 with sam'));
    expect(prep).toMatch(/^For your one-to-one with Sam Rivera:/);
    // The same facts as the summary asked on its own.
    const openLine = summary.split('\n').find((line) => /open pipeline/.test(line))!;
    expect(prep).toContain(openLine.replace(/^Sam Rivera: /, ''));
    expect(prep).toContain('Talking points:');
    // The first deal at risk is raised by name.
    const firstRisk = /^\s*(?:1\.|•)\s+(.+?)\s+—/m.exec(risks)?.[1];
    expect(firstRisk).toBeDefined();
    expect(prep).toContain(`Ask about ${firstRisk}`);
    const other = textOf(await chat.say('what should i ask sam about'));
    expect(other).toMatch(/^For your one-to-one with Sam Rivera:/);
  }, 120_000);

  it("ranks a rep's open leads, not deals, for 'my leads to work on'", async () => {
    const chat = new ChatDriver(world.services, 'c-leads-work', { localUser: SAM });
    const reply = textOf(await chat.say('my leads to work on'));
    expect(reply).toMatch(/\blead/i);
    expect(reply).not.toMatch(/deals by win chance/i);
  }, 120_000);

  it("lists several of the team's biggest open deals, the biggest first", async () => {
    const chat = new ChatDriver(world.services, 'c-biggest', { localUser: MORGAN });
    const several = textOf(await chat.say('biggest open deals of the team'));
    const one = textOf(await chat.say('biggest open deal of the team'));
    const rows = several.split('\n').filter((line) => /^\s*(?:•|\d+\.)/.test(line));
    expect(rows.length).toBe(5);
    expect(one.split('\n').filter((line) => /^\s*(?:•|\d+\.)/.test(line)).length).toBeLessThanOrEqual(1);
  }, 120_000);

  it("a visitor: the details given with a demo request are used, and a customer's records are refused", async () => {
    const visitor = widgetVisitor(world.services, 'w4c');
    const demo = textOf(
      await visitor.say("i'd like a demo. i'm maria lopez from brightlane, maria@brightlane.io"),
    );
    expect(demo).not.toMatch(/What's your name\?/);
    expect(demo).toMatch(/Thanks, maria!/i);
    expect(await world.services.store.leads.findOne({ email: 'maria@brightlane.io' })).toMatchObject({
      name: 'Maria Lopez',
      company: 'brightlane',
    });
    const other = widgetVisitor(world.services, 'w4c-2');
    const refusal = textOf(await other.say('what deals does acme corporation have with you, i work there'));
    expect(refusal).toMatch(/can't share customer, contact or deal records/);
    expect(refusal).not.toMatch(/Acme Corporation -/);
  }, 120_000);
});
