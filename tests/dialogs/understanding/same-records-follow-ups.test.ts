import { bareFigureOf } from '../../../src/dialogs/intents/same-records-follow-ups';

/** Another figure of the records just shown, asked alone (w28c). */
describe('a bare figure asked of the same records', () => {
  it.each([
    ['and the median?', 'median'],
    ['median?', 'median'],
    ['whats the avg', 'average'],
    ["what's the average", 'average'],
    ['and the mean deal size?', 'average'],
    ['and the average then', 'average'],
    ['and in total?', 'sum'],
    ['what about the total', 'sum'],
    ['Median please', 'median'],
  ])('"%s" asks the %s', (wording, figure) => {
    expect(bareFigureOf(wording)).toBe(figure);
  });

  it.each([
    'average won deal size?',
    'median deal size in emea',
    'what is the average time to close a case',
    'total pipeline for the team',
    'and the median for lost deals?',
  ])('"%s" is a question of its own, not a bare figure', (wording) => {
    expect(bareFigureOf(wording)).toBeUndefined();
  });
});

describe('"add them up" points at the rows shown, not at the last query', () => {
  // After a pick ("the second one") the rows are the list it was picked from (record-query-handler).
  it.each(['add them up', 'add those up', 'can you add them up'])('"%s" is no bare figure', (wording) => {
    expect(bareFigureOf(wording)).toBeUndefined();
  });
});
