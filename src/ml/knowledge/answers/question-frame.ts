import { OTHER_CRMS } from '../text/thesaurus';

/**
 * The words that frame a question without naming its topic, at the start of a message: a greeting
 * ("hi", "hello team"), a request to ask ("quick question -"), a label of where it comes from
 * ("security questionnaire:", "vendor review:"), why one asks ("i'm writing a report for school,")
 * and who one is ("we are customers and"). They dilute the evidence for the question, and a
 * question after one names its topic alone (it does not refer back to them).
 */
const FRAMES: readonly RegExp[] = [
  /^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))(?: there| team| all| guys| folks| everyone)?[\s,!.]+/iu,
  /^(?:(?:a |one |another )?(?:quick|small|random|silly|dumb) )?question(?: for you)?\s*[:,\-–—]\s*/iu,
  /^[\p{L} ]{0,30}\b(?:questionnaire|survey|checklist|review|audit|assessment)\s*[:\-–—]\s*/iu,
  /^(?:i['’]?m|i am|we['’]?re|we are)\s+(?:writing|doing|working on|putting together|filling (?:in|out)|researching)\b[^,:?]{0,60}[,:\-–—]\s*/iu,
  /^(?:i['’]?m|i am|we['’]?re|we are)\s+(?:an? )?(?:existing |current |paying )?customers?\s+(?:and|so|,)\s*/iu,
];

/** The question without the frames it opens with (the text unchanged when none, or when nothing would be left). */
export function withoutFrame(question: string): string {
  let rest = question.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const frame of FRAMES) {
      const next = rest.replace(frame, '');
      if (next !== rest && /\p{L}{2,}/u.test(next)) {
        rest = next;
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * The alternative a question turns away from, at its end: "can i pay by invoice instead of card",
 * "… rather than by credit card" (at most three words after it). The words of the way not wanted
 * are evidence for the passages about it (the failed card payments), not for the way asked about.
 */
const TURNED_AWAY = /\s+(?:instead of|rather than|in place of)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*[?!.]*$/iu;

/** The question without the alternative it ends by turning away from (unchanged when none, or when nothing would be left). */
export function withoutTurnedAway(question: string): string {
  const rest = question.trim().replace(TURNED_AWAY, '');
  return /\p{L}{2,}/u.test(rest) ? rest : question.trim();
}

/** Another CRM named by its product's name ("salesforce", "hubspot", "microsoft dynamics"). */
const OTHER_PRODUCT = String.raw`(?:${OTHER_CRMS.map((name) => name.replace(/\s+/g, String.raw`\s+`)).join('|')})`;
/**
 * A feature another product has, then asked of ours: "salesforce has sso do you", "hubspot has sso,
 * do you?", "pipedrive offers an api - does crmpro have one too". Group 1 the feature.
 */
const OTHER_HAS_IT = new RegExp(
  String.raw`^\s*(?:(?:well|but|so|ok|okay)[,\s]+)?${OTHER_PRODUCT}\s+(?:has|have|had|offers?|supports?|gives?(?:\s+(?:us|you))?|includes?|comes?\s+with|provides?)\s+(.+?)\s*(?:[,;:.?!–—-]+\s*|\s+)(?:(?:so|but|and)\s+)?(?:do|does|will|would|can)\s+(?:you\s+guys|you\s+all|your\s+(?:product|tool|app|crm)|yours|you|crmpro)(?:\s+(?:have|offer|support|do|provide)(?:\s+(?:it|that|this|one|them|the\s+same))?)?(?:\s+(?:too|also|as\s+well))?\s*[?!.]*`,
  'iu',
);
/** Another product named as what one compares with, beside a question of its own ("…, compared to hubspot"). */
const COMPARED_WITH_OTHER = new RegExp(
  String.raw`\s*[,;]?\s*\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|vs\.?|versus)\s+(?:what\s+)?${OTHER_PRODUCT}(?:\s+(?:does|do|charges?|costs?|has|offers?))?\b\s*[,;]?`,
  'iu',
);
/** Words of comparing itself: a question left with them still compares ("is it cheaper … vs hubspot"). */
const STILL_COMPARES =
  /\b(?:compar\w*|differ\w*|better|worse|cheaper|pricier|more\s+expensive|vs\.?|versus|than|switch\w*)\b/iu;

/** A question's own words ("what", "how much", "do you", "is there"). */
const ASKS = /\b(?:what(?:'s|s)?|which|how|do|does|is|are|can|could|will|would|where|when|who|why|any)\b/iu;

/**
 * The question asked of our product when another product is only its occasion (unchanged when
 * none): "salesforce has sso do you" is "do you have sso"; "how much per user compared to hubspot,
 * whats your cheapest paid plan" is asked without "compared to hubspot". A question that compares
 * the two ("is crmpro cheaper than hubspot", "difference between you and salesforce") stays as it is,
 * and so does one where the other product is where data comes from ("we're on hubspot, can we import").
 */
export function askedOfOurProduct(question: string): string {
  const text = question.trim();
  const has = OTHER_HAS_IT.exec(text);
  if (has) return `do you have ${has[1]} ${text.slice(has[0].length)}`.trim();
  const rest = text
    .replace(COMPARED_WITH_OTHER, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  // What is left must ask something of its own: "crmpro vs pipedrive" without the other is no question.
  return rest !== text && ASKS.test(rest) && !STILL_COMPARES.test(rest) ? rest : text;
}
