import type { QueryField } from '../../vocabulary';
import { personHistoryOf } from './person-history';

/** A field asked of one person (or of the people the conversation just showed). */
export interface PersonQuestion {
  field: Extract<QueryField, 'title' | 'email' | 'phone' | 'employer' | 'lastInteraction'>;
  /** The question points back at people shown before ("her", "him", "them") rather than naming one. */
  pointsBack: boolean;
  /** "who is Jane Cooper?", "tell me about david nguyen": who the person is (title, company, how to reach them). */
  overview?: true;
}

/**
 * Asking who a named person is: "who is jane cooper?", "whos david nguyen", "tell me about Kevin
 * Adams", "what do we know about jane cooper", "look up david nguyen", "info on kevin adams", "show me
 * bill lumbergh", "bring up jane cooper".
 */
const WHO_IS =
  /^\W*(?:(?:and|so|ok|hey|hi)\W+)*(?:who(?:'s|s|\s+is|\s+was)|tell me (?:more )?about|what do (?:we|you|i) (?:know|have) (?:about|on)|(?:any\s+)?(?:info|information|details|background) (?:on|about|for)|look ?up|pull up|find|(?:(?:can|could|would)\s+you\s+)?(?:show|bring up|open|get)(?:\s+me)?)\b/;

/** Pronouns for a person, or people, just shown. */
const PERSON_PRONOUN = /\b(?:her|him|his|she|he|hers|them|they|their)\b/;
const FIELDS: Array<[RegExp, PersonQuestion['field']]> = [
  // First: "when did i last email them", "when did we last call her" ask when, not the address or number.
  [
    /\b(?:last|latest|most recent)(?:ly)?\s+(?:talk|talked|spoke|spoken|heard|contact(?:ed)?|interaction|touch|conversation|meeting|call|email)\b|\bwhen did (?:we|i|you) last\b|\bwhen (?:did|have) (?:we|i) (?:last )?(?:talk|talked|speak|spoken|spoke|hear)\b/,
    'lastInteraction',
  ],
  [
    // Also whether they are still there: "is jane cooper still at initech", "does she still work for
    // them", "has bill left globex", "did kevin leave acme".
    /\bwho\s+(?:does|do|is|'s)\s+.+\s+work(?:ing)?\s+(?:for|at)\b|\bwhere\s+(?:does|do|is)\s+.+\s+work\b|\b(?:what|which)\s+(?:company|account|firm)\b|\bworks?\s+(?:for|at)\s+(?:which|what)\b|\bemployer\b|\bstill\s+(?:at|with|there|employed)\b|\bstill\s+work(?:s|ing)?\s+(?:at|for|there)\b|\b(?:has|have|did)\s+.+\s+(?:left|leave|quit)\b(?!\s+(?:a|an|any|the|us|me|it|that|open)\b)|\bno longer\s+(?:at|with|there|works?)\b/,
    'employer',
  ],
  [
    /\b(?:job\s+)?title\b|\bposition\b|\bjob\b|\bwhat (?:does|do) (?:she|he|they) do\b|\bwhat'?s (?:her|his|their) role\b/,
    'title',
  ],
  [/\be-?mail(?:\s+address)?\b|\bmail\b|\bwrite to\b/, 'email'],
  [/\bphone\b|\bnumber\b|\bcell\b|\bmobile\b|\bcall\b|\bring\b|\breach\b/, 'phone'],
];

/**
 * A field of one person: "what's David Nguyen's title again", "what's Jane's email", "who does Kevin
 * Adams work for", "can we email her?", "what's his number", "when did we last talk to them". The
 * person is the contact the message names (`named`), else the people the conversation showed (a
 * pronoun). Undefined when no field word is there, or when nothing names or points at a person.
 */
export function personQuestionOf(text: string, named: boolean): PersonQuestion | undefined {
  const pointsBack = !named && PERSON_PRONOUN.test(text);
  if (!named && !pointsBack) return undefined;
  // A write ("email her the proposal", "call him tomorrow", "log a call with her") is not a question.
  if (
    /^(?:please\s+)?(?:log|send|schedule|book|remind|create|add|draft|email|e-mail|call|ring|phone)\b(?!\s+(?:address(?:es)?|number|no\b|for\b|of\b))/.test(
      text,
    )
  )
    return undefined;
  // An occasion ahead ("before I call them", "ahead of my call with her") is when, not what is asked.
  const asked = text.replace(
    /\b(?:before|ahead of|prior to|when)\s+(?:i|we|my|our)\s+(?:\w+\s+)?(?:call|ring|meet|email|e-mail|see)\b.*$/,
    '',
  );
  // Their interactions or tasks over time ("show me every interaction with jane"): no field of theirs.
  if (personHistoryOf(text)) return undefined;
  const field = FIELDS.find(([pattern]) => pattern.test(asked))?.[1];
  // Who a named person is, when no one field is asked ("who is jane cooper?"): their title, company and details.
  if (!field && named && WHO_IS.test(text) && !/\b(?:deals?|pipeline|opps?|cases?|tickets?)\b/.test(text))
    return { field: 'title', pointsBack: false, overview: true };
  // "when did we last talk to them": the account's latest interaction (the handler takes the people
  // instead when the last answer showed people); "her", "him" point at a person only.
  if (field === 'lastInteraction' && pointsBack && !/\b(?:her|him|his|she|he|hers)\b/.test(text))
    return undefined;
  // "his/her deals", "their pipeline": deals of the rep or account, not a person's field.
  if (!field || /\b(?:deals?|pipeline|opps?|quota|forecast|tasks?)\b/.test(text)) return undefined;
  return { field, pointsBack };
}
