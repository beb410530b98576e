import { periodOf } from '../../../src/dialogs/intents/sales-handlers';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseForecastPeriod } from '../../../src/skills/shared/forecast-period';

const NOW = new Date('2026-12-04T15:00:00Z');

function forecastPeriodOf(text: string): string {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC' });
  return parseForecastPeriod(periodOf(text, { intent: 'forecast', confidence: 1, entities }, NOW), NOW).label;
}

describe('the period a forecast question names', () => {
  it("reaches the forecast in every phrasing the period reader knows, not only the skill's own", () => {
    expect(forecastPeriodOf('next qtr forecast')).toBe('Q1 2027');
    expect(forecastPeriodOf('forecast for the previous quarter')).toBe('Q3 2026');
    expect(forecastPeriodOf('forecast for the coming month')).toBe('January 2027');
  });

  it('keeps a bare quarter the nearest one and plain words as they were', () => {
    expect(forecastPeriodOf('forecast Q3')).toBe('Q3 2026');
    expect(forecastPeriodOf('forecast this quarter')).toBe('Q4 2026');
    expect(forecastPeriodOf('forecast next quarter')).toBe('Q1 2027');
  });
});
