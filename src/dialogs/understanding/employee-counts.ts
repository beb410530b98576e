import { patternOf } from '../../core/patterns';
/** The headcount bounds a question puts on accounts (`RecordQuery.minEmployees` / `maxEmployees`). */
export interface EmployeeBounds {
  minEmployees?: number;
  maxEmployees?: number;
}

/** A number of people: "10,000", "10 000", "10000", "10k", "1.5k", "5 thousand". */
const NUMBER = String.raw`(\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand)?`;
/** The words for the people a company employs. */
const PEOPLE = String.raw`(?:employees?|staff(?:ers)?|people|workers|heads|headcount|ftes?|full[- ]time\s+employees|personnel|seats)`;
/** "+", "or more", "and up", "plus" after a number: at least that many. */
const OR_MORE = String.raw`(?:\s*\+|\s+or\s+more|\s+and\s+(?:up|above|over|more)|\s+plus)`;

const AT_LEAST = /^(?:at\s+least|minimum(?:\s+of)?|min\.?|>=|no\s+(?:fewer|less)\s+than)$/;
const MORE_THAN =
  /^(?:more\s+than|over|above|greater\s+than|bigger\s+than|larger\s+than|upwards\s+of|north\s+of|>|in\s+excess\s+of)$/;
const FEWER_THAN = /^(?:fewer\s+than|less\s+than|under|below|smaller\s+than|<)$/;
const AT_MOST = /^(?:at\s+most|up\s+to|no\s+more\s+than|max(?:imum)?(?:\s+of)?|<=)$/;
const BOUND = String.raw`(at\s+least|minimum(?:\s+of)?|min\.?|>=|<=|no\s+(?:fewer|less|more)\s+than|more\s+than|over|above|greater\s+than|bigger\s+than|larger\s+than|upwards\s+of|north\s+of|in\s+excess\s+of|fewer\s+than|less\s+than|under|below|smaller\s+than|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|>|<)`;

function numberOf(digits: string, unit: string | undefined): number {
  const n = Number(digits.replace(/[,\s]/g, ''));
  return Math.round(unit ? n * 1000 : n);
}

/** A bound word and a number as the bounds they set ("over 500" is 501 or more). */
function bounded(word: string, n: number): EmployeeBounds | undefined {
  const said = word.replace(/\s+/g, ' ').trim();
  if (AT_LEAST.test(said)) return { minEmployees: n };
  if (MORE_THAN.test(said)) return { minEmployees: n + 1 };
  if (FEWER_THAN.test(said)) return { maxEmployees: Math.max(0, n - 1) };
  if (AT_MOST.test(said) || said === 'no more than') return { maxEmployees: n };
  return undefined;
}

/** A size band as the data writes it, named as one: "the 1001-5000 size band", "size 51-200", "5000+ band". */
const SIZE_BAND =
  /\b(?:size\s+(?:band\s+|bracket\s+)?(?:of\s+)?)?(1-10|11-50|51-200|201-1000|1001-5000|1,001-5,000|5000\+|5,000\+)(?:\s+(?:size\s+)?(?:band|bracket|size|segment|employees?))?/;

/** The bounds of a size band said as the data writes it, when the words name it as a size. */
function sizeBandSaidOf(text: string): EmployeeBounds | undefined {
  const said = SIZE_BAND.exec(text);
  if (!said || !/\b(?:size|band|bracket)\b/.test(said[0])) return undefined;
  const band = said[1]!.replace(/,/g, '');
  if (band.endsWith('+')) return { minEmployees: Number(band.slice(0, -1)) + 1 };
  const [low, high] = band.split('-').map(Number) as [number, number];
  return { minEmployees: low, maxEmployees: high };
}

/**
 * The headcount a question asks of accounts, or undefined: "accounts with 10,000+ employees",
 * "companies with over 500 staff", "customers with fewer than 50 employees", "between 200 and 1000
 * employees", "headcount above 5k", "10k or more people". A number without words for people
 * ("deals over 10,000") is an amount, not a headcount.
 */
export function employeesSaidOf(text: string): EmployeeBounds | undefined {
  const band = sizeBandSaidOf(text);
  if (band) return band;
  const between = patternOf(
    String.raw`\bbetween\s+${NUMBER}\s+(?:and|to|-)\s+${NUMBER}\s+${PEOPLE}\b|\b${NUMBER}\s*(?:-|–|to)\s*${NUMBER}\s+${PEOPLE}\b`,
  ).exec(text);
  if (between) {
    const [low, lowUnit, high, highUnit] = between[1] ? between.slice(1, 5) : between.slice(5, 9);
    return { minEmployees: numberOf(low!, lowUnit), maxEmployees: numberOf(high!, highUnit) };
  }
  const orMore = patternOf(String.raw`(?<![\d.,])${NUMBER}${OR_MORE}\s+${PEOPLE}\b`).exec(text);
  if (orMore) return { minEmployees: numberOf(orMore[1]!, orMore[2]) };
  const before = patternOf(String.raw`\b${BOUND}\s+${NUMBER}\s+${PEOPLE}\b`).exec(text);
  if (before) return bounded(before[1]!, numberOf(before[2]!, before[3]));
  // "headcount over 1000", "employees above 5k", "headcount of 10k+".
  const after = patternOf(
    String.raw`\b(?:headcount|employees|staff|employee\s+count|number\s+of\s+employees)\s+(?:(?:is|of|at)\s+)?(?:${BOUND}\s+)?${NUMBER}(${OR_MORE})?`,
  ).exec(text);
  if (after && (after[1] || after[4])) {
    const n = numberOf(after[2]!, after[3]);
    return after[4] ? { minEmployees: n } : bounded(after[1]!, n);
  }
  return undefined;
}
