/**
 * extractPhones skips libphonenumber-js when its window holds no decimal digit. It must read every
 * message exactly as the previous version, which always asked libphonenumber-js (copied below):
 * the development conversations' messages, and generated texts with numbers in several scripts,
 * vanity numbers, phone-like punctuation without digits, and digits only past the search window.
 */
import path from 'node:path';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { readEvalCases } from '../../../src/cli/conversation-eval/eval-cases';
import {
  extractPhones,
  PHONE_SEARCH_CHARS,
} from '../../../src/dialogs/understanding/entities/contact-details';
import { Random } from '../../../src/store/seed/random';

/** The previous extractPhones (before the digit check), window and all. */
function extractPhonesBefore(text: string, defaultCountry: CountryCode = 'US') {
  const NUMBER_CHAR = /[\d\s()+\-./]/;
  let window = text;
  if (text.length > PHONE_SEARCH_CHARS) {
    let end = PHONE_SEARCH_CHARS;
    while (end > 0 && NUMBER_CHAR.test(text[end - 1]!)) end--;
    window = text.slice(0, end > 0 ? end : PHONE_SEARCH_CHARS);
  }
  return findPhoneNumbersInText(window, { defaultCountry })
    .filter((found) => found.number.isValid())
    .map((found) => ({
      text: text.slice(found.startsAt, found.endsAt),
      e164: found.number.number,
      ...(found.number.country ? { country: found.number.country } : {}),
    }));
}

const DEV_SETS = ['dev', 'dev-round2', 'dev-qa', 'dev-qa2', 'dev-qa3', 'dev-qa4', 'dev-qa5'];
const devMessages = DEV_SETS.flatMap((set) =>
  readEvalCases(path.join(__dirname, '..', '..', '..', 'eval', 'conversations', `${set}.jsonl`)).flatMap(
    (c) => c.turns,
  ),
);

/** Digits 0-9 in ASCII, full width, Arabic-Indic, extended Arabic-Indic, Devanagari and Thai. */
const DIGIT_SCRIPTS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0xe50];
const inScript = (digits: string, zero: number) =>
  [...digits].map((d) => (/\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d)).join('');

const NUMBERS = [
  '(415) 555-0100',
  '+44 20 7946 0958',
  '415.555.0100',
  '+1-212-555-0199 ext. 42',
  '020 7946 0958',
  '+49 30 901820',
  '555-0100',
];
const NOT_NUMBERS = [
  '1-800-FLOWERS',
  '+ ( ) - . /',
  'call me at the office',
  'ext. x',
  '(+)',
  'tel: +-',
  'phone: ( ) ..',
];
const WORDS = ['call', 'Jane', 'at', 'her', 'number', 'is', 'or', 'mobile', 'thanks', 'Acme', 'pls'];

function generatedTexts(): string[] {
  const random = new Random(17);
  const texts: string[] = [];
  for (let i = 0; i < 600; i++) {
    const parts: string[] = [];
    for (let n = random.int(1, 6); n > 0; n--) {
      const kind = random.int(0, 3);
      if (kind === 0) {
        const number = NUMBERS[random.int(0, NUMBERS.length - 1)]!;
        parts.push(inScript(number, DIGIT_SCRIPTS[random.int(0, DIGIT_SCRIPTS.length - 1)]!));
      } else if (kind === 1) parts.push(NOT_NUMBERS[random.int(0, NOT_NUMBERS.length - 1)]!);
      else parts.push(WORDS[random.int(0, WORDS.length - 1)]!);
    }
    texts.push(parts.join(' '));
  }
  // Digits only past the search window, or a number cut by it.
  const padding = 'word '.repeat(Math.ceil(PHONE_SEARCH_CHARS / 5));
  texts.push(`${padding}(415) 555-0100`, `${padding.slice(0, PHONE_SEARCH_CHARS - 6)}(415) 555-0100`);
  return texts;
}

describe('extractPhones with the digit check', () => {
  it('reads every development message as before', () => {
    expect(devMessages.length).toBeGreaterThan(1000);
    for (const text of devMessages)
      expect([text, extractPhones(text)]).toEqual([text, extractPhonesBefore(text)]);
  });

  it('reads generated texts as before, in every script and default country', () => {
    const texts = generatedTexts();
    let found = 0;
    for (const text of texts) {
      for (const country of ['US', 'GB', 'DE'] as CountryCode[]) {
        const now = extractPhones(text, country);
        expect([text, country, now]).toEqual([text, country, extractPhonesBefore(text, country)]);
        found += now.length;
      }
    }
    // The generated texts do hold numbers both versions find (the check is not vacuous).
    expect(found).toBeGreaterThan(100);
  });

  it('finds numbers written in non-ASCII digits', () => {
    expect(extractPhones(inScript('(415) 555-0100', 0xff10))).toHaveLength(1);
    expect(extractPhones(inScript('+44 20 7946 0958', 0x660))).toHaveLength(1);
  });
});
