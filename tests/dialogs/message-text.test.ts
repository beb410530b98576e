import { messageText, withWhitespaceRunsCollapsed } from '../../src/dialogs/turn-helpers';

/**
 * Every reader of a message gets it with its whitespace runs collapsed (issue 13): a run of
 * thousands of spaces inside a question made patterns that can split it between two `\s` parts take
 * seconds. The words, their order and the line structure (a pasted e-mail's lines, its blank line)
 * stay as written.
 */
describe('the text of a message as its readers get it', () => {
  it.each([
    ['spaces around', '  tell me about acme  ', 'tell me about acme'],
    ['spaces and tabs between words', 'tell   me\tabout \t acme', 'tell me about acme'],
    [
      '3,900 spaces inside',
      'what should' + ' '.repeat(3_900) + 'we be pitching to hooli',
      'what should we be pitching to hooli',
    ],
    ['spaces around a line break', 'line one  \n   line two', 'line one\nline two'],
    [
      'a pasted e-mail',
      'From: Tom <tom@brightpath.io>\nTo: ops\n\n\n\nHi all,\n   thanks',
      'From: Tom <tom@brightpath.io>\nTo: ops\n\nHi all,\nthanks',
    ],
    ['Windows line breaks', 'a \r\n \r\n b', 'a\n\nb'],
    ['2,600 line breaks', 'p' + '\n \n'.repeat(1_300) + 'q', 'p\n\nq'],
    ['no-break spaces', 'no\u00a0break\u00a0\u00a0spaces', 'no break spaces'],
  ])('%s', (_case, raw, read) => {
    expect(withWhitespaceRunsCollapsed(raw)).toBe(read);
  });

  it('keeps every non-space character, in order', () => {
    const raw = ' who owns\t\tthe  hooli   pilot ,  and what is open there ?\n\n\n';
    expect(withWhitespaceRunsCollapsed(raw).replace(/\s/g, '')).toBe(raw.replace(/\s/g, ''));
  });

  it('reads a message or a clicked button the same way', () => {
    expect(messageText({ text: 'my   top deals ' })).toBe('my top deals');
    expect(messageText({ value: { text: ' why   is Globex at 98%? ' } })).toBe('why is Globex at 98%?');
    expect(messageText({})).toBe('');
  });
});
