import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';

/** A valid e-mail address found in a message. */
export interface EmailMention {
  readonly text: string;
  /** Lower-cased address. */
  readonly address: string;
}

/** A phone number found in a message, validated for its country. */
export interface PhoneMention {
  readonly text: string;
  /** E.164 form, e.g. `+14155550100`. */
  readonly e164: string;
  readonly country?: string;
}

// The local part is at most 64 characters (RFC 5321): the lookahead checks that first, so a long run
// of "aAaA…" without "@" costs 65 steps from each place it is tried instead of a scan to its end.
const EMAIL =
  /(?=[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\b/gi;

/** E-mail addresses (dot-atom local part, domain with a top-level domain of letters). */
export function extractEmails(text: string): EmailMention[] {
  return [...text.matchAll(EMAIL)]
    .filter((m) => m[0].length <= 254)
    .map((m) => ({ text: m[0], address: m[0].toLowerCase() }));
}

/**
 * Phone numbers are looked for in the first this many characters. libphonenumber-js parses every
 * run of digits and punctuation as a candidate: about 7 ms per 1,000 characters of digits, so a
 * 4,000-character message of number-like text blocked the event loop for a noticeable time. A
 * number typed in a chat request comes early.
 */
export const PHONE_SEARCH_CHARS = 500;
const NUMBER_CHAR = /[\d\s()+\-./]/;
/** A decimal digit of any script (libphonenumber-js's digits are a subset of these). */
const ANY_DIGIT = /\p{Nd}/u;

/** The leading part of `text` to search for phone numbers: at most `PHONE_SEARCH_CHARS`, not cut inside a number. */
function phoneSearchWindow(text: string): string {
  if (text.length <= PHONE_SEARCH_CHARS) return text;
  let end = PHONE_SEARCH_CHARS;
  while (end > 0 && NUMBER_CHAR.test(text[end - 1]!)) end--;
  return text.slice(0, end > 0 ? end : PHONE_SEARCH_CHARS);
}

/**
 * Phone numbers, checked by libphonenumber-js against the numbering plan of their country
 * (`defaultCountry` for numbers written without a +country code), in the first
 * `PHONE_SEARCH_CHARS` characters.
 */
export function extractPhones(text: string, defaultCountry: CountryCode = 'US'): PhoneMention[] {
  const window = phoneSearchWindow(text);
  // libphonenumber-js only takes a candidate that has a digit (its matcher's digit blocks are
  // Unicode decimal digits, vanity letters are not read): without one, nothing can be found, and
  // most chat messages have none, so its whole scan is skipped.
  if (!ANY_DIGIT.test(window)) return [];
  return findPhoneNumbersInText(window, { defaultCountry })
    .filter((found) => found.number.isValid())
    .map((found) => ({
      text: text.slice(found.startsAt, found.endsAt),
      e164: found.number.number,
      ...(found.number.country ? { country: found.number.country } : {}),
    }));
}
