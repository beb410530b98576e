import type { EvalWorld } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { answerShapeOf, figuresOnly } from '../../../src/dialogs/routing/answer-shape';
import { ChatDriver } from '../../fixtures/chat-driver';
import { openSmallEvalWorld } from '../../fixtures/small-eval-world';

// Issue 19, nineteenth round (w20c, dev-qa36 E): "how many deals is my team closing this month - just
// the numbers" went to the documentation, "average size of the deals we won this quarter - number
// only" listed the deals, and "just the count" after a list was not understood. The words that shape
// the answer are now read off the question, and the answer keeps its figures without the rows.
describe('an answer asked for with its figures alone', () => {
  it.each<[string, string]>([
    [
      'how many deals is my team closing this month - just the numbers',
      'how many deals is my team closing this month',
    ],
    [
      'average size of the deals we won this quarter - number only',
      'average size of the deals we won this quarter',
    ],
    ['open deals closing this quarter, no list please', 'open deals closing this quarter'],
    ['my pipeline (just the totals)', 'my pipeline'],
    ["won deals this year: don't need the list", 'won deals this year'],
    ['overdue tasks for my team, count only', 'overdue tasks for my team'],
  ])('"%s" asks "%s"', (text, rest) => {
    expect(answerShapeOf(text)).toEqual({ rest });
  });

  it.each(['just the count', 'numbers only please', 'ok just the total', 'only the figures'])(
    '"%s" alone shapes the answer before',
    (text) => {
      expect(answerShapeOf(text)).toEqual({ rest: '' });
    },
  );

  it.each([
    'how many deals is my team closing this month',
    'what is the number of open deals',
    'show me the numbers for acme',
    'just the deals at acme',
    'what are the totals by stage',
  ])('"%s" asks for no shape', (text) => {
    expect(answerShapeOf(text)).toBeUndefined();
  });

  it('keeps the figures of a reply and leaves out its rows', () => {
    const reply = {
      text: '3 open deals (team Enterprise), worth $120k; the first 25:\n• Acme - Renewal — $50k\n  proposal · closes 2 Dec\n• Globex - Pilot — $70k',
    };
    expect(figuresOnly(reply).text).toBe('3 open deals (team Enterprise), worth $120k.');
    // A reply of rows alone, with no figure before them, is kept whole.
    const rowsOnly = { text: 'Open deals:\n• Acme - Renewal — $50k' };
    expect(figuresOnly(rowsOnly)).toBe(rowsOnly);
  });

  describe('in a chat', () => {
    let world: EvalWorld;
    beforeAll(async () => {
      world = await openSmallEvalWorld();
    }, 120_000);
    afterAll(() => world.close());

    it('answers with the count alone, asked after the question or after its list', async () => {
      const chat = new ChatDriver(world.services, 'shape-chat', { localUser: 'morgan.lee@demo.crmpro.dev' });
      const [shaped] = await chat.say('how many open deals does my team have - just the numbers');
      expect(shaped!.text).toMatch(/^\d+ open deals\b.*worth/);
      expect(shaped!.text).not.toMatch(/•/);
      const [list] = await chat.say('which deals are overdue on my team');
      expect(list!.text).toMatch(/•/);
      const [count] = await chat.say('just the count');
      expect(count!.text).toMatch(/^\d+ open deals past their close date/);
      expect(count!.text).not.toMatch(/•/);
    }, 60_000);
  });
});
