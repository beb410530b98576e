import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { AUDIT_SUMMARY_SKILL_NAME } from '../../src/skills/audit-trail';
import { exportRecords } from '../../src/skills/data-export';
import { invokeSkill } from '../../src/skills/skill';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN as admin, MORGAN, SAM } from '../fixtures/demo-users';

/** Issue 19, m4: an admin asks the audit log in chat; anyone else is told it is for admins. */
describe('the audit log in chat', () => {
  let world: EvalWorld;
  let samId: string;

  /** Asks as `email` and waits until the turn's audit entries are written. */
  async function ask(email: string, question: string, id = `${email}-${question}`): Promise<string> {
    const chat = new ChatDriver(world.services, id, { localUser: email, channelId: 'webchat' });
    const reply = replyText(await chat.say(question));
    await chat.core.tracker.idle(30_000);
    return reply;
  }

  beforeAll(async () => {
    world = await openSmallEvalWorld();
    samId = (await world.services.store.users.findOne({ email: SAM }))!._id;
    // Sam reads two accounts through the web chat.
    await ask(SAM, 'brief me on acme corporation', 'sam-1');
    await ask(SAM, 'tell me about globex', 'sam-2');
  }, 120_000);
  afterAll(() => world.close());

  it('names Sam, counts his entries as the log holds them, and names the accounts he read', async () => {
    const entries = await world.services.store.auditEntries.find({ userId: samId });
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const records = entries.reduce((sum, e) => sum + e.recordCount, 0);
    const reply = await ask(admin, 'activity log for sam today');
    expect(reply).toContain('Sam Rivera (rep)');
    expect(reply).toContain(`${entries.length} entries`);
    expect(reply).toContain(`${records} records`);
    expect(reply).toContain('Acme Corporation');
    expect(reply).toContain('Globex');
    expect(reply).toContain('webchat');
    expect(reply).not.toMatch(/Which account/);
  }, 60_000);

  it.each(['show me the audit log for today', 'access log today', 'audit trail for today'])(
    '"%s" summarises everyone\'s entries of the day',
    async (question) => {
      const reply = await ask(admin, question);
      expect(reply).toMatch(/^Audit log, today \(\w{3} \d+ \w{3}\): \d+ entries by \d+ people/);
      expect(reply).toContain('Sam Rivera (rep)');
    },
    60_000,
  );

  it('answers who looked at an account with the people whose entries name it', async () => {
    const reply = await ask(admin, 'who looked at acme corporation today');
    expect(reply).toContain('for Acme Corporation (account)');
    expect(reply).toContain('Sam Rivera');
  }, 60_000);

  it('asks the same question of another account named alone after it ("and globex?"), same days', async () => {
    const chat = new ChatDriver(world.services, 'admin-follow-up', {
      localUser: admin,
      channelId: 'webchat',
    });
    await chat.say('who looked at acme corporation today');
    await chat.core.tracker.idle(30_000);
    const reply = replyText(await chat.say('and globex?'));
    expect(reply).toContain('for Globex (account), reads only, today');
    expect(reply).toContain('Sam Rivera');
    expect(reply).not.toContain('Acme Corporation');
  }, 60_000);

  it.each(['did anyone change a user role recently', 'who changed sams role this week'])(
    '"%s" is told role changes are not logged, with the record changes the log has',
    async (question) => {
      const reply = await ask(admin, question);
      expect(reply).toMatch(/^Changes to users' roles and access .* the audit log does not record them/);
      expect(reply).toContain('list all users and their roles');
      expect(reply).not.toMatch(/Sam Rivera \(rep\): \d+ entr(?:y|ies) \(\d+ reads?\)/);
    },
    60_000,
  );

  it('answers who exported data from the export entries of crmpro export', async () => {
    const jordan = (await world.services.store.users.findOne({ email: admin }))!;
    const exported = await invokeSkill(
      exportRecords,
      { collection: 'accounts' },
      {
        caller: { role: 'admin', userId: jordan._id, name: jordan.name, timezone: 'UTC', channel: 'cli' },
        services: world.services,
      },
    );
    let rows = 0;
    for await (const batch of exported.batches) rows += batch.length;
    const reply = await ask(admin, 'who exported data this week');
    expect(reply).toContain('Jordan Blake (admin): 1 export');
    expect(reply).toContain(`exported ${rows} records (accounts) through the command line`);
    expect(reply).not.toContain('Sam Rivera');
  }, 60_000);

  it('says plainly that sign-ins are not logged, and shows who used the bot today', async () => {
    const reply = await ask(admin, 'who logged in today');
    expect(reply).toContain('no sign-in log');
    expect(reply).toContain('Sam Rivera');
  }, 60_000);

  it('writes one entry naming no records for each question asked of the log', async () => {
    const before = await world.services.store.auditEntries.countDocuments({});
    await ask(admin, 'show me the audit log for this week');
    const after = await world.services.store.auditEntries.find({}, { sort: { at: 1 } });
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ skill: AUDIT_SUMMARY_SKILL_NAME, recordCount: 0, recordIds: [] });
  }, 60_000);

  it.each([SAM, MORGAN])(
    'tells %s plainly that the log is for admins, without internal names',
    async (email) => {
      const reply = await ask(email, 'show me the audit log for today');
      expect(reply).toMatch(/for admins only/);
      expect(reply).not.toMatch(/audit-log-summary|Sam Rivera \(rep\)|entries by/);
    },
    60_000,
  );

  it('keeps "log a call with Jane" a call to log', async () => {
    const reply = await ask(admin, 'log a call with Jane');
    expect(reply).not.toMatch(/audit log|entries by/i);
  }, 60_000);
});
