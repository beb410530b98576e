import { splitSentences } from '../ingestion/chunker';
import { termCoverage } from '../text/thesaurus';

/** The part of a passage that answers a question. */
export interface ExtractedAnswer {
  readonly text: string;
  /** Share of the question's idf mass found in the chosen sentences (0..1). */
  readonly coverage: number;
}

/**
 * What stating the asked kind of fact (see `answerTypesOf`) is worth when sentences compete, in
 * shares of the question covered: it decides between sentences covering the question about
 * equally, never for a sentence that covers none of it.
 */
const ANSWER_TYPE_BONUS = 0.25;
/** A sentence outside the chosen ones joins the extract when it covers at least this share of the question that they leave uncovered. */
const COMPLEMENT_SHARE = 0.5;

/** Longest extract, in words. */
const MAX_ANSWER_WORDS = 90;
/** Passages this short are returned whole. */
const WHOLE_PASSAGE_WORDS = 45;

/**
 * Trims a passage to the sentences that answer: the sentence (or list item) covering most of the
 * question's idf-weighted terms, plus what it introduces (the items after a line ending in ":")
 * or the next sentence when that one covers the question too. No model, no generation: every
 * word comes from the knowledge document.
 */
export function extractAnswer(
  passage: string,
  questionTerms: ReadonlyMap<string, number>,
  analyze: (text: string) => string[],
  /** Thesaurus alternatives of the question's terms (a sentence with "available" covers "hours"). */
  alternatives: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map(),
  /** Patterns of the kind of fact the question asks for (`answerTypesOf`): a sentence stating one is preferred. */
  answerTypes: readonly RegExp[] = [],
): ExtractedAnswer {
  const coverageOf = (terms: readonly string[]): number => termCoverage(new Set(terms), questionTerms, alternatives);
  const units = passage
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => (/^\s*- /.test(line) ? [line.trim()] : splitSentences(line)));
  const scored = units.map((text) => ({ text, coverage: coverageOf(analyze(text)) }));
  if (!scored.length) return { text: '', coverage: 0 };
  if (words(passage) <= WHOLE_PASSAGE_WORDS) {
    return { text: units.join(' ').replace(/\s+-\s/g, '\n- ').trim(), coverage: coverageOf(analyze(passage)) };
  }
  const merit = (unit: { text: string; coverage: number }) =>
    unit.coverage + (unit.coverage > 0 && answerTypes.some((type) => type.test(unit.text)) ? ANSWER_TYPE_BONUS : 0);
  let best = 0;
  scored.forEach((unit, index) => {
    if (merit(unit) > merit(scored[best]!)) best = index;
  });
  const chosen = [best];
  let total = words(scored[best]!.text);
  const introducesList = /:\s*$/.test(scored[best]!.text);
  for (let next = best + 1; next < scored.length; next++) {
    const unit = scored[next]!;
    const isItem = /^- /.test(unit.text);
    const wanted = introducesList ? isItem : unit.coverage >= 0.5 * scored[best]!.coverage && unit.coverage > 0;
    if (!wanted || total + words(unit.text) > MAX_ANSWER_WORDS) break;
    chosen.push(next);
    total += words(unit.text);
  }
  // A sentence that opens with a pronoun ("It adds …") needs the one before it to make sense.
  if (best > 0 && /^(It|This|That|These|They|Those|There)\b/.test(scored[best]!.text) && !/^- /.test(scored[best]!.text)) {
    if (total + words(scored[best - 1]!.text) <= MAX_ANSWER_WORDS) chosen.unshift(best - 1);
  }
  // A list item alone reads badly without the line that introduces it.
  if (/^- /.test(scored[best]!.text) && best > 0 && /:\s*$/.test(scored[best - 1]!.text)) chosen.unshift(best - 1);
  // A question of two parts ("who do I email to ask for a refund?") may be answered by two
  // sentences: the one covering most of what the chosen ones leave uncovered joins them.
  const covered = coverageOf(analyze(chosen.map((index) => scored[index]!.text).join(' ')));
  if (covered < 1) {
    let complement: { index: number; gain: number } | undefined;
    scored.forEach((unit, index) => {
      if (chosen.includes(index) || total + words(unit.text) > MAX_ANSWER_WORDS) return;
      const gain = coverageOf(analyze([...chosen.map((i) => scored[i]!.text), unit.text].join(' '))) - covered;
      if (gain >= COMPLEMENT_SHARE * (1 - covered) && (!complement || gain > complement.gain)) complement = { index, gain };
    });
    if (complement) {
      chosen.push(complement.index);
      chosen.sort((a, b) => a - b);
    }
  }
  const text = chosen.map((index) => scored[index]!.text).join(' ').replace(/\s+-\s/g, '\n- ');
  // The coverage (evidence for the no-answer decision and the choice of passage) is the main
  // sentences': a second sentence completes the answer but is not evidence that the passage answers.
  return { text: text.trim(), coverage: covered };
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
