import { segmentGroupOf, segmentsNamed } from '../../../src/skills/shared/segment-lookup';

// Issue 19, eleventh round (W9-C): "at-risk customers" when no segment of this segmentation is
// called At risk are the customers of the segments whose members are slipping away (Need attention,
// About to sleep, At risk, Can't lose them), never a refusal that lists those very segments.
const WITHOUT_AT_RISK = ['Champions', 'Potential loyalists', 'Promising', 'Need attention', 'About to sleep'];
const WITH_AT_RISK = ['Champions', 'Loyal', 'Need attention', 'About to sleep', 'At risk', 'Hibernating'];

describe('segments named in chat', () => {
  it.each(['at risk', 'at-risk', 'At Risk', 'at risk customers', 'churn risk', 'at risk of churning'])(
    '"%s" is the slipping segments when none is called At risk',
    (typed) => {
      expect(segmentsNamed(typed, WITHOUT_AT_RISK)).toEqual(['Need attention', 'About to sleep']);
      expect(segmentGroupOf(typed, WITHOUT_AT_RISK)).toBe('At risk');
    },
  );

  it('"at risk" is the At risk segment itself when there is one', () => {
    expect(segmentsNamed('at-risk', WITH_AT_RISK)).toEqual(['At risk']);
    expect(segmentGroupOf('at-risk', WITH_AT_RISK)).toBeUndefined();
  });

  it.each([
    ['champions', ['Champions']],
    ['need attention', ['Need attention']],
    ['about to sleep', ['About to sleep']],
  ])('"%s" stays the one segment of that name', (typed, expected) => {
    expect(segmentsNamed(typed, WITHOUT_AT_RISK)).toEqual(expected);
    expect(segmentGroupOf(typed, WITHOUT_AT_RISK)).toBeUndefined();
  });

  it.each(['hibernating', 'risky deals', 'lost'])(
    '"%s" is still refused with the list of segments',
    (typed) => {
      expect(() => segmentsNamed(typed, WITHOUT_AT_RISK)).toThrow(/There is no .* segment right now/);
    },
  );
});
