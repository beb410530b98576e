import { withoutCourtesy } from '../../../src/dialogs/routing/courtesy-words';
import { withoutLetterWrapper } from '../../../src/dialogs/routing/letter-wrapper';

// Issue 19, seventeenth round (w18k): a request written as a short letter (salutation,
// pleasantries, a polite ask, a sign-off) reads as the plain request; messages that only look a
// little like one keep their words.
const plain = (text: string) => withoutCourtesy(withoutLetterWrapper(text));

describe('a request written as a letter', () => {
  it.each([
    [
      "Hi there, I hope you're well! Could you please create a task for me to call Karen Evans at Wayne Enterprises by next Wednesday? Many thanks, Sam",
      'Could you please create a task for me to call Karen Evans at Wayne Enterprises by next Wednesday?',
    ],
    [
      'Hello again, I wonder whether you could create a task to send the order form to Karen Evans by Friday? Many thanks, Sam',
      'create a task to send the order form to Karen Evans by Friday?',
    ],
    [
      "hope you're doing well. would you be able to add a task to call kevin at acme on friday? thanks so much",
      'add a task to call kevin at acme on friday?',
    ],
    [
      'Good morning! Hope all is well. Please log a call with Jane Cooper at Initech: discussed the renewal. Kind regards, Sam',
      'log a call with Jane Cooper at Initech: discussed the renewal.',
    ],
    [
      'Hello again, I wonder whether you could create a task to send the order form to Karen Evans by Friday?',
      'create a task to send the order form to Karen Evans by Friday?',
    ],
    [
      'hi there, could you log a call with kevin at acme: talked pricing',
      'could you log a call with kevin at acme: talked pricing',
    ],
    ['Dear CRMPro, how are you? what are my open deals? Cheers', 'what are my open deals?'],
    [
      'hey! hope ur week is going well! log a meeting with acme today. thx!',
      'log a meeting with acme today.',
    ],
    [
      'hi, i trust you are well. show me the pipeline for this quarter. best regards, morgan lee',
      'show me the pipeline for this quarter.',
    ],
    [
      'HELLO! HOPE YOU ARE WELL. CREATE A TASK TO EMAIL GLOBEX TOMORROW. THANK YOU',
      'CREATE A TASK TO EMAIL GLOBEX TOMORROW.',
    ],
  ])('"%s" reads as "%s"', (text, request) => {
    expect(plain(text)).toBe(request);
  });

  it.each([
    "hi, what's my pipeline",
    'log a call with jane at initech: thanks for the demo, she will sign in may',
    'log a note on acme: customer said many thanks, cheers',
    'thanks, Sam',
    'hello',
    'create a task to send a thank you card to kevin at acme',
    'who thanked us for the demo?',
    'hope this works: show my deals',
  ])('"%s" keeps its words', (text) => {
    expect(withoutLetterWrapper(text)).toBe(text);
  });
});
