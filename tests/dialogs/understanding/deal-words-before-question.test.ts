/**
 * The deal's words said before the question (issue 19, ninth round, w5e): "way in enterprises
 * renewal the annual one when is it supposed to close" names the annual renewal before "when", and
 * "it" after it; the account's deals are chosen by those words, not the first one listed.
 */
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { generateDemoCrm } from '../../../src/store/seed/generate-demo-crm';
import type { NamedRecord } from '../../../src/vocabulary';

const NOW = new Date('2026-12-04T15:00:00Z');
const crm = generateDemoCrm({ anchor: new Date('2026-12-04T00:00:00Z'), scale: 0.2 });
const accounts: NamedRecord[] = crm.accounts.map((a) => ({ id: a._id, name: a.name }));

const queryOf = (text: string) => {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC', accounts, contacts: [], reps: [] });
  const question = parseRecordQuestion(text, entities, { now: NOW, timezone: 'UTC' });
  return question?.kind === 'query' ? question.query : undefined;
};

describe("the deal's words before the question", () => {
  it.each([
    ['way in enterprises renewal the annual one when is it supposed to close', 'closeDate', 'renewal annual'],
    ['wayne enterprises annual renewal when does it close', 'closeDate', 'annual renewal'],
    [
      'the wayne enterprises renewal, the multi-year one, when is it expected to close',
      'closeDate',
      'renewal multi-year',
    ],
    ['acme pilot when is it closing', 'closeDate', 'pilot'],
    ['globex the data integration one what stage is it in', 'stage', 'data integration'],
    ['initech annual renewal how much is it worth', 'amount', 'annual renewal'],
  ])('%s → %s of "%s"', (text, field, words) => {
    const query = queryOf(text);
    expect({ field: query?.field, words: query?.dealWords, account: Boolean(query?.accountId) }).toEqual({
      field,
      words,
      account: true,
    });
  });

  it.each([
    // Nothing but the account before the question: its deals, no words to narrow them.
    ['hey acme when is it closing', undefined],
    ['acme what stage is it in', undefined],
    // Named after the verb, as before.
    ['when does the acme annual renewal close', 'acme annual renewal'],
  ])('%s keeps its words: %s', (text, words) => {
    expect(queryOf(text)?.dealWords).toBe(words);
  });
});
