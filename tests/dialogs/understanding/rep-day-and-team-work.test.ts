import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import type { Understanding } from '../../../src/dialogs/routing/understanding';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

// Issue 19 (ninth round, W5-A): a rep's day, accounts that have not heard from us, deals stuck in a
// stage, and a manager's questions about each team member's activity and tasks. Paraphrases of each
// need in other words, and wordings that must not be read as it, through the whole understander.
const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
/** Friday 4 December 2026, as in the conversation evaluation. */
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
const TODAY = '2026-12-04';

describe('a rep day, accounts gone quiet, stuck deals, team activity and tasks', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    for (const name of ['Acme Corporation', 'Globex', 'Initech'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());
  const read = (text: string): Promise<Understanding> => understander.understand(text, context);
  const queryOf = async (text: string) => {
    const question = (await read(text)).question;
    return question?.kind === 'query' ? question.query : undefined;
  };

  describe("the caller's day: tasks due today and overdue, today's meetings and calls", () => {
    it.each([
      "what's on my plate today",
      'whats on my plate today?',
      'what do i have today',
      'my day',
      "what's on my agenda",
      'anything due today',
      'what should i do first today',
      'what does my day look like',
      'what do i need to get done today',
      'my agenda for today',
    ])('"%s" is the day', async (text) => {
      expect(await read(text)).toMatchObject({
        intent: 'record_query',
        question: { kind: 'query', query: { record: 'task', agenda: true, closeTo: TODAY } },
      });
      expect((await queryOf(text))?.closeFrom).toBeUndefined();
    });

    it.each([
      // Another person's tasks, a window of tasks, deals, cases, small talk.
      "what's on olivia's plate",
      'my tasks due next week',
      'deals closing today',
      'which cases are due today',
      'how was your day',
      'my open cases',
      // Without "today", one's plate or to-do list is every open task; "next week" is a window.
      "what's on my to-do list",
      'whats on my plate next week, like todos',
    ])('"%s" is not the day', async (text) => {
      expect((await queryOf(text))?.agenda).toBeUndefined();
    });
  });

  describe('accounts and contacts with no interaction for a while', () => {
    it.each<[string, 'account' | 'contact', number]>([
      ["which of my accounts haven't heard from us in 60 days", 'account', 60],
      ["accounts we haven't contacted in 60 days", 'account', 60],
      ['which of my customers have gone quiet', 'account', 30],
      ['accounts with no touch in 2 months', 'account', 60],
      ['which accounts have we not reached out to in 90 days', 'account', 90],
      ["customers i haven't talked to since october", 'account', 64],
      ["which accounts haven't we contacted since october", 'account', 64],
      ['my accounts with no activity in the last 45 days', 'account', 45],
      ["contacts i haven't spoken to in a month", 'contact', 30],
      ['which of my contacts have not been contacted in 3 weeks', 'contact', 21],
    ])('"%s": %s, quiet %d days', async (text, record, days) => {
      expect(await queryOf(text)).toMatchObject({ record, quietDays: days });
    });

    it('keeps customers or prospects when they are named', async () => {
      expect(await queryOf('which of my customers have gone quiet')).toMatchObject({
        accountStatus: 'customer',
      });
      expect(await queryOf('prospects nobody has called in a month')).toMatchObject({
        accountStatus: 'prospect',
        quietDays: 30,
      });
      expect((await queryOf("accounts we haven't contacted in 60 days"))?.accountStatus).toBeUndefined();
    });

    // Fourteenth round (W15-R): "contact" inside the words of silence ("no contact in 3 months", "had
    // no contact with") is no record type: the accounts named are asked, customers when said so.
    it.each<[string, 'account' | 'contact', number, string | undefined]>([
      [
        'which of my customer accounts have gone quiet, like no contact in 3 months?',
        'account',
        90,
        'customer',
      ],
      ['customer accounts with no contact in 90 days', 'account', 90, 'customer'],
      ['CUSTOMERS WITH NO CONTACT FOR 2 MONTHS', 'account', 60, 'customer'],
      ["accounts we haven't had any contact with in 60 days", 'account', 60, undefined],
      ['clients gone quiet - no contact since october', 'account', 64, 'customer'],
      ['my prospect accounts with no contact in 6 weeks', 'account', 42, 'prospect'],
      // Contacts named stay contacts.
      ['contacts with no contact in 3 months', 'contact', 90, undefined],
      ['which people at my customers have had no contact in a month', 'contact', 30, undefined],
    ])('"%s": %s, quiet %d days, status %s', async (text, record, days, status) => {
      const query = await queryOf(text);
      expect(query).toMatchObject({ record, quietDays: days });
      expect(query?.accountStatus).toBe(status);
    });

    it.each([
      "which of my deals haven't been touched in 2 weeks",
      'how many accounts do i have',
      'when did we last talk to acme',
      'list my accounts in emea',
    ])('"%s" is no quiet-accounts question', async (text) => {
      const query = await queryOf(text);
      expect(query?.record === 'account' || query?.record === 'contact' ? query.quietDays : undefined).toBe(
        undefined,
      );
    });
  });

  describe('deals by how long they have sat in their stage', () => {
    it.each<[string, string[] | undefined, number | undefined]>([
      ['show me deals stuck in proposal for a long time', ['proposal'], undefined],
      ["what's been stuck in qualification", ['qualification'], undefined],
      ['which deals have been sitting in negotiation for over 30 days', ['negotiation'], 30],
      ["deals that haven't moved in 30 days", undefined, 30],
      ['which of my opps have been in the same stage for 2 months', undefined, 60],
      ['deals stuck in the same stage', undefined, undefined],
      // The longest asked with no time and no "stuck": every one, the longest first.
      ['which deals have been in proposal the longest', ['proposal'], 0],
    ])('"%s" orders by time in stage', async (text, stages, days) => {
      const query = await queryOf(text);
      expect(query).toMatchObject({ record: 'deal', order: 'longestInStage' });
      expect(query?.stages).toEqual(stages);
      expect(query?.inStageDays).toBe(days);
    });

    it.each([
      'deals in proposal',
      "which deals haven't been touched in 2 weeks",
      'what stage is the acme deal in',
      'my biggest deals in negotiation',
      // "sitting in" a stage with no time said is only being in it.
      'whats sitting in negotiation for me',
      'how many deals do i have sitting in proposal',
    ])('"%s" is not about time in stage', async (text) => {
      expect((await queryOf(text))?.order).not.toBe('longestInStage');
    });
  });

  describe("each team member's logged activity over a period", () => {
    it.each<[string, string | undefined]>([
      ["who on my team hasn't logged any activity this week", '2026-11-30'],
      ['which reps logged no calls this week', '2026-11-30'],
      ["who hasn't logged anything today", TODAY],
      ['activity by rep this week', '2026-11-30'],
      ['how many calls did each rep log this month', '2026-12-01'],
      ['who logged the most meetings last month', '2026-11-01'],
      ['which of my reps has logged the fewest interactions this month', '2026-12-01'],
    ])('"%s" counts per member', async (text, from) => {
      expect(await queryOf(text)).toMatchObject({
        record: 'interaction',
        groupBy: 'owner',
        occurredFrom: from,
      });
    });

    it.each([
      'how many calls did i log this week',
      'my activity this week',
      "who's on my team",
      'meetings with acme this month',
    ])('"%s" is not per member', async (text) => {
      expect((await queryOf(text))?.groupBy).toBeUndefined();
    });
  });

  describe("each team member's tasks", () => {
    it.each<[string, string | undefined]>([
      ['which rep has the most overdue tasks', 'overdue'],
      ['who on my team has the most open tasks', undefined],
      ['overdue tasks by rep', 'overdue'],
      ['task count per rep', undefined],
      ["who's furthest behind on their tasks", 'overdue'],
      ['which of my reps has the fewest overdue tasks', 'overdue'],
      ['how many tasks does each rep have due this week', undefined],
    ])('"%s" counts tasks per member', async (text, status) => {
      const query = await queryOf(text);
      expect(query).toMatchObject({ record: 'task', groupBy: 'owner' });
      expect(query?.status).toBe(status);
    });

    it.each(['my overdue tasks', "what are olivia's tasks", 'which rep has the most open deals'])(
      '"%s" is not tasks per member',
      async (text) => {
        const query = await queryOf(text);
        expect(query?.record === 'task' ? query.groupBy : undefined).toBeUndefined();
      },
    );
  });
});
