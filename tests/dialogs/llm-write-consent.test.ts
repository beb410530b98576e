import { LLM_SKILLS } from '../../src/dialogs/llm/skill-catalog';
import type { Store } from '../../src/store/store';
import { lastMessage, OpenAiLoopback } from '../fixtures/openai-loopback';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { chatWithLlm } from './llm-chat';

/** One write skill as the model would call it, and how to count what it saved. */
interface WriteCase {
  args: Record<string, unknown>;
  /** Puts the CRM back as it was before the change (for skills that change a record in place). */
  reset?: (store: Store) => Promise<void>;
  /** How many records show the change. */
  saved: (store: Store) => Promise<number>;
  /** The reply once it is saved (a pattern where it holds a count the fixture decides). */
  done: string | RegExp;
  /** Who asks (default: the demo rep); audiences are marketing's and managers'. */
  localUser?: string;
}

const MANAGER = 'morgan.lee@demo.crmpro.dev';
/** A support specialist (added to the small CRM below): cases are support's. */
const SUPPORT = 'riley.park@demo.crmpro.dev';
/** The open case the model changes by number. */
const CONSENT_CASE = 1500;

const STAGE_DEAL = 'Globex energy analytics';

/** Every skill that changes data, as the model calls it. A write skill missing here fails the test below. */
const CASES: Record<string, WriteCase> = {
  'log-interaction': {
    args: { type: 'call', account: 'Initech', contact: 'Jane', summary: 'consent check: renewal terms' },
    saved: (store) => store.interactions.countDocuments({ summary: 'consent check: renewal terms' }),
    done: 'Logged the call with Jane Park at Initech.',
  },
  'create-task': {
    args: { title: 'Consent check follow-up', account: 'Initech', due: '2026-03-20' },
    saved: (store) => store.tasks.countDocuments({ title: 'Consent check follow-up' }),
    done: 'Created the task "Consent check follow-up" for Initech, due 2026-03-20.',
  },
  'update-deal-stage': {
    args: { deal: STAGE_DEAL, account: 'Globex', stage: 'negotiation' },
    reset: async (store) => {
      await store.deals.updateOne({ name: STAGE_DEAL }, { $set: { stage: 'proposal' } });
    },
    saved: (store) => store.deals.countDocuments({ name: STAGE_DEAL, stage: 'negotiation' }),
    done: `Moved "${STAGE_DEAL}" from proposal to negotiation.`,
  },
  'create-lead': {
    args: { name: 'Consent Check', company: 'Hooli', email: 'consent.check@hooli.example' },
    reset: async (store) => {
      await store.leads.deleteMany({ email: 'consent.check@hooli.example' });
    },
    saved: (store) => store.leads.countDocuments({ email: 'consent.check@hooli.example' }),
    done: 'Created the lead Consent Check (Hooli).',
  },
  'build-audience': {
    args: { definition: { region: 'NA' }, name: 'Consent check audience' },
    reset: async (store) => {
      await store.audiences.deleteMany({ name: 'Consent check audience' });
    },
    saved: (store) => store.audiences.countDocuments({ name: 'Consent check audience' }),
    done: /^Saved the audience "Consent check audience": \d+ accounts\.$/,
    localUser: MANAGER,
  },
  'refresh-audience': {
    args: { name: 'Refreshed consent audience' },
    reset: async (store) => {
      await store.audiences.deleteMany({ name: 'Refreshed consent audience' });
      await store.audiences.insertOne({
        name: 'Refreshed consent audience',
        nameKey: 'refreshed consent audience',
        definition: { region: 'NA' },
        builtAt: new Date('2026-01-01T00:00:00Z'),
        members: [],
        history: [],
      });
    },
    // Each refresh keeps the build before it in the history.
    saved: async (store) =>
      (await store.audiences.findOne({ name: 'Refreshed consent audience' }))?.history.length ?? 0,
    done: /^Refreshed the audience "Refreshed consent audience": \d+ accounts\.$/,
    localUser: MANAGER,
  },
  'open-case': {
    args: { subject: 'Consent check: SSO fails for all users', account: 'Initech', priority: 'high' },
    saved: (store) => store.cases.countDocuments({ subject: 'Consent check: SSO fails for all users' }),
    done: /^Opened case \d+ for Initech: "Consent check: SSO fails for all users" \(high priority, due 2026-03-15 20:00 UTC\)\.$/,
    localUser: SUPPORT,
  },
  'update-case': {
    args: { number: CONSENT_CASE, resolution: 'Consent check: reset the SAML certificate' },
    reset: async (store) => {
      await store.cases.deleteMany({ number: CONSENT_CASE });
      await store.cases.insertOne({
        number: CONSENT_CASE,
        subject: 'Consent check: SAML errors',
        status: 'open',
        priority: 'normal',
        channel: 'email',
        history: [{ at: new Date('2026-03-15T09:00:00Z'), action: 'opened', value: 'normal' }],
      });
    },
    saved: (store) => store.cases.countDocuments({ number: CONSENT_CASE, status: 'resolved' }),
    done: `Case ${CONSENT_CASE} (Consent check: SAML errors) is now resolved, normal priority. Resolution: Consent check: reset the SAML certificate`,
    localUser: SUPPORT,
  },
};

const as = (write: WriteCase) => (write.localUser ? { localUser: write.localUser } : {});

const WRITE_SKILLS = LLM_SKILLS.filter((skill) => skill.changesData).map((skill) => skill.name);

describe('LLM agent: every change waits for the person, against an OpenAI-protocol loopback server', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let llm: OpenAiLoopback;
  const settings = () => ({ baseUrl: llm.baseUrl, model: 'loopback-model' });
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    await temp.store.users.insertOne({
      email: SUPPORT,
      name: 'Riley Park',
      role: 'support',
      team: 'Support',
      timezone: 'UTC',
      active: true,
    });
    llm = await OpenAiLoopback.start(() => ({ content: 'unused' }));
  });
  afterAll(async () => {
    await llm.close();
    await temp.cleanup();
  });

  it('knows every skill that changes data (the tests below cover each)', () => {
    expect(WRITE_SKILLS.sort()).toEqual(Object.keys(CASES).sort());
  });

  /** The model calls the write tool whenever the person speaks, and says "Done." after any result. */
  const modelWrites = (skill: string, args: Record<string, unknown>) =>
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Done.' }
        : { toolCalls: [{ name: skill, arguments: args }] },
    );

  describe.each(Object.keys(CASES))('%s', (skill) => {
    const write = CASES[skill]!;
    beforeEach(async () => {
      await write.reset?.(temp.store);
      modelWrites(skill, write.args);
    });

    it('shows exactly what it will save, and "no" saves nothing', async () => {
      const say = chatWithLlm(services, settings(), `${skill}-no`, as(write));
      const before = await write.saved(temp.store);
      const [confirm] = await say('go ahead and put that in the CRM');
      expect(confirm!.text).toMatch(/^Before I save anything, please confirm\./);
      const shown = (value: unknown): string[] =>
        value && typeof value === 'object' ? Object.values(value).flatMap(shown) : [String(value)];
      for (const value of Object.values(write.args).flatMap(shown)) expect(confirm!.text).toContain(value);
      expect(confirm!.buttons?.map((b) => b.value)).toEqual(['yes', 'no']);
      expect(await write.saved(temp.store)).toBe(before);

      const [declined] = await say('no');
      expect(declined!.text).toBe("Okay, I didn't save it. Nothing was changed.");
      expect(await write.saved(temp.store)).toBe(before);
      // The model was asked once (the proposal): declining does not call it again.
      expect(llm.requests).toHaveLength(1);
    });

    it('"yes" saves it exactly once', async () => {
      const say = chatWithLlm(services, settings(), `${skill}-yes`, as(write));
      const before = await write.saved(temp.store);
      await say('go ahead and put that in the CRM');
      expect(await write.saved(temp.store)).toBe(before);
      const [done] = await say('yes');
      expect(done!.text).toMatch(write.done);
      expect(await write.saved(temp.store)).toBe(before + 1);
      expect(llm.requests).toHaveLength(1);
      await write.reset?.(temp.store);
    });

    it('a restart between the proposal and "yes" still saves it exactly once', async () => {
      const before = await write.saved(temp.store);
      await chatWithLlm(
        services,
        settings(),
        `${skill}-restart`,
        as(write),
      )('go ahead and put that in the CRM');
      // A new bot over the same store: nothing of the first one's memory is left.
      const afterRestart = chatWithLlm(services, settings(), `${skill}-restart`, as(write));
      const [done] = await afterRestart('yes');
      expect(done!.text).toMatch(write.done);
      expect(await write.saved(temp.store)).toBe(before + 1);
      expect(llm.requests).toHaveLength(1);
      await write.reset?.(temp.store);
    });
  });

  it('the same "yes" reaching two servers at once makes the change once', async () => {
    modelWrites('create-task', { title: 'Delivered twice' });
    await chatWithLlm(services, settings(), 'twice')('remind me');
    const [first, second] = await Promise.all([
      chatWithLlm(services, settings(), 'twice')('yes'),
      chatWithLlm(services, settings(), 'twice')('yes'),
    ]);
    const texts = [first![0]!.text, second![0]!.text].sort();
    expect(texts[0]).toBe('Created the task "Delivered twice".');
    expect(texts[1]).toMatch(/no longer waiting for an answer/);
    expect(await temp.store.tasks.countDocuments({ title: 'Delivered twice' })).toBe(1);
  });

  it('two changes in one answer of the model are shown together and made together on "yes"', async () => {
    llm.reset(() => ({
      toolCalls: [
        { name: 'create-task', arguments: { title: 'Pair one' } },
        { name: 'create-task', arguments: { title: 'Pair two' } },
      ],
    }));
    const say = chatWithLlm(services, settings(), 'pair');
    const [confirm] = await say('two reminders please');
    expect(confirm!.text).toMatch(/^Before I save anything, please confirm these 2 changes:/);
    expect(confirm!.text).toContain('1. create a task: "Pair one"');
    expect(confirm!.text).toContain('2. create a task: "Pair two"');
    expect(await temp.store.tasks.countDocuments({ title: /^Pair / })).toBe(0);
    const [done] = await say('yes');
    expect(done!.text).toBe('Created the task "Pair one".\nCreated the task "Pair two".');
    expect(await temp.store.tasks.countDocuments({ title: /^Pair / })).toBe(2);
  });

  it('a change the CRM refuses after "yes" is reported as refused, in the CRM\'s words, not the model\'s', async () => {
    modelWrites('create-lead', { name: 'Jane Again', email: 'jane.park@initech.com' });
    const say = chatWithLlm(services, settings(), 'refused');
    await say('add jane as a lead');
    const [refused] = await say('yes');
    expect(refused!.text).toBe(
      "I couldn't save it: jane.park@initech.com is already a contact: Jane Park at Initech.",
    );
    expect(llm.requests).toHaveLength(1);
    expect(await temp.store.leads.countDocuments({ email: 'jane.park@initech.com' })).toBe(0);
  });

  it('asks nothing about a change the skill would refuse: the model gets the reason, nothing is saved', async () => {
    llm.reset((request) => {
      const last = lastMessage(request);
      if (last.role !== 'tool') return { toolCalls: [{ name: 'create-task', arguments: { title: '' } }] };
      return { content: 'I need a title for that task.' };
    });
    const before = await temp.store.tasks.countDocuments({});
    const [reply] = await chatWithLlm(services, settings(), 'bad-input')('make a task');
    expect(reply!.text).toBe('I need a title for that task.');
    expect(llm.requests).toHaveLength(2);
    expect(llm.requests[1]!.messages.find((m) => m.role === 'tool')!.content).toContain(
      'error: title: give the task a title',
    );
    expect(await temp.store.tasks.countDocuments({})).toBe(before);
  });

  it('a different message instead of yes/no drops the change and is answered as a new message', async () => {
    modelWrites('create-task', { title: 'Dropped when moving on' });
    const say = chatWithLlm(services, settings(), 'moved-on');
    await say('remind me');
    llm.reset(() => ({ content: 'unused' }));
    const replies = await say('what about globex?');
    expect(replies[0]!.text).toBe("I didn't save that change.");
    // The new message went to the agent again (and got its honest "can't answer" without tools).
    expect(llm.requests).toHaveLength(1);
    expect(replies[1]!.text).toMatch(/can't answer that/);
    // A late "yes" finds nothing to confirm.
    modelWrites('create-task', { title: 'Dropped when moving on' });
    const [late] = await say('yes');
    expect(late!.text).toMatch(/^Before I save anything/);
    expect(await temp.store.tasks.countDocuments({ title: 'Dropped when moving on' })).toBe(0);
  });

  it('"cancel" drops the change and its saved state', async () => {
    modelWrites('create-task', { title: 'Cancelled change' });
    const say = chatWithLlm(services, settings(), 'cancelled');
    await say('remind me');
    expect(await temp.store.agentCheckpoints.countDocuments({ kind: 'confirmation' })).toBeGreaterThan(0);
    const confirmationsBefore = await temp.store.agentCheckpoints.countDocuments({ kind: 'confirmation' });
    const [cancelled] = await say('cancel');
    expect(cancelled!.text).toBe('Okay, cancelled. What next?');
    expect(await temp.store.agentCheckpoints.countDocuments({ kind: 'confirmation' })).toBe(
      confirmationsBefore - 1,
    );
    expect(await temp.store.tasks.countDocuments({ title: 'Cancelled change' })).toBe(0);
  });

  it('keeps no agent state once a run has finished', async () => {
    await temp.store.agentCheckpoints.deleteMany({});
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Initech is a customer.' }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account: 'initech' } }] },
    );
    await chatWithLlm(services, settings(), 'no-leftovers')('how is initech');
    modelWrites('create-task', { title: 'No leftovers' });
    const say = chatWithLlm(services, settings(), 'no-leftovers-write');
    await say('remind me');
    expect(await temp.store.agentCheckpoints.countDocuments({})).toBeGreaterThan(0);
    await say('yes');
    expect(await temp.store.agentCheckpoints.countDocuments({})).toBe(0);
  });
});
