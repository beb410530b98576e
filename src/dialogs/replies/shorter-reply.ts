import type { Reply } from '../reply';

/** Rows kept under a headline that introduces a list ("19 open deals, worth $897k:"). */
const ROWS_KEPT = 3;

/**
 * An answer cut to its headline, for "shorter" and "tl;dr": its title and first line (with the first
 * rows when that line introduces them), its sources; no lists, facts, charts or buttons. A reply
 * already one line long is given as it is.
 */
export function shorterReply(reply: Reply): Reply {
  const lines = reply.text.split('\n').filter((line) => line.trim() !== '');
  const headline = lines[0] ?? reply.text;
  const rows = headline.trimEnd().endsWith(':')
    ? lines
        .slice(1)
        .filter((line) => /^\s*(?:[•\-*]|\d+\.)\s/.test(line))
        .slice(0, ROWS_KEPT)
    : [];
  const more = headline.trimEnd().endsWith(':') && lines.length - 1 > rows.length ? ['…'] : [];
  return {
    text: [headline, ...rows, ...more].join('\n'),
    ...(reply.title ? { title: reply.title } : {}),
    ...(reply.sources ? { sources: reply.sources } : {}),
  };
}
