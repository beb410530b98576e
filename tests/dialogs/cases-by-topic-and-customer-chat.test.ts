import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/**
 * Support's cases asked by topic, customer and history (issue 19, twenty-sixth round, w27c), on the
 * evaluation's world (its cases as of Friday 4 Dec 2026). Wordings of our own beside the sets'.
 */
describe('cases by topic, customer and history, in chat', () => {
  let world: EvalWorld;
  let turn = 0;
  const say = async (...turns: string[]): Promise<string> => {
    const chat = new ChatDriver(world.services, `cases-by-topic-${turn++}`, { localUser: SUPPORT });
    let last = '';
    for (const text of turns) last = replyText(await chat.say(text));
    return last;
  };
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 180_000);
  afterAll(() => world.close());

  it.each(['any open login issues?', 'open sign-in problems?', 'which login tickets are still open'])(
    '"%s": the open cases on login',
    async (text) => {
      const reply = await say(text);
      expect(reply).toMatch(/open cases about/);
      expect(reply).toContain('Case 1206');
      expect(reply).toContain('Case 1199');
    },
    60_000,
  );

  it('a topic without "open": every status, in the period said', async () => {
    const reply = await say('billing cases this quarter');
    for (const number of [1185, 1189, 1190, 1205]) expect(reply).toContain(`Case ${number}`);
    expect(await say('any tickets about exporting data?')).toContain('Export all contacts to Excel');
  }, 60_000);

  it('the customer of the case just shown: its other cases, every status', async () => {
    const reply = await say('case 1206', 'any other cases for that customer?');
    expect(reply).toContain('besides case 1206');
    expect(reply).toContain('Case 1185');
    expect(await say('ticket 1206', 'has that customer raised anything else?')).toContain('Case 1189');
    expect(await say('case 1201', 'what else has that customer raised?')).toContain('Fairbanks & Whitaker');
  }, 60_000);

  it('an account bare: its latest cases when none is open; "open" said keeps the open ones', async () => {
    expect(await say('acme cases')).toMatch(/no open cases\. Its latest: [\s\S]*Case 1191/);
    expect(await say('does acme have any open cases')).toMatch(/no open cases for Acme Corporation/);
  }, 60_000);

  it("an account's past SLA breaches, and a priority's resolution time", async () => {
    const breaches = await say('has umbrella ever breached an sla');
    expect(breaches).toMatch(/^Umbrella Corporation: 2 cases breached/);
    expect(breaches).toContain('Case 1113');
    expect(await say('average time to resolve urgent cases')).toMatch(
      /4\.7 hours on average .* urgent cases/,
    );
  }, 60_000);

  it('a repeat problem said without "does" is no deal name', async () => {
    expect(await say('soylent keeps having the same issue?')).toMatch(/Case 1146|case 1146/);
  }, 60_000);
});
