import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

/** Saturday 5 December 2026. */
const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };
const parse = (text: string) => parseRecordQuestion(text, undefined, context);

describe('when one last emailed, called or met the account just shown is its latest interaction of that kind', () => {
  it.each([
    ['when did i last email them', 'email'],
    ['when did we last email them', 'email'],
    ['last time i emailed them?', 'email'],
    ['when did we last call them', 'call'],
    ['when was the last call with them', 'call'],
    ['when did we last meet with them', 'meeting'],
    ['when did i last talk to them', undefined],
    ['when did we last hear from them', undefined],
  ])('%s → the latest %s', (text, kind) => {
    const question = parse(text);
    expect(question?.kind).toBe('query');
    expect(question?.query).toMatchObject({ record: 'interaction', field: 'lastInteraction' });
    expect(question?.kind === 'query' ? question.query.interactionTypes : 'no query').toEqual(
      kind ? [kind] : undefined,
    );
  });
  // Negatives: a person's address or number, and a write, are no question about the latest interaction.
  it.each([
    ["what's her email", 'email'],
    ['whats his number', 'phone'],
    ['can we email her?', 'email'],
  ])('%s → the person’s %s', (text, field) => {
    expect(parse(text)?.query).toMatchObject({ record: 'contact', field });
  });
  it.each(['email them the proposal', 'call them tomorrow'])('%s → not a question', (text) => {
    expect(parse(text)?.query ?? {}).not.toMatchObject({ field: 'lastInteraction' });
  });
});
