import { movementOf, regionOf, segmentPhraseOf } from '../../src/dialogs/intents/insight-handlers';

describe('reading segment questions', () => {
  it('finds the region', () => {
    expect(regionOf('list champions in EMEA')).toBe('EMEA');
    expect(regionOf('our European at-risk customers')).toBe('EMEA');
    expect(regionOf('champions in Latin America')).toBe('LATAM');
    expect(regionOf('who are our champions')).toBeUndefined();
  });

  it('keeps only the segment words', () => {
    expect(segmentPhraseOf('list champions in EMEA')).toBe('champions');
    expect(segmentPhraseOf('who are our at-risk customers?')).toBe('at-risk');
    expect(segmentPhraseOf('show me the hibernating accounts as CSV')).toBe('hibernating');
  });

  it('drops the relative clause around a segment name', () => {
    expect(segmentPhraseOf('customers that need attention in EMEA')).toBe('need attention');
  });

  it('reads where accounts moved from and to', () => {
    expect(movementOf('who moved from Loyal to At risk this month?')).toEqual({
      fromSegment: 'Loyal',
      toSegment: 'At risk',
    });
    expect(movementOf('who moved to At risk this month?')).toEqual({ toSegment: 'At risk' });
    expect(movementOf('which accounts became champions')).toEqual({ toSegment: 'champions' });
  });
});
