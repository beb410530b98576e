/**
 * The circumstance a question is asked in ("if we cancel, how long do you keep our data", "after
 * cancelling how long will you keep our data", "who handles updates if we self host", "once we quit
 * can we still get our stuff out"): the words of its condition clause, which tell apart sections of a
 * page that answer the same kind of question for different circumstances ("While you are a customer"
 * / "When you leave"). Not an embedded yes/no question ("can you tell me if you support sso", "not
 * sure if …"): that "if" opens the question itself. "When" is left out: "when does …" asks a time.
 */
const CONDITION =
  /(?<!\b(?:know|see|check|wonder|wondering|ask|asking|tell\s+(?:me|us)|sure|confirm|clarify|find\s+out|unclear|curious)\s+)\b(?:if|once|after|unless|in\s+case|whenever)\s+((?:we|i|you|they|our|my|the|a|an|it|someone|somebody|people|users?|customers?|\p{L}+ing|\p{L}+ed)\b[^,?.!;:]*)/iu;

/** Where the condition's clause ends: a question word or verb, or a new subject after it. */
const CLAUSE_END =
  /\s+(?:how|what|who|where|which|why|do|does|did|can|could|will|would|should|is|are|am)\b|(?<=\S+\s+\S+)\s+(?:we|i|you|they)\s/iu;

/** The words of the question's condition clause, or '' when it states none. */
export function askedCondition(question: string): string {
  const clause = CONDITION.exec(question)?.[1];
  if (!clause) return '';
  const end = CLAUSE_END.exec(clause);
  return (end ? clause.slice(0, end.index) : clause).trim();
}
