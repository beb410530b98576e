/**
 * A request written as a short letter: a salutation ("Hi there,", "Hello again,", "Dear CRMPro,"),
 * pleasantries ("I hope you're well!", "Hope all is well.", "How are you?") and a sign-off ("Many
 * thanks, Sam", "Kind regards", "Cheers!"), around the request itself ("Could you please create a
 * task for me to …?"). None of these say what is asked: the message without them reads as the plain
 * request. Only a message shaped like a letter (a pleasantry, a sign-off, or a polite ask after the
 * salutation) loses its salutation, so "hi, what's my pipeline" keeps the hello its readers already know.
 */

/** A salutation at the start: "Hi there,", "Hello again!", "Hey Sam -", "Dear team,", "Good morning!". */
const SALUTATION =
  /^\s*(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day))\b(?:\s+(?:again|there|all|team|everyone|folks|guys|crmpro|bot|assistant|[\p{L}'’-]+))?\s*[,!.:;–—-]+\s*/iu;

/** A pleasantry sentence: "I hope you're well!", "hope you are doing well,", "Hope all is well.", "How are you?". */
const PLEASANTRY =
  /^\s*(?:(?:i\s+)?(?:hope|trust)\s+(?:(?:you|u)(?:'re|’re|re|\s+are|\s+r)|ur\s+|you\s+had|all(?:'s|’s|\s+is)|this\s+(?:finds|message\s+finds)|your\s+(?:day|week|morning|weekend)|everything(?:'s|’s|\s+is))[^.!?]{0,40}|how\s+are\s+(?:you|things)(?:\s+(?:doing|today))?|how(?:'s|’s|\s+is)\s+(?:it\s+going|your\s+(?:day|week)(?:\s+going)?)|happy\s+(?:monday|tuesday|wednesday|thursday|friday|new\s+year))\s*[.!?,;:–—-]+\s*/iu;

/**
 * A sign-off at the end, after the request's last full stop, mark or line: "Many thanks, Sam", "Thanks in
 * advance!", "Kind regards, Sam Rivera", "Cheers", "Best,\nSam", "Much appreciated". A name only
 * after a mark ("thanks for the demo" in a note is no sign-off), and never after a comma or a colon
 * (a note's text: "customer said many thanks, cheers").
 */
const SIGN_OFF =
  /(?<=[.!?\n]|\s[-–—])\s*(?:(?:many|much|huge|big)\s+thanks|thanks?(?:\s+(?:a\s+lot|so\s+much|very\s+much|a\s+million|in\s+advance|again))?|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance|again))?|thx|ty|cheers|ta|(?:best|kind|warm|warmest)\s+(?:regards|wishes)|regards|best|all\s+the\s+best|sincerely|yours(?:\s+(?:truly|sincerely))?|much\s+appreciated|appreciate\s+it|appreciated)(?:\s*[,!.–—-]+\s*(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?)?\s*[.!]*\s*$/iu;

/** A polite ask after the salutation ("could you …", "I wonder whether you could …", "please …"): a letter's request. */
const POLITE_ASK =
  /^(?:(?:could|can|would|will)\s+(?:you|u)\b|i\s+(?:was\s+|am\s+|'m\s+)?(?:just\s+)?wonder(?:ing|ed)?\b|(?:please|pls|plz|kindly)\b)/i;

/** Fewest words the request must keep: a letter of nothing but courtesy is no request. */
const MIN_WORDS = 3;

/**
 * The request of a message written as a letter, without its salutation, pleasantries and sign-off;
 * the message itself when it has no pleasantry nor sign-off, or when too little would be left.
 */
export function withoutLetterWrapper(text: string): string {
  let rest = text.trim();
  const salutation = SALUTATION.exec(rest);
  if (salutation) rest = rest.slice(salutation[0].length);
  let shaped = Boolean(salutation) && POLITE_ASK.test(rest);
  for (let pleasantry = PLEASANTRY.exec(rest); pleasantry; pleasantry = PLEASANTRY.exec(rest)) {
    rest = rest.slice(pleasantry[0].length);
    shaped = true;
  }
  const signOff = SIGN_OFF.exec(rest);
  if (signOff && signOff.index > 0) {
    rest = rest.slice(0, signOff.index).replace(/[\s,;:–—-]+$/u, '');
    shaped = true;
  }
  if (!shaped || rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length < MIN_WORDS) return text;
  return rest.trim();
}
