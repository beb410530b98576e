import { personQuestionOf, type PersonQuestion } from './person-question';
import { rowQuestionOf } from './row-reference';
import { patternOf } from '../../core/patterns';

/** One person of the last list of people ("Jane Cooper", a row of an account's contacts). */
export interface PersonRow {
  name: string;
}

/** A field asked of one row of the last list of people: which row (from 0) and what is asked. */
export interface PersonRowQuestion {
  index: number;
  field: PersonQuestion['field'];
  /** "who is jane?": who the person is (title, company, how to reach them), not one field. */
  overview?: true;
}

/** "what does robert do", "what does the second one do": their job title. */
const WHAT_DOES_DO =
  /^(?:and\s+)?what\s+(?:does|do)\s+(?!we\b|i\b|you\b)[a-z' ]+\s+do(?:\s+(?:there|here|at \w+))?\s*[?.!]*$/;

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How well `text` names `row`: 2 the full name, 1 the first or the last name alone, 0 not at all. A
 * name may be said as a possessive, with or without the apostrophe ("jane's", "janes").
 */
function nameMatch(text: string, row: PersonRow): number {
  const parts = row.name.toLowerCase().split(/\s+/).filter(Boolean);
  const said = (words: string) => patternOf(String.raw`\b${escaped(words)}(?:'?s)?\b`).test(text);
  if (parts.length > 1 && said(parts.join(' '))) return 2;
  return parts.some((part) => part.length > 1 && said(part)) ? 1 : 0;
}

/**
 * The row of the last list of people a message names (its full name, or a first or last name
 * that only one row has) or points at by position ("the second one", "the last contact").
 */
function rowOf(text: string, rows: readonly PersonRow[], byPosition: boolean): number | undefined {
  const matches = rows.map((row) => nameMatch(text, row));
  const best = Math.max(0, ...matches);
  if (best > 0) {
    const named = matches.flatMap((match, index) => (match === best ? [index] : []));
    return named.length === 1 ? named[0] : undefined;
  }
  const row = byPosition ? rowQuestionOf(text)?.row : undefined;
  if (!row || !('index' in row)) return undefined;
  const at = row.index < 0 ? rows.length + row.index : row.index;
  return at >= 0 && at < rows.length ? at : undefined;
}

/**
 * A field asked of one person of the list just shown: "whats janes title", "jane's email?", "what's
 * the second one's phone", "who is bill" after an account's contacts. The person is matched among
 * those rows only (so a first name is enough); undefined when the message asks no field of a person,
 * or names or points at no single row. A position points at a row only when the list was of people
 * alone (`byPosition`): after a briefing, "the second one" may be one of its deals.
 */
export function personRowQuestionOf(
  message: string,
  rows: readonly PersonRow[],
  byPosition: boolean,
): PersonRowQuestion | undefined {
  if (!rows.length) return undefined;
  const text = message.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const asked: Pick<PersonQuestion, 'field' | 'overview'> | undefined = WHAT_DOES_DO.test(text)
    ? { field: 'title' }
    : personQuestionOf(text, true);
  if (!asked) return undefined;
  const index = rowOf(text, rows, byPosition);
  if (index === undefined) return undefined;
  return { index, field: asked.field, ...(asked.overview ? { overview: true as const } : {}) };
}

/** A field asked alone, of the person just shown: "phone?", "email?", "and the title", "what about her mobile". */
const BARE_FIELDS: Array<[RegExp, PersonQuestion['field']]> = [
  [/^(?:(?:job\s+)?title|position|role|job)$/, 'title'],
  [/^(?:e-?mail|e-?mail\s+address|email\s+addy|mail)$/, 'email'],
  [
    /^(?:(?:(?:tele)?phone|mobile|cell|direct(?:\s+line)?)(?:\s+(?:number|no|#))?|number|no|#|digits)$/,
    'phone',
  ],
];
/** Words around a field asked alone: "and", "what's", "their", "the", "pls". */
const AROUND_FIELD =
  /^(?:(?:cheers|thanks|thx|ta|great|lovely|perfect|cool|nice|ok|okay|so|and|also|now|then|plus|what|whats|what's|wats|whts|how|about|abt|is|the|their|her|his|its|pls|please|again|got|a|do|you|have|we)\s+)*/;

/**
 * A field of a person asked with no name or pronoun, right after one person was shown ("main contact
 * initech" → "phone?", "email?", "and the title?", "what about mobile"): that person's field.
 * Undefined for anything more ("support phone number?", "email templates", "phone the customer").
 */
export function bareFieldOf(message: string): PersonQuestion['field'] | undefined {
  const text = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?!.,:;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(AROUND_FIELD, '')
    .replace(/\s+(?:pls|please|again|too|then)$/, '');
  return BARE_FIELDS.find(([pattern]) => pattern.test(text))?.[1];
}
