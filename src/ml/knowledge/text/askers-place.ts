/**
 * Where the asker is, said in passing ("hi from sydney", "my company is in perth", "writing from
 * bangalore", "we want to run it in our own DC in mumbai"): the circumstance of the question, not
 * its topic. A place the documents never name is a word no passage holds, and it weighs as much as
 * the rarest word of the question: "do you bill in AUD" answered, "hi from sydney, do you bill in AUD"
 * not. The place is taken out of the words searched only when one of its words is one the documents
 * never use, so a place that is itself the topic ("we're in the EU, where is our data stored") keeps
 * its words, and so does anything that is no place ("we're in the middle of a migration", "we're in
 * the team plan").
 */

/** Cheap guard: a message saying where someone is has one of these words before the place. */
const PLACE_SAYER = /\b(?:from|in|out\s+of)\b/i;

/**
 * The words saying the asker is somewhere, before the place: a greeting or a message sent "from"
 * it, "we're in", "our company is based in", "our own DC in".
 */
const SAID_OF_THE_ASKER = String.raw`(?:(?:hi|hello|hey|hiya|howdy|greetings|g'?day|cheers)\s+(?:(?:all|there|everyone|folks|team|guys)\s+)?from|(?:writing|messaging|texting|calling|emailing|typing|chatting|reaching\s+out|here)\s+from|(?:(?:we|i|they)(?:\s*'re|\s*'m|\s+are|\s+am|re\b|m\b)?|(?:our|my)\s+(?:company|team|business|firm|office|offices|org|organisation|organization|startup|agency|school|charity|hq|headquarters|staff|people|reps|users|customers|clients)(?:\s*'s|\s+is|\s+are)?)\s+(?:(?:based|located|sitting|situated|operating|working|headquartered|mostly|all|currently|also|now|out)\s+){0,2}(?:in|from|out\s+of)|\b(?:based|located|headquartered|situated)\s+(?:in|out\s+of)|\bour\s+own\s+(?:[\p{L}-]+\s+){1,2}in)`;

/** The place: one to three words, up to the end of the clause. */
const PLACE = String.raw`((?:the\s+)?[\p{L}][\p{L}.'-]*(?:\s+[\p{L}][\p{L}.'-]*){0,2}?)`;

/** Where the clause naming the place ends: punctuation, an emoji, or the next clause's first word. */
const CLAUSE_END = String.raw`(?=\s*(?:[,.;:!?()—–]|\s-\s|\p{Extended_Pictographic}|$)|\s+(?:and|but|so|do|does|did|is|are|can|could|how|what|where|when|which|who|why|will|would|should|we|i|our|my|too|here|there|right\s+now|at\s+the\s+moment)\b)`;

const ASKERS_PLACE = new RegExp(String.raw`\b${SAID_OF_THE_ASKER}\s+${PLACE}${CLAUSE_END}`, 'giu');

/**
 * Data or servers asked of a place ("do you have servers in australia", "can our data be hosted in
 * india", "any data centre in singapore"): the documents answer with the regions they offer, so a
 * place they do not name is asked as a data region.
 */
const HOSTED_IN_PLACE = new RegExp(
  String.raw`\b((?:servers?|data\s*cent(?:re|er)s?|datacent(?:re|er)s?|hosting|hosted|host|stored|store|kept|keep|region|regions|data|instances?|workspaces?|cloud)\s+(?:[\p{L}'-]+\s+){0,2}?(?:in|inside|within)\s+)${PLACE}${CLAUSE_END}`,
  'giu',
);

/**
 * The message without the asker's place (the words saying it are left: "we're in" alone names no
 * topic), and with a place data or servers are asked of read as "a data region"; unchanged when
 * none is said. `isKnown` says whether the documents use a word.
 */
export function withoutAskersPlace(message: string, isKnown: (word: string) => boolean): string {
  if (!PLACE_SAYER.test(message)) return message;
  // A place is a name the documents do not use: one word of it at least ("new york", "perth").
  const unnamed = (place: string) =>
    place
      .split(/\s+/u)
      .filter((word) => word.toLowerCase() !== 'the')
      .map((word) => word.replace(/[.'-]+$/u, ''))
      .some((word) => word && !isKnown(word));
  return message
    .replace(HOSTED_IN_PLACE, (said: string, before: string, place: string) =>
      unnamed(place) ? `${before}a data region` : said,
    )
    .replace(ASKERS_PLACE, (said: string, place: string) =>
      unnamed(place) ? said.slice(0, said.length - place.length).trimEnd() : said,
    );
}
