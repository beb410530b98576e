import {
  isSegmentOverview,
  segmentIntentOf,
  segmentMoveOf,
  segmentNameIn,
  withoutFillerWords,
} from '../../../src/dialogs/routing/segment-questions';

describe('segment questions read by the segment names in them', () => {
  // Moves between segments, said with everyday verbs: the segment, and where it sits in the move.
  it.each([
    ['who slipped into need attention this week', { toSegment: 'need attention', direction: 'down' }],
    ['any accounts sliding into about-to-sleep lately?', { toSegment: 'about-to-sleep', direction: 'down' }],
    ['which customers dropped out of champions', { fromSegment: 'champions', direction: 'down' }],
    ['who fell out of the Champions segment since October', { fromSegment: 'Champions', direction: 'down' }],
    ['who climbed up to champions this month', { toSegment: 'champions', direction: 'up' }],
    [
      'accounts that got promoted into potential loyalists',
      { toSegment: 'potential loyalists', direction: 'up' },
    ],
    ['who left promising in november', { fromSegment: 'promising' }],
    [
      'which clients went from promising to need attention',
      { fromSegment: 'promising', toSegment: 'need attention' },
    ],
    ['who turned into a champion lately', { toSegment: 'champion' }],
    ['who is newly in about to sleep', { toSegment: 'about to sleep' }],
  ])('"%s" is a segment movement %j', (text, move) => {
    expect(segmentIntentOf(text)).toBe('segment_movements');
    expect(segmentMoveOf(text)).toEqual(move);
  });

  it.each([
    'segment changes since the 1st',
    'who switched segments this month',
    'show me segment movements for november',
  ])('"%s" asks for every move between segments', (text) => {
    expect(segmentIntentOf(text)).toBe('segment_movements');
    expect(segmentMoveOf(text)).toEqual({});
  });

  // Every segment at once: the sizes, whatever the filler around "segments".
  it.each([
    'how big is each segment rn',
    'how many customers per segment?',
    'give me the segment breakdown pls',
    'what segments do we have',
    'sizes of our segments',
    'number of accounts by segment in EMEA',
    'can I see all the segments',
    'segment overview',
  ])('"%s" asks for all segments\' sizes', (text) => {
    expect(isSegmentOverview(text)).toBe(true);
    expect(segmentIntentOf(text)).toBe('segment_members');
  });

  it('reads a segment named as one as its members ("the at risk segment")', () => {
    expect(segmentIntentOf('how many accounts sit in the at-risk segment?')).toBe('segment_members');
    expect(segmentNameIn('how many accounts sit in the at-risk segment?')).toBe('at risk');
  });

  // Never a segment question: deals that moved, churn, advice, how segmentation works, one account's segment.
  it.each([
    'which deals slipped this month',
    'which deals moved to negotiation',
    'we lost globex, they went with a competitor',
    'is Initech at risk?',
    'which customers are likely to churn',
    'how can we improve champions retention',
    'how are segments calculated',
    'how does customer segmentation work?',
    'what does the champions segment mean',
    'which segment is Acme in?',
    'how many champions are left in EMEA',
  ])('"%s" is not read as a segment movement or overview', (text) => {
    expect(segmentIntentOf(text)).toBeUndefined();
  });

  // The name is found in the words; the words around it are never part of it.
  it.each([
    ['can I get the potential loyalists list as a csv', 'potential loyalists'],
    ['pls send me the champs rn', 'champions'],
    ['our best customers in NA', 'champions'],
    ['who needs attention in latam?', 'need attention'],
    ['export the hibernating accounts as a spreadsheet', 'hibernating'],
    ['at risk customers in apac please', 'at risk'],
  ])('"%s" names %s', (text, name) => {
    expect(segmentNameIn(text)).toBe(name);
  });

  it('drops chat filler from a name the vocabulary does not know', () => {
    expect(withoutFillerWords('can i whales list rn')).toBe('whales');
    expect(withoutFillerWords('each rn')).toBe('');
  });
});
