/**
 * Issue 19, sixteenth round (w17f): one figure of the forecast asked in a short follow-up, in sales
 * words ("upside?", "and best case?", "worst case", "most likely?"), and what is no such follow-up.
 */
import { forecastFigureFollowUpOf } from '../../../src/dialogs/understanding/forecast-figure';

describe('a forecast figure asked in a short follow-up', () => {
  it.each([
    ['upside?', 'upside'],
    ['Upside', 'upside'],
    ['and the upside?', 'upside'],
    ["what's the up-side then", 'upside'],
    ['whats our upside number', 'upside'],
    ['and best case?', 'best_case'],
    ['bestcase?', 'best_case'],
    ['what about best case', 'best_case'],
    ['the best-case figure?', 'best_case'],
    ['commit?', 'commit'],
    ['and our commit number', 'commit'],
    ['worst case?', 'commit'],
    ['downside', 'commit'],
    ['most likely?', 'likely'],
    ['and the realistic case', 'likely'],
  ])('"%s" → %s', (text, figure) => {
    expect(forecastFigureFollowUpOf(text)).toBe(figure);
  });

  it.each([
    'best case deals this quarter',
    'commit the task',
    'which deals are commit',
    'upside at acme',
    'how likely is the hooli pilot to close',
    'what is the best way to log a call',
    'ok',
    'thanks',
  ])('"%s" is no figure follow-up', (text) => {
    expect(forecastFigureFollowUpOf(text)).toBeUndefined();
  });
});
