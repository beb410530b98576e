import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MORGAN = 'morgan.lee@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('a manager\'s "my pipeline" is the team\'s', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("answers a manager's \"how's my pipeline looking\" with the team's pipeline, a rep's with their own", async () => {
    const morgan = new ChatDriver(world.services, 'c-mgr-pipeline', { localUser: MORGAN });
    const [summary] = await morgan.say("how's my pipeline looking");
    expect(summary!.text).toMatch(/team /);
    expect(summary!.text).not.toMatch(/0 deals worth none/);
    const sam = new ChatDriver(world.services, 'c-rep-pipeline', { localUser: SAM });
    const [own] = await sam.say("how's my pipeline looking");
    expect(own!.text).toMatch(/your deals|Your open pipeline/);
  }, 60_000);

  it('gives the change in won business on the period before per currency, never over amounts added across currencies', async () => {
    const morgan = new ChatDriver(world.services, 'c-mgr-pipeline-change', { localUser: MORGAN });
    const [summary] = await morgan.say("how's my pipeline looking");
    const wonLine = summary!.text.split('\n').find((line) => / won \d+ deals/.test(line));
    // The team won in dollars and pounds this quarter and the one before (the demo world's EMEA reps).
    expect(wonLine).toMatch(/won \d+ deals \(\$[\d.,]+[kM]? \+ £[\d.,]+[kM]?/);
    expect(wonLine).toMatch(/\(USD [+-]\d+%, GBP [+-]\d+%(, EUR [+-]\d+%)? on the period before\)/);
  }, 60_000);

  // "my top deals" already means the team's for a manager; the forecast in any words does too.
  it.each(['give me the forecast for q1', "what's my forecast this quarter", 'forecast next quarter'])(
    "answers a manager's \"%s\" with the team's forecast, a rep's with their own",
    async (text) => {
      const morgan = new ChatDriver(world.services, `c-mgr-forecast-${text}`, { localUser: MORGAN });
      const [forecast] = await morgan.say(text);
      expect(forecast!.text).toMatch(/^Forecast .*\(team Enterprise\)/);
      const sam = new ChatDriver(world.services, `c-rep-forecast-${text}`, { localUser: SAM });
      const [own] = await sam.say(text);
      expect(own!.text).toMatch(/^Forecast .*\(your deals\)/);
    },
    60_000,
  );

  it('narrows "which of those are at risk" to the deals just listed; without "those" it is the whole team', async () => {
    const morgan = new ChatDriver(world.services, 'c-mgr-those-at-risk', { localUser: MORGAN });
    const [list] = await morgan.say('pull me the deals closing next week');
    const listed = Number(/(\d+) open deals? closing/.exec(list!.text)?.[1]);
    expect(listed).toBeGreaterThan(0);
    const texts = async (message: string) => (await morgan.say(message)).map((r) => r.text).join('\n');
    const those = await texts('which of those are at risk');
    expect(those).toMatch(
      new RegExp(`Of the deals just listed: \\d+ of ${listed} open deals? \\(team Enterprise\\)`),
    );
    const all = await texts('which deals are at risk');
    expect(all).not.toMatch(/just listed/);
    expect(Number(/\d+ of (\d+) open deals/.exec(all)?.[1])).toBeGreaterThan(listed);
  }, 60_000);
});
