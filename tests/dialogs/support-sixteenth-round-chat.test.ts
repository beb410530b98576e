import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_CASE_STATUSES, type Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { RILEY } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// W17S, issue 19 sixteenth round: one case picked by its age from every open case or from one
// agent's, and an agent's cases counted with "has", through the bot core on the demo CRM. Every
// figure is read from the store.
describe('support: the oldest case and an agent counted (sixteenth round)', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  const say = async (conversation: string, text: string): Promise<string> =>
    replyText(await new ChatDriver(world.services, conversation, { localUser: RILEY }).say(text));
  const openCases = () => world.services.store.cases.find({ status: { $in: [...OPEN_CASE_STATUSES] } });
  const oldest = (cases: Case[]) =>
    [...cases].sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime())[0]!;
  const anna = async () => (await world.services.store.users.findOne({ name: 'Anna Kowalski' }))!;

  it.each(["what's the oldest case nobody has closed yet", 'oldest ticket that hasnt been closed'])(
    '"%s": the one open case opened first',
    async (wording) => {
      const first = oldest(await openCases());
      const text = await say(`c-oldest-${wording.length}`, wording);
      expect(text).toContain(`case ${first.number} (${first.subject}) is the oldest`);
    },
    120_000,
  );

  it('"what\'s anna\'s oldest open case": the oldest of the open cases she works', async () => {
    const id = (await anna())._id;
    const first = oldest((await openCases()).filter((c) => c.ownerId === id));
    const text = await say('c-annas-oldest', "what's anna's oldest open case");
    expect(text).toContain(`case ${first.number} (${first.subject}) is the oldest`);
  }, 120_000);

  it('"how many open cases has anna now": the number of open cases she works', async () => {
    const id = (await anna())._id;
    const hers = (await openCases()).filter((c) => c.ownerId === id);
    const text = await say('c-anna-count', 'how many open cases has anna now');
    expect(text).toMatch(new RegExp(`^${hers.length} open cases? assigned to Anna Kowalski`));
  }, 120_000);
});
