import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { closedDayOf, closedInThePast } from '../../../src/dialogs/understanding/closed-day';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { temporaryStore } from '../../fixtures/small-crm';

/** Saturday 5 December 2026: yesterday is Friday 4 December, the week began on Monday 30 November. */
const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

describe('deals closed on a day or in a period just past are the won deals of then, not of the quarter', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  afterAll(() => temp.cleanup());
  const closedWindow = async (text: string) => {
    const reading = await understander.understand(text, context);
    return reading.question?.kind === 'query' ? reading.question.query : undefined;
  };

  it.each([
    ['did anyone close anything yesterday', '2026-12-04', '2026-12-04'],
    ['any deals closed yesterday', '2026-12-04', '2026-12-04'],
    ['deals won yesterday', '2026-12-04', '2026-12-04'],
    ['did we close anything today', '2026-12-05', '2026-12-05'],
    ['what did we close on friday', '2026-12-04', '2026-12-04'],
    ['deals won on tuesday', '2026-12-01', '2026-12-01'],
    ['anything closed yesterday?', '2026-12-04', '2026-12-04'],
    ['deals closed last week', '2026-11-23', '2026-11-29'],
  ])('%s → won from %s to %s', async (text, from, to) => {
    expect(await closedWindow(text)).toMatchObject({
      record: 'deal',
      status: 'won',
      closedFrom: from,
      closedTo: to,
    });
  });
  // Negatives: deals still to close on a day, deals that should have closed, when a deal closes.
  it.each([
    'deals closing tomorrow',
    'deals closing on friday',
    'which deals should have closed last week',
    'when does the globex deal close',
  ])('%s → not won deals', async (text) => {
    const query = await closedWindow(text);
    expect(query?.status).not.toBe('won');
    expect(query?.closedFrom).toBeUndefined();
  });
  it('won deals with no day said are the quarter’s', async () => {
    expect(await closedWindow('what did we close')).toMatchObject({
      status: 'won',
      closedFrom: '2026-10-01',
      closedTo: '2026-12-31',
    });
  });
});

describe('other records closed then are not deals won', () => {
  it.each(['cases closed yesterday', 'how many tickets closed this week', 'tasks closed yesterday'])(
    '%s',
    (text) => {
      expect(closedInThePast(text, true)).toBe(false);
    },
  );
  // The day reader gives a weekday in a past question as the latest one (weekday-tense.test.ts); a
  // day still ahead is no day deals were won on.
  it('a day ahead is no closed day', () => {
    expect(closedDayOf({ text: 'on friday', date: '2026-12-04' }, '2026-12-05')).toEqual({
      from: '2026-12-04',
      to: '2026-12-04',
    });
    expect(closedDayOf({ text: 'next friday', date: '2026-12-11' }, '2026-12-05')).toBeUndefined();
    expect(closedDayOf({ text: 'tomorrow', date: '2026-12-06' }, '2026-12-05')).toBeUndefined();
  });
});
