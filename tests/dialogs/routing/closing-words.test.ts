import { isClosing } from '../../../src/dialogs/routing/closing-words';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import type { Understander } from '../../../src/dialogs/routing/understanding';

describe('closings and thanks in many forms', () => {
  it.each([
    'thank u so much, that was really helpful',
    'ty!! all sorted',
    "cheers mate, that's everything I needed",
    'nah we’re good',
    'perfect. that’ll do for now',
    'ok cool, bye',
    'that should be all, thanks',
    'nothing else, have a good weekend',
    'appreciate it 🙏',
    'great stuff, talk soon',
    'no more questions, thx',
    "brilliant, I'm done",
  ])('"%s" is a closing', (text) => {
    expect(isClosing(text)).toBe(true);
  });

  it.each([
    'thanks, now show my pipeline',
    'thanks! what is the forecast for Q1',
    'ok',
    'no',
    'yes',
    'no, move it to negotiation',
    'all good deals in negotiation',
    'is that all?',
    'ok what about globex',
    'thanks for the Acme briefing, can you log a call with Jane',
    'done deals this month',
  ])('"%s" is not a closing', (text) => {
    expect(isClosing(text)).toBe(false);
  });

  it('is read as thanks whatever the model guessed, and only then', async () => {
    const guessing: Understander = {
      understand: async () => ({ intent: 'oos', confidence: 0.2 }),
    };
    const understander = new QuestionUnderstander(guessing);
    expect((await understander.understand("thx, that's all for now")).intent).toBe('thanks');
    expect((await understander.understand('nope all good')).intent).toBe('thanks');
    expect((await understander.understand('ok')).intent).toBe('oos');
  });
});
