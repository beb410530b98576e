import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { isTeamRosterQuestion, userRoleQuestionOf } from '../../src/dialogs/routing/team-questions';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const ADMIN = 'jordan.blake@demo.crmpro.dev';

/** One user's role, the user named: an admin checking someone's access. */
describe("a user's role, asked by name", () => {
  it.each([
    ['what role does noah singh have', 'noah singh'],
    ["what's noah singh's role", 'noah singh'],
    ['what is the role of noah singh?', 'noah singh'],
    ['which role is noah singh', 'noah singh'],
    ['what access does noah have in the crm', 'noah'],
    ["noah singh's role?", 'noah singh'],
    ['what permissions does riley park have', 'riley park'],
    ['whats noahs role', 'noahs'],
  ])('"%s" asks the role of that person', (wording, person) => {
    expect(userRoleQuestionOf(wording)).toBe(person);
    expect(isTeamRosterQuestion(wording)).toBe(true);
  });

  it.each([
    'what role does lead scoring play',
    'what roles are there',
    'who has which role',
    'what role do i have',
    'what access does a rep have',
    "what's my role",
    'what role does the forecast have in planning',
  ])('"%s" names nobody', (wording) => {
    expect(userRoleQuestionOf(wording)).toBeUndefined();
  });
});

describe("a user's role, in chat", () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('names the role of the user asked about, from the user list', async () => {
    const users = await world.services.store.users.find({ active: true });
    const analyst = users.find((u) => u.role === 'analyst')!;
    const support = users.find((u) => u.role === 'support')!;
    for (const user of [analyst, support]) {
      const chat = new ChatDriver(world.services, `role-${user._id}`, { localUser: ADMIN });
      const reply = replyText(await chat.say(`what role does ${user.name.toLowerCase()} have`));
      expect(reply).toMatch(
        new RegExp(`^${user.name} is an? ${user.role === 'support' ? 'support agent' : user.role}`),
      );
      expect(reply).toContain(user.team);
    }
    const chat = new ChatDriver(world.services, 'role-nobody', { localUser: ADMIN });
    expect(replyText(await chat.say('what role does zebulon quist have'))).toMatch(
      /don't know anyone called/,
    );
  }, 60_000);
});
