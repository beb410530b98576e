import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { supportRequestOf } from '../../src/dialogs/routing/support-questions';
import type { Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** Cases counted or narrowed by the channel they came in through. */
describe('cases by channel', () => {
  it.each([
    'open cases by channel',
    'break down the open tickets by channel',
    'open cases per channel',
    'channel breakdown of open cases',
    'how are the open tickets split by channel',
    'cases by source channel',
  ])('"%s" counts the cases by channel', (wording) => {
    expect(supportRequestOf(wording)).toMatchObject({
      intent: 'case_list',
      scope: 'summary',
      summary: { summary: 'counts', by: 'channel' },
    });
  });

  it.each([
    ['how many tickets came in by chat', 'chat'],
    ['how many cases came in via email', 'email'],
    ['number of tickets that came in over the phone', 'phone'],
    ['how many cases were opened through the web form', 'web'],
    ['how many tickets came in from the widget', 'widget'],
    ['how many e-mail cases came in this month', 'email'],
  ])('"%s" counts the cases that came in through one channel', (wording, channel) => {
    expect(supportRequestOf(wording)).toMatchObject({
      intent: 'case_list',
      scope: 'summary',
      summary: { summary: 'opened', channel },
    });
  });

  it.each(['open cases by priority', 'how many tickets came in this week', 'what is the chat widget'])(
    '"%s" is no channel question',
    (wording) => {
      expect(JSON.stringify(supportRequestOf(wording) ?? {})).not.toMatch(/channel/);
    },
  );
});

/** A support agent's open cases, the agent named. */
describe('cases of a named agent', () => {
  it.each([
    ['whats open for the emea support agent anna', 'anna'],
    ['open cases assigned to anna', 'anna'],
    ['tickets owned by anna kowalski', 'anna kowalski'],
    ['cases handled by riley', 'riley'],
    ['tickets anna is working on', 'anna'],
    ['show me the queue of agent riley', 'riley'],
    ['what is the support agent anna working on', 'anna'],
  ])('"%s" lists the open cases of that agent', (wording, owner) => {
    expect(supportRequestOf(wording)).toMatchObject({ intent: 'case_list', scope: 'open', owner });
  });

  it.each([
    'open cases for initech',
    'my open cases',
    'tickets assigned to me',
    'what do i have open',
    'open cases for the emea team',
    "what's open for them",
    'how many tickets did each agent close this week',
    'closed cases by agent last month',
    'how many cases came in per agent this month',
    'which agent has the most open cases',
  ])('"%s" names no agent', (wording) => {
    expect(supportRequestOf(wording) ?? {}).not.toHaveProperty('owner');
  });
});

/** Changing a case by its number in other words than closing it: a note, another agent. */
describe('case updates by chat', () => {
  it.each([
    ['add a note to case 1203: waiting on customer logs', 'waiting on customer logs'],
    ['note on case 1203 - customer sent the logs', 'customer sent the logs'],
    ['add note to ticket #1203: called back, no answer', 'called back, no answer'],
    ['case 1203 add a note: escalated to engineering', 'escalated to engineering'],
    ['put a note on case 1203: waiting for the admin', 'waiting for the admin'],
    ['add an internal note to ticket 1203 saying customer is on holiday', 'customer is on holiday'],
  ])('"%s" adds a note', (wording, note) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_update', number: 1203, note });
  });

  it.each([
    ['reassign case 1202 to anna', 'anna'],
    ['assign ticket 1202 to anna kowalski', 'anna kowalski'],
    ['give case #1202 to anna', 'anna'],
    ['hand case 1202 over to anna', 'anna'],
    ['transfer ticket 1202 to anna please', 'anna'],
    ['move case 1202 to riley', 'riley'],
  ])('"%s" assigns the case to another agent', (wording, owner) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_update', number: 1202, owner });
  });

  it.each([
    'close case 1202: fixed by reset',
    'case 1202',
    'what notes are on case 1203',
    'assign a new lead to anna',
    'reassign the acme account to sam',
  ])('"%s" is no case update', (wording) => {
    expect(supportRequestOf(wording)?.intent).not.toBe('case_update');
  });
});

describe('support cases round 2, in chat', () => {
  let world: EvalWorld;
  let open: Case[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    open = await world.services.store.cases.find({ status: { $in: ['open', 'pending'] } });
  }, 120_000);
  afterAll(() => world.close());
  const userName = async (id: string | undefined) =>
    id ? (await world.services.store.users.findOne({ _id: id }))?.name : undefined;

  it('open cases by channel: each channel with its count', async () => {
    const chat = new ChatDriver(world.services, 'by-channel', { localUser: SUPPORT });
    const reply = replyText(await chat.say('open cases by channel'));
    const counts = new Map<string, number>();
    for (const c of open) counts.set(c.channel, (counts.get(c.channel) ?? 0) + 1);
    expect(reply).toContain(`${open.length} open case`);
    for (const [channel, count] of counts) expect(reply).toContain(`${count} ${channel}`);
  }, 60_000);

  it('how many came in by chat: the chat cases of all time', async () => {
    const all = await world.services.store.cases.find({});
    const chats = all.filter((c) => c.channel === 'chat').length;
    const chat = new ChatDriver(world.services, 'came-in-chat', { localUser: SUPPORT });
    const reply = replyText(await chat.say('how many tickets came in by chat'));
    expect(reply).toMatch(new RegExp(`^${chats} cases? came in by chat`));
  }, 60_000);

  it("an agent's open cases, and the open cases narrowed to one agent", async () => {
    const byOwner = new Map<string, Case[]>();
    for (const c of open) if (c.ownerId) byOwner.set(c.ownerId, [...(byOwner.get(c.ownerId) ?? []), c]);
    const [ownerId, theirs] = [...byOwner].sort((a, b) => b[1].length - a[1].length)[0]!;
    const owner = (await userName(ownerId))!;
    const first = owner.split(' ')[0]!.toLowerCase();
    const others = open.filter((c) => c.ownerId !== ownerId);
    const chat = new ChatDriver(world.services, 'agent-open', { localUser: SUPPORT });
    const reply = replyText(await chat.say(`whats open for the support agent ${first}`));
    expect(reply).toContain(owner);
    for (const c of theirs) expect(reply).toContain(`Case ${c.number}:`);
    for (const c of others) expect(reply).not.toContain(`Case ${c.number}:`);
    const narrowed = new ChatDriver(world.services, 'only-agent', { localUser: SUPPORT });
    await narrowed.say('open cases');
    const only = replyText(await narrowed.say(`only ${first}s`));
    for (const c of theirs) expect(only).toContain(`Case ${c.number}:`);
    for (const c of others) expect(only).not.toContain(`Case ${c.number}:`);
  }, 60_000);

  it('a note and a new agent, each after a yes', async () => {
    const target = open[0]!;
    const chat = new ChatDriver(world.services, 'note', { localUser: SUPPORT });
    expect(
      replyText(await chat.say(`add a note to case ${target.number}: waiting on customer logs`)),
    ).toContain(`case ${target.number}`);
    expect(replyText(await chat.say('yes'))).toContain(`${target.number}`);
    const noted = (await world.services.store.cases.findOne({ number: target.number }))!;
    expect(noted.history.at(-1)).toMatchObject({ action: 'note', value: 'waiting on customer logs' });

    const agents = await world.services.store.users.find({ role: 'support' });
    const other = agents.find((u) => u._id !== target.ownerId)!;
    const first = other.name.split(' ')[0]!.toLowerCase();
    const again = new ChatDriver(world.services, 'reassign', { localUser: SUPPORT });
    expect(replyText(await again.say(`reassign case ${target.number} to ${first}`))).toContain(other.name);
    expect(replyText(await again.say('yes'))).toContain(other.name);
    const moved = (await world.services.store.cases.findOne({ number: target.number }))!;
    expect(moved.ownerId).toBe(other._id);
    const same = new ChatDriver(world.services, 'reassign-same', { localUser: SUPPORT });
    expect(replyText(await same.say(`give case ${target.number} to ${first}`))).toContain(
      `is already assigned to ${other.name}`,
    );

    const refused = new ChatDriver(world.services, 'reassign-no', { localUser: SUPPORT });
    await refused.say(`reassign case ${target.number} to nobodyatall`);
    const unchanged = (await world.services.store.cases.findOne({ number: target.number }))!;
    expect(unchanged.ownerId).toBe(other._id);
  }, 60_000);
});
