/**
 * Work told in passing, for the log: a note headed with its account ("note for wayne enterprises:
 * rebecca wants a security review", "quick note on globex - budget frozen till Q2", "acme note:
 * champion left", "notes re initech: …"), and a touch said with its verb and person ("emailed Jane
 * Cooper the revised quote for initech", "called bill at globex about the renewal", "just met with
 * kevin adams, they want a demo"). The words after the person say what it was about.
 */

/** Longest message read as a note headed with its account. */
const MAX_LENGTH = 1000;
/** "note for X:", "quick note on X -", "notes re X:", "X note:" (the account before the note word). */
const NOTE_HEAD =
  /^\s*(?:(?:quick|short|small|a|one\s+more|another|fyi|new)\s+)*notes?\s+(?:for|on|about|re|to|regarding|from)\s+[^:\n—–]{1,80}?\s*(?::|[—–]|\s-\s)\s*\S|^\s*[^:\n—–?]{1,60}?\s+notes?\s*:\s*\S/i;
/** Not a note to log: "notes on pricing:" asks nothing of an account, "release notes:" is no note. */
const NOT_A_NOTE = /^\s*(?:release|meeting|my|the|your|our|call|patch|session)\s+notes?\b/i;

/** True when the message is a note headed with its account ("note for wayne enterprises: …"). */
export function isCasualNote(text: string): boolean {
  return text.length <= MAX_LENGTH && NOTE_HEAD.test(text) && !NOT_A_NOTE.test(text);
}

/** A touch told with its verb and person, and what it was about. */
export interface ToldTouch {
  /** The person as written ("Jane Cooper"). */
  person: string;
  /** What followed the person ("the revised quote for initech"). */
  rest: string;
}

const TOUCH_VERB = String.raw`(?:e-?mailed|mailed|sent|called|rang|phoned|texted|messaged|pinged|met(?:\s+with)?|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with|chatted\s+with)`;
/** The person: one to three words, up to what opens the subject ("the", "about", "re", a comma). */
const TOLD = new RegExp(
  String.raw`^\s*(?:(?:i|we)\s+(?:just\s+|have\s+|'ve\s+)?|just\s+)?${TOUCH_VERB}\s+(?<person>[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)(?:\s+(?=(?:the|a|an|our|my|his|her|their|about|re|regarding|over|on|to|and)\b)|\s*[,:]\s*)(?<rest>\S.*)$`,
  'iu',
);
/** Words that are no person: "sent the quote", "called it", "met the team". */
const NOT_A_PERSON =
  /^(?:the|a|an|it|them|him|her|that|this|back|out|over|in|up|yesterday|today|everyone|everybody)$/i;

/** The person and subject of a touch told with its verb ("emailed Jane Cooper the revised quote"), or undefined. */
export function toldTouchOf(text: string): ToldTouch | undefined {
  const groups = TOLD.exec(text)?.groups;
  if (!groups) return undefined;
  const person = groups.person!.trim();
  if (NOT_A_PERSON.test(person.split(/\s+/)[0]!)) return undefined;
  return { person, rest: groups.rest!.trim() };
}
