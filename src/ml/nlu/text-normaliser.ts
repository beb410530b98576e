const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Slack escapes "<" and ">" in what people type, so markup never contains them: stopping at "<"
// keeps a run of unclosed "<http:|" from being rescanned to the end from each of its starts.
const SLACK_USER_MENTION = /<@[A-Z0-9]+(?:\|[^<>]*)?>/g;
const SLACK_LINK = /<(?:https?|mailto):[^|<>]*\|([^<>]*)>/g;
const URL = /\bhttps?:\/\/\S+/g;
// The local part is at most 64 characters (RFC 5321); the lookahead checks that first, so a long
// run of "a.a.a…" without "@" costs 65 steps from each start instead of a scan to its end.
const EMAIL = /\b(?=[\w.+-]{1,64}@)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const DIGITS = /\d/g;

/**
 * Puts a chat message in the form the intent features are computed on: Slack markup unwrapped,
 * accents folded, lower case, e-mail addresses and links replaced by placeholders, every digit
 * mapped to 0 (so "$25k" and "$40k" share features) and curly quotes made straight.
 */
export function normaliseMessage(text: string): string {
  return text
    .replace(SLACK_LINK, '$1')
    .replace(SLACK_USER_MENTION, ' @user ')
    .replace(URL, ' urlplaceholder ')
    .replace(EMAIL, ' emailplaceholder ')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(DIGITS, '0');
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|[?!$€£@%]/gu;

/**
 * Splits a normalised message into word tokens: letters and digits (with an apostrophe suffix such
 * as "don't" kept whole), plus the few symbols that carry intent ("?", "$", "@").
 */
export function wordTokens(normalised: string): string[] {
  return normalised.match(WORD) ?? [];
}
