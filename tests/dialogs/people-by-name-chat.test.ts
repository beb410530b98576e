import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_CASE_STATUSES, OPEN_STAGES, type User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN as ADMIN, MORGAN as MANAGER, RILEY as SUPPORT } from '../fixtures/demo-users';

// Issue 19, twelfth round (W12-P): colleagues named by a misspelt first or whole name, a user's team
// and a person's team asked by name, the users of a part of the company, a support agent's cases by
// first name, a case by a bare number and the owner of a case's account. Every figure and name is
// read from the seeded store.

describe('people and teams by name, in chat', () => {
  let world: EvalWorld;
  let users: User[];
  const user = (name: string) => users.find((u) => u.name === name)!;
  let turn = 0;
  const say = async (as: string, ...messages: string[]) => {
    const chat = new ChatDriver(world.services, `people-${(turn += 1)}`, { localUser: as });
    let last = '';
    for (const message of messages) last = replyText(await chat.say(message));
    return last;
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    users = await world.services.store.users.find({ active: true });
  }, 120_000);
  afterAll(() => world.close());

  it("reads a misspelt colleague's name as that colleague's pipeline", async () => {
    const sophie = user('Sophie Laurent');
    const open = await world.services.store.deals.find({
      ownerId: sophie._id,
      stage: { $in: [...OPEN_STAGES] },
    });
    const reply = await say(MANAGER, 'how is sofie doing');
    expect(reply).toContain('Sophie Laurent');
    expect(reply).toContain(`open pipeline: ${open.length} deals`);
  }, 60_000);

  it("names the misspelt colleague's biggest open deal", async () => {
    const olivia = user('Olivia Chen');
    const open = await world.services.store.deals.find({
      ownerId: olivia._id,
      stage: { $in: [...OPEN_STAGES] },
    });
    // Olivia's deals are all in one currency, so the biggest is the largest amount.
    expect(new Set(open.map((d) => d.currency)).size).toBe(1);
    const biggest = open.reduce((a, b) => (b.amount > a.amount ? b : a));
    const reply = await say(MANAGER, 'oliva chens biggest open deal');
    expect(reply).toContain(biggest.name);
    expect(reply).toContain('Olivia Chen');
  }, 60_000);

  it("answers a user's team with its manager, and a person's team, from the user list", async () => {
    const lena = user('Lena Fischer');
    const manager = users.find((u) => u.team === lena.team && u.role === 'manager')!;
    expect(await say(ADMIN, 'what team is lena fischer on')).toBe(
      `Lena Fischer is on team ${lena.team} (managed by ${manager.name}).`,
    );
    const priya = user('Priya Nair');
    const reply = await say(ADMIN, 'who is on priya nairs team');
    const team = users.filter((u) => u.team === priya.team);
    expect(reply).toContain(`Team ${priya.team} has ${team.length} members`);
    for (const member of team) expect(reply).toContain(member.name);
    for (const other of users.filter((u) => u.team !== priya.team)) expect(reply).not.toContain(other.name);
  }, 60_000);

  it('lists the users who work in support, and refuses another team to a manager in plain words', async () => {
    const agents = users.filter((u) => u.role === 'support');
    const reply = await say(ADMIN, 'who works in support');
    expect(reply).toContain(`${agents.length} support agents across all teams`);
    for (const agent of agents) expect(reply).toContain(agent.name);
    expect(await say(MANAGER, 'what team is kenji on')).toMatch(/You can see your own team's members/);
  }, 60_000);

  it("counts a support agent's open cases by first name", async () => {
    const anna = user('Anna Kowalski');
    const open = await world.services.store.cases.find({
      ownerId: anna._id,
      status: { $in: [...OPEN_CASE_STATUSES] },
    });
    const reply = await say(SUPPORT, 'how many open cases does anna have');
    expect(reply).toMatch(new RegExp(`^${open.length} open cases? assigned to Anna Kowalski`));
  }, 60_000);

  it("reads a bare number's status as that case, and the case's account owner through the customer view", async () => {
    const [withAccount] = await world.services.store.cases.find(
      { accountId: { $exists: true } },
      { sort: { number: -1 }, limit: 1 },
    );
    const account = await world.services.store.accounts.findById(withAccount!.accountId!);
    const owner = users.find((u) => u._id === account!.ownerId)!;
    expect(await say(SUPPORT, `whats the status of ${withAccount!.number}`)).toContain(
      `Case ${withAccount!.number}:`,
    );
    expect(await say(SUPPORT, `case ${withAccount!.number}`, "who's the account owner")).toBe(
      `${account!.name} is owned by ${owner.name}.`,
    );
  }, 60_000);
});
