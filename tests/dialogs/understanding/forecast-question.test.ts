import { isForecastAsk } from '../../../src/dialogs/understanding/forecast-question';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';

describe('asking what will close, without the word "forecast"', () => {
  it.each([
    'how much am i on track to close by the end of the year',
    'what are we projected to book this quarter',
    'what do we expect to land in Q1',
    'how much will the team close this month',
    'what am I likely to bring in next month',
    'our projections for next quarter',
  ])('"%s" is a forecast', (text) => {
    expect(isForecastAsk(text)).toBe(true);
  });

  it.each([
    'are we on track to hit our target this quarter',
    'am I going to make my number',
    'which deals are likely to close',
    'which team deals are most likely to close',
    'what is the chance Globex is going to sign',
    'close the Acme deal',
  ])('"%s" is not', (text) => {
    expect(isForecastAsk(text)).toBe(false);
  });

  // Issue 19 (tenth round, W7-B): said casually, "gonna" and "what will … close".
  it.each([
    'what am i gonna close this qtr',
    'how much are we gonna close by year end',
    "what's the team gonna bring in next month",
    'what will i close this quarter',
    "what'll we book in q1",
    'what will my team land this month',
  ])('"%s" is a forecast too', (text) => {
    expect(isForecastAsk(text)).toBe(true);
  });

  it.each([
    'which deals am i gonna close this quarter',
    'am i gonna hit my number',
    'what did i close this quarter',
    'what will close this month',
    'when will the globex deal close',
    'gonna close the acme deal today',
  ])('"%s" is not a forecast either', (text) => {
    expect(isForecastAsk(text)).toBe(false);
  });

  // Issue 19 (eleventh round, W9-D): a word of how sure between the asker and the verb.
  it.each([
    'what am i realistically gonna land this quarter',
    'what are we really going to close this month',
    'how much will i realistically close in q1',
    'what can i realistically close this quarter',
    'realistically, what am i gonna bring in this qtr',
    'what is the team actually gonna book next month',
  ])('"%s" is a forecast, said with how sure', (text) => {
    expect(isForecastAsk(text)).toBe(true);
  });

  it.each([
    'what can still close before the 31st',
    'which deals can i realistically close this quarter',
    'what did i really close this quarter',
    'can i realistically hit my number',
  ])('"%s" is not a forecast, said with how sure', (text) => {
    expect(isForecastAsk(text)).toBe(false);
  });

  it.each(['by the end of the year', 'by year end', 'before year-end'])(
    '"%s" in December is the rest of the year',
    (text) => {
      expect(
        extractEntities(text, { now: new Date('2026-12-04T15:00:00Z'), timeZone: 'UTC' }).periods[0],
      ).toMatchObject({ start: '2026-12-04', end: '2026-12-31' });
    },
  );
});
