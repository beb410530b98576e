import { amountFiguresOf, salesMetricOf } from '../../../src/dialogs/understanding/sales-metrics';

// Issue 19, twenty-second round (w23b): several figures of deal sizes asked together are read as
// such, in a fixed order; one figure alone, a ranking on a figure, or a spread of something other
// than sizes is not.
describe('figures of deal sizes asked together', () => {
  it.each<[string, string[]]>([
    ['average and median size of won deals', ['average', 'median']],
    ['median vs average deal size for won deals', ['average', 'median']],
    ['mean and median won deal value this year', ['average', 'median']],
    ['spread of won deal sizes - min, max and median', ['median', 'min', 'max']],
    ["what's the range of our deal sizes", ['median', 'min', 'max']],
    ['deal size distribution for lost deals', ['median', 'min', 'max']],
    ['min and max won deal amount', ['min', 'max']],
    ['smallest and largest won deal value, and the average', ['average', 'min', 'max']],
  ])('"%s": %j', (text, figures) => {
    const metric = salesMetricOf(text);
    expect(metric && 'figures' in metric ? metric.figures : undefined).toEqual(figures);
  });

  it('keeps the status of the deals said', () => {
    expect(salesMetricOf('average and median size of lost deals')).toMatchObject({ status: 'lost' });
    expect(salesMetricOf('min and max size of open deals')).toMatchObject({ status: 'open' });
  });

  it.each([
    'average deal size',
    'median won deal value',
    'highest average deal size by rep',
    'how is the pipeline spread across stages',
    'biggest deal this quarter',
    'range of products acme bought',
  ])('"%s" asks no several figures', (text) => {
    const metric = salesMetricOf(text);
    expect(metric && 'figures' in metric ? metric.figures : undefined).toBeUndefined();
    expect(amountFiguresOf(text).length).toBeLessThanOrEqual(1);
  });
});
