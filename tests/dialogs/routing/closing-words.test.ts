import { isClosing } from '../../../src/dialogs/routing/closing-words';
import { isHelpRequest } from '../../../src/dialogs/routing/help-requests';
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

describe('asking what the bot can do', () => {
  it.each([
    'hey there, what can you do for me?',
    'sorry, new here - what kinds of things can I ask you?',
    'hi! how can you help me',
    'what sort of questions can i ask',
    'so what else can you do?',
    'what are you able to do',
    // a greeting without a comma (w22c)
    'hi what can you do',
    'hello there how can you help',
    'good morning what kinds of things can i ask you',
    'hey what are you good at',
  ])('"%s" is a help request', (text) => {
    expect(isHelpRequest(text)).toBe(true);
  });

  it.each([
    'what can you do about the Acme renewal?',
    'what can I pitch to Globex',
    'hey, what can we do to save Initech',
    'how can you help me close the Hooli deal',
    'hi what can you do about the globex renewal',
    'hey what can i pitch to acme',
  ])('"%s" is not', (text) => {
    expect(isHelpRequest(text)).toBe(false);
  });
});

describe('a pasted customer question is no help request', () => {
  it.each([
    'suggest a reply to: hi, our webhooks keep failing with 401s since yesterday, what do we do?',
    'draft a reply: hello, the import stops halfway, what should we do?',
  ])('"%s"', (text) => {
    expect(isHelpRequest(text)).toBe(false);
  });
});
