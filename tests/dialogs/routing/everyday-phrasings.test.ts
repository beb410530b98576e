import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';
import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('everyday phrasings from the blind development set', () => {
  it('reads summaries typed without apostrophes or with "where we stand"', () => {
    expect(parseRecordQuestion('hows my team doing', undefined, context)).toMatchObject({
      kind: 'summary',
      query: { owner: { scope: 'team' } },
    });
    expect(
      parseRecordQuestion(
        'Can you summarise where the team stands right now, by stage please',
        undefined,
        context,
      ),
    ).toMatchObject({ kind: 'summary', query: { owner: { scope: 'team' } } });
  });

  it('reads a day before a month name as that day, not the month', () => {
    const calendar = { now: context.now, timeZone: 'UTC' };
    for (const text of ['follow up on 10 December', 'on the 10th of December', 'by 10 dec'])
      expect({ text, ...extractPeriodsAndDates(text, calendar) }).toMatchObject({
        text,
        periods: [],
        dates: [{ date: '2026-12-10' }],
      });
    expect(extractPeriodsAndDates('deals closing in december', calendar).periods).toMatchObject([
      { start: '2026-12-01', end: '2026-12-31' },
    ]);
  });

  it('reads "what\'s about to blow its sla" as the cases breaching their SLA', () => {
    expect(supportRequestOf("what's about to blow its sla")).toEqual({
      intent: 'case_list',
      scope: 'breaching',
    });
    expect(supportRequestOf('anything going to miss the SLA today?')).toEqual({
      intent: 'case_list',
      scope: 'breaching',
    });
  });

  it('reads "refresh it" as refreshing the latest audience', () => {
    expect(marketingIntentOf('refresh it')).toBe('audience_refresh');
    expect(marketingIntentOf('can you re-run that please?')).toBe('audience_refresh');
    expect(marketingIntentOf('refresh it with Acme data')).toBeUndefined();
  });

  describe('with the intent model', () => {
    const temp = temporaryStore();
    const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
    beforeAll(async () => {
      for (const name of ['Globex', 'Initech'])
        await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
    });
    afterAll(() => temp.cleanup());

    it('reads risk words without an account as the deals at risk, not a briefing', async () => {
      for (const text of ['anything slipping i should know about?', 'what deals are stalling'])
        expect({ text, intent: (await understander.understand(text, context)).intent }).toEqual({
          text,
          intent: 'at_risk_deals',
        });
      // A field of a named deal whose name holds a product word ("integration") is a record question.
      for (const text of [
        'close date for the wayne integration package?',
        "what's the amount on the Stark Industries data integration deal?",
      ])
        expect({ text, intent: (await understander.understand(text, context)).intent }).not.toEqual({
          text,
          intent: 'knowledge_question',
        });
      expect((await understander.understand("what segment's initech in?", context)).intent).toBe(
        'account_segment',
      );
      // A move between customer segments ("At risk" is a segment) is not the deals at risk.
      expect((await understander.understand('who moved to At risk this month?', context)).intent).not.toBe(
        'at_risk_deals',
      );
      // Deals past their close date are a filter of records, not the risk ranking.
      expect((await understander.understand('deals that slipped past close date', context)).intent).not.toBe(
        'at_risk_deals',
      );
    });
  });
});
