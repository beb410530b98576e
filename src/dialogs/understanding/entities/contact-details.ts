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
 * Phone numbers, checked by libphonenumber-js against the numbering plan of their country
 * (`defaultCountry` for numbers written without a +country code).
 */
export function extractPhones(text: string, defaultCountry: CountryCode = 'US'): PhoneMention[] {
  return findPhoneNumbersInText(text, { defaultCountry })
    .filter((found) => found.number.isValid())
    .map((found) => ({
      text: text.slice(found.startsAt, found.endsAt),
      e164: found.number.number,
      ...(found.number.country ? { country: found.number.country } : {}),
    }));
}
