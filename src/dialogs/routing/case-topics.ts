import { isOnlyCaseTopicWords } from '../../vocabulary';

/** The nouns a list of cases is asked by: cases, tickets, and (after a word asking for a list) issues, problems. */
const CASE_NOUN = /\b(?:cases|tickets|case|ticket)\b/i;
const PROBLEM_NOUN = /\b(?:issues|problems|complaints|bugs|errors)\b/i;
/** A list asked for: "any", "which", "show me", "list", "all", "open", "recent", "how many". */
const LIST_ASKED =
  /^\s*(?:(?:so|and|ok|okay|hey)\s*,?\s*)?(?:any|which|what|show(?:\s+me)?|list|give\s+me|pull\s+up|find|get(?:\s+me)?|all|open|recent|latest|new|closed|resolved|how\s+many|are\s+there(?:\s+any)?|do\s+we\s+have(?:\s+any)?|have\s+we\s+had(?:\s+any)?)\b/i;
/** How-to questions and a caller's own problem ("i have login issues") are no list of cases. */
const NOT_A_LIST =
  /^\s*(?:how|why|can|could|should|is\s+it|i\b|i'm|im\b|we\s+(?:have|are|can)|my\b|our\b)|\b(?:how\s+(?:do|to|can)|help\s+me|fix|troubleshoot)\b/i;

/** A request to do something to cases ("export cases to csv", "download all tickets"), not to list a topic's. */
const DOING_TO_CASES =
  /^\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:export|import|download|upload|sync|send|e-?mail|move|copy|dump|delete|close|merge)\b/i;

/**
 * The topic words of a request for the cases of a topic, said before the case noun ("any open login
 * issues?", "billing cases this quarter", "sso tickets from last week", "which export problems are
 * still open"): the words between the list word and the noun; undefined when they name no known topic.
 */
export function topicBeforeCasesOf(text: string): string | undefined {
  const cases = CASE_NOUN.test(text);
  if (!cases && !(PROBLEM_NOUN.test(text) && LIST_ASKED.test(text))) return undefined;
  if (NOT_A_LIST.test(text)) return undefined;
  if (DOING_TO_CASES.test(text)) return undefined;
  const noun = cases ? CASE_NOUN : PROBLEM_NOUN;
  const at = noun.exec(text)!.index;
  // "export the cases to a spreadsheet": a verb and its object, not a topic of the cases.
  if (/\b(?:the|all|our|my|these|those|your|their|every)\s*$/i.test(text.slice(0, at))) return undefined;
  const before = text
    .slice(0, at)
    .replace(LIST_ASKED, ' ')
    .replace(
      /\b(?:any|all|the|our|open|closed|resolved|recent|latest|new|old|support|customer|still|of|more|other)\b/gi,
      ' ',
    )
    .trim();
  // At most three words of topic right before the noun: "password reset", "two factor login".
  const words = before.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 3) return undefined;
  const topic = words.join(' ');
  return isOnlyCaseTopicWords(topic) ? topic.toLowerCase() : undefined;
}
