import { negatedSpans, spansOf } from '../../../src/dialogs/understanding/entities/negated-mentions';

/** Whether each name said is negated in the text (the names are found as whole words). */
function negated(text: string, ...names: string[]): boolean[] {
  return negatedSpans(text, spansOf(text, names));
}

/**
 * "same but proposal" asks the last question again with proposal in its place; "everything but
 * proposal" leaves proposal out. Only the "but" right after "same" (or "ditto", "likewise") swaps.
 */
describe('"same but X": a name swapped in, not left out', () => {
  it.each([
    ['same but proposal', 'proposal'],
    ['same thing but negotiation', 'negotiation'],
    ['ditto, but qualification', 'qualification'],
    ['same again but for globex', 'globex'],
    ['likewise but acme', 'acme'],
    ['the same, but in prospecting', 'prospecting'],
  ])('"%s" keeps %s', (text, name) => {
    expect(negated(text, name)).toEqual([false]);
  });

  it.each([
    ['everything but proposal', 'proposal'],
    ['all my deals but the acme ones', 'acme'],
    ['same but not proposal', 'proposal'],
    ['same but without globex', 'globex'],
    ['anything but negotiation', 'negotiation'],
  ])('"%s" still leaves %s out', (text, name) => {
    expect(negated(text, name)).toEqual([true]);
  });
});
