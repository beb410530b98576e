import { splitSentences } from '../ingestion/chunker';
import { termCoverage } from '../text/thesaurus';
import { LIST_STATED, wordsNamingTheFact } from './answer-type';

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
  /**
   * The passage's title (document title › headings). Its terms count as covered for a unit that
   * covers part of the question itself, in the choice of units and in the extract's coverage (the
   * evidence): a sentence under the heading "Connecting Teams" is about connecting Teams.
   */
  title = '',
  /** The question's own words, analysed (no thesaurus expansion): a table row named by one is the row asked. */
  askedWords: ReadonlySet<string> = new Set(),
): ExtractedAnswer {
  const titleTerms = analyze(title);
  const coverageOf = (terms: readonly string[]): number =>
    termCoverage(new Set(terms), questionTerms, alternatives);
  // A sentence stating the asked kind of fact also covers the question's words that only name that
  // kind: "backups are taken every hour" answers the "often" of "how often".
  // Only the question's own words: as other words they could stand for a question term through the
  // thesaurus ("fast" for "response time") without the sentence saying anything about it.
  const namingWords = answerTypes.map((type) => ({
    type,
    terms: analyze(wordsNamingTheFact(type)).filter((term) => questionTerms.has(term)),
  }));
  // Those words are covered by stating the fact, not by repeating them: "4 hours" (a response
  // time) does not answer the "hours" of "support hours?", the days and times do.
  const termsOf = (text: string): string[] => {
    const stated = new Set<string>();
    const unstated = new Set<string>();
    for (const { type, terms } of namingWords) {
      if (!terms.length) continue;
      const says = type.test(text);
      for (const term of terms) (says ? stated : unstated).add(term);
    }
    if (!stated.size && !unstated.size) return analyze(text);
    return [...analyze(text).filter((term) => stated.has(term) || !unstated.has(term)), ...stated];
  };
  const units = readingUnits(passage);
  // A table row alone ("Urgent | 4 hours | 1 hour") has no subject: it is read with the table's
  // column headers. Every unit that covers part of the question is also read under the passage's
  // title when units compete ("Support response times › Team plan customers get … 2 business days").
  const scored = units.map(({ text, reading }) => {
    const terms = termsOf(reading);
    const coverage = coverageOf(terms);
    return {
      text,
      coverage,
      underTitle: coverage > 0 ? Math.max(coverage, coverageOf([...titleTerms, ...terms])) : 0,
    };
  });
  if (!scored.length) return { text: '', coverage: 0 };
  // The title adds to the evidence of an extract that covers part of the question itself.
  const evidenceOf = (text: string) => {
    const own = coverageOf(termsOf(text));
    return own > 0 ? Math.max(own, coverageOf([...titleTerms, ...termsOf(text)])) : own;
  };
  if (words(passage) <= WHOLE_PASSAGE_WORDS) {
    const whole = units
      .map((unit) => unit.text)
      .join(' ')
      .replace(/\s+-\s/g, '\n- ')
      .trim();
    return { text: whole, coverage: evidenceOf(passage) };
  }
  // A table row whose own name is a word the question itself says ("High" of "the sla for high
  // priority") is the row asked for: the other rows of its table name other things, however much
  // they cover through the question's expansions ("urgent" read for "high priority").
  const namesAsked = units.map(
    ({ row }) => row !== undefined && analyze(row).some((term) => askedWords.has(term)),
  );
  const rowNamed = namesAsked.some(Boolean);
  const merit = (unit: { text: string; coverage: number; underTitle: number }, index: number) =>
    rowNamed && units[index]!.row !== undefined && !namesAsked[index]
      ? 0
      : unit.underTitle +
        (unit.coverage > 0 && answerTypes.some((type) => type.test(unit.text)) ? ANSWER_TYPE_BONUS : 0);
  let best = 0;
  scored.forEach((unit, index) => {
    if (merit(unit, index) > merit(scored[best]!, best)) best = index;
  });
  const chosen = [best];
  let total = words(scored[best]!.text);
  const introducesList = /:\s*$/.test(scored[best]!.text);
  // A table row is one fact: the rows after it answer other questions.
  const isRow = units[best]!.reading !== units[best]!.text;
  // A sentence joining the extract that ends in ":" introduces the items after it, as the best one
  // does: "… and operations has the full table. The essentials:" is followed by its list, not cut there.
  let listGoesOn = introducesList;
  for (let next = isRow ? scored.length : best + 1; next < scored.length; next++) {
    const unit = scored[next]!;
    const isItem = /^- /.test(unit.text);
    const wanted = listGoesOn ? isItem : unit.coverage >= 0.5 * scored[best]!.coverage && unit.coverage > 0;
    if (!wanted || total + words(unit.text) > MAX_ANSWER_WORDS) break;
    chosen.push(next);
    total += words(unit.text);
    listGoesOn ||= /:\s*$/.test(unit.text);
  }
  // A question asking for several things ("what are the system requirements") whose answer is an
  // item of a list gets the whole list, as far as it fits.
  if (answerTypes.includes(LIST_STATED) && /^- /.test(scored[best]!.text)) {
    let first = best;
    let last = best;
    while (first > 0 && /^- /.test(scored[first - 1]!.text)) first--;
    while (last + 1 < scored.length && /^- /.test(scored[last + 1]!.text)) last++;
    const items = scored.slice(first, last + 1);
    const length = items.reduce((sum, unit) => sum + words(unit.text), 0);
    if (length <= MAX_ANSWER_WORDS) {
      chosen.splice(0, chosen.length, ...items.map((_, offset) => first + offset));
      total = length;
    }
  }
  // A sentence that opens with a pronoun ("It adds …") needs the one before it to make sense.
  if (
    best > 0 &&
    /^(It|This|That|These|They|Those|There)\b/.test(scored[best]!.text) &&
    !/^- /.test(scored[best]!.text)
  ) {
    if (total + words(scored[best - 1]!.text) <= MAX_ANSWER_WORDS) chosen.unshift(best - 1);
  }
  // A list item alone reads badly without the line that introduces it.
  const opening = chosen[0]!;
  if (/^- /.test(scored[opening]!.text) && opening > 0 && /:\s*$/.test(scored[opening - 1]!.text))
    chosen.unshift(opening - 1);
  // A question of two parts ("who do I email to ask for a refund?") may be answered by two
  // sentences: the one covering most of what the chosen ones leave uncovered joins them.
  const covered = Math.max(
    ...chosen.map((index) => scored[index]!.coverage),
    coverageOf(termsOf(chosen.map((index) => scored[index]!.text).join(' '))),
  );
  if (covered < 1) {
    let complement: { index: number; gain: number } | undefined;
    scored.forEach((unit, index) => {
      if (chosen.includes(index) || total + words(unit.text) > MAX_ANSWER_WORDS) return;
      const gain =
        coverageOf(termsOf([...chosen.map((i) => scored[i]!.text), unit.text].join(' '))) - covered;
      if (gain >= COMPLEMENT_SHARE * (1 - covered) && (!complement || gain > complement.gain))
        complement = { index, gain };
    });
    if (complement) {
      chosen.push(complement.index);
      chosen.sort((a, b) => a - b);
    }
  }
  const text = chosen
    .map((index) => scored[index]!.text)
    .join(' ')
    .replace(/\s+-\s/g, '\n- ');
  // The coverage (evidence for the no-answer decision and the choice of passage) is the main
  // sentences': a second sentence completes the answer but is not evidence that the passage answers.
  return {
    text: text.trim(),
    coverage: Math.max(
      covered,
      ...chosen.map((index) => scored[index]!.underTitle),
      evidenceOf(chosen.map((index) => scored[index]!.text).join(' ')),
    ),
  };
}

/** A unit of a passage that may answer: a sentence, a list item, or a table row; `reading` is what it says. */
interface ReadingUnit {
  readonly text: string;
  readonly reading: string;
  /** A table row's own name, its first cell ("High (major feature broken)"). */
  readonly row?: string;
}

/**
 * The passage as sentences, list items and table rows. A table (lines of cells joined by " | ",
 * its first line the column headers) gives one unit per row, written "row header: column cell;
 * column cell" with the headers' words, so the row says which column holds which fact.
 */
function readingUnits(passage: string): ReadingUnit[] {
  const lines = passage.split('\n').filter((line) => line.trim());
  const units: ReadingUnit[] = [];
  let header: string[] | undefined;
  for (const line of lines) {
    const cells = line.split(' | ').map((cell) => cell.trim());
    if (cells.length < 2) {
      header = undefined;
      if (/^\s*- /.test(line)) units.push({ text: line.trim(), reading: line.trim() });
      else for (const sentence of splitSentences(line)) units.push({ text: sentence, reading: sentence });
      continue;
    }
    if (!header) {
      header = cells;
      continue;
    }
    const columns = cells
      .slice(1)
      .map((cell, index) => (header![index + 1] ? `${header![index + 1]} ${cell}` : cell));
    const text = `${cells[0]}: ${columns.join('; ')}.`;
    units.push({ text, reading: `${header[0] ?? ''} ${text}`, row: cells[0] });
  }
  return units;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
