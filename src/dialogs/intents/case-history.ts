import type { CaseList, CaseView } from '../../skills/cases';
import type { Reply } from '../reply';

/** Words too common to tell one problem from another. */
const COMMON = new Set(
  'the and but for with from this that these those our your their they them have has had was were are been can cant cannot does doesnt did didnt not all any some when since after before again still just every each into onto there here what which who how why will would should could get gets got keep keeps now today than then also only very please thanks customer customers user users team'.split(
    ' ',
  ),
);

/** The words a case's problem is told by: its subject and description, lower case, without common words. */
function problemWords(c: CaseView): Set<string> {
  const text = `${c.subject} ${c.description ?? ''}`
    .toLowerCase()
    .replace(/\b(?:log(?:ging|ged)?|sign(?:ing|ed)?)[\s-]?in\b/g, 'login')
    .replace(/\b(?:single[\s-]?sign[\s-]?on|saml)\b/g, 'sso');
  const words = (text.match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length > 2 && !COMMON.has(w))
    .map((w) => (w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/, '') : w));
  return new Set(words);
}

/** How alike two sets of words are: the words they share over the words of either (Jaccard). */
function alike(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const either = a.size + b.size - shared;
  return either ? shared / either : 0;
}

/** Cases at least this alike are the same problem come back. */
const SAME_PROBLEM = 0.5;

/**
 * The account's cases grouped by problem: a case joins the first group whose first (newest) case it
 * is alike enough to, by the words of its subject and description. Groups of two or more, most cases first.
 */
export function repeatedProblemsOf(cases: readonly CaseView[]): CaseView[][] {
  const groups: Array<{ words: Set<string>; cases: CaseView[] }> = [];
  for (const c of [...cases].sort((a, b) => b.number - a.number)) {
    const words = problemWords(c);
    const group = groups.find((g) => alike(g.words, words) >= SAME_PROBLEM);
    if (group) group.cases.push(c);
    else groups.push({ words, cases: [c] });
  }
  return groups
    .filter((g) => g.cases.length > 1)
    .map((g) => g.cases)
    .sort((a, b) => b.length - a.length || b[0]!.number - a[0]!.number);
}

/** At most this many problems are shown, and this many cases of each. */
const MAX_PROBLEMS = 5;
const MAX_CASES_EACH = 5;

/**
 * Whether an account keeps having the same problem: each problem that came back, with its cases
 * (number, subject, status, when opened), from every case of the account the list holds.
 */
export function repeatedProblemsReply(list: CaseList, timeZone: string): Reply {
  const account = list.account?.name ?? 'That account';
  if (!list.total) return { text: `${account} has no cases.` };
  const groups = repeatedProblemsOf(list.cases);
  const of = `${list.total} ${list.total === 1 ? 'case' : 'cases'}${list.cases.length < list.total ? `, the latest ${list.cases.length} read` : ''}`;
  if (!groups.length)
    return {
      text: `No: none of ${account}'s problems came back (${of}, each about something different).`,
    };
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
      new Date(d),
    );
  const lines = groups.slice(0, MAX_PROBLEMS).map((cases) => {
    const shown = cases
      .slice(0, MAX_CASES_EACH)
      .map((c) => `case ${c.number} "${c.subject}" (${c.status}, opened ${day(c.openedAt)})`);
    const more = cases.length > MAX_CASES_EACH ? `, and ${cases.length - MAX_CASES_EACH} more` : '';
    return `- ${cases.length} times: ${shown.join('; ')}${more}`;
  });
  const problems = groups.length === 1 ? 'one problem' : `${groups.length} problems`;
  return {
    text: `Yes: ${account} has had ${problems} more than once (${of}):\n${lines.join('\n')}`,
  };
}
