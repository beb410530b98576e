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
