import type { KnowledgeAnswer, KnowledgePassage } from '../../../ml/knowledge/knowledge-base';

/** A heading naming one check of a troubleshooting page ("Check the channel", "Check that you are a user"). */
const CHECK_HEADING = /^check\b/i;
/** Fewer checks than this in one document are no checklist. */
const MIN_CHECKS = 2;
/** Longest answer with the other checks added, in words (a chat reply, not a page). */
const MAX_ANSWER_WORDS = 120;

/**
 * A problem answered by one check of a troubleshooting page whose sections are each a check ("Check
 * the channel", "Check the connection", "Check that you are a CRMPro user") gets the other checks
 * too: which one fails is what the asker does not know ("the slack bot doesn't answer", "it ignores
 * us in #sales"). The answering check comes first as answered, then each other check's first
 * sentence with its heading, in the page's order, with their sources, as long as the reply stays
 * short. Unchanged for any other answer.
 */
export function withOtherChecks(
  result: KnowledgeAnswer,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): KnowledgeAnswer {
  const source = result.sources[0];
  if (result.noAnswer || !source?.section || !CHECK_HEADING.test(lastHeadingOf(source.section)))
    return result;
  const checks = sectionsOf(source.path).filter(
    (passage) => passage.source.section && CHECK_HEADING.test(lastHeadingOf(passage.source.section)),
  );
  if (checks.length < MIN_CHECKS) return result;
  const lines = [result.answer];
  const sources = [source];
  for (const check of checks) {
    if (check.source.section === source.section) continue;
    const first = check.text.trim().split(/(?<=[.!?])\s+|\n/)[0];
    if (!first) continue;
    const line = `${lastHeadingOf(check.source.section!)}: ${first}`;
    if (words([...lines, line].join(' ')) > MAX_ANSWER_WORDS) continue;
    lines.push(line);
    sources.push(check.source);
  }
  if (lines.length === 1) return result;
  const others = result.sources.filter(
    (known) => !sources.some((used) => used.path === known.path && used.section === known.section),
  );
  return { ...result, answer: lines.join('\n'), sources: [...sources, ...others] };
}

function lastHeadingOf(section: string): string {
  return section.split(' › ').pop()!;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
