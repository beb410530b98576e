import type { AccountSegment, SegmentMembers, SegmentMovementResult } from '../../skills/segments';
import type { SegmentSizes } from '../intents/segment-sizes';
import { countryWithArticle } from '../../vocabulary';
import type { Reply, ReplyListItem } from '../reply';
import { formatMoney } from './format';
import { ownedElsewhereReply } from './limited-replies';

/** "Acme Corporation is in Champions (1 of 7): ..." with the figures behind it. */
export function accountSegmentReply(result: AccountSegment): Reply {
  if (result.access === 'limited') return ownedElsewhereReply(result);
  const { account, segment, figures } = result;
  if (!segment || !figures) {
    return {
      title: account.name,
      text: `${account.name} has no purchases on record, so it is not in a customer segment yet.`,
      buttons: [{ title: 'What to pitch', value: `what should I pitch to ${account.name}?` }],
    };
  }
  const spend = moneyOf(figures.spend, figures.currency);
  const lastOrder =
    figures.daysSinceLastOrder === 0
      ? 'today'
      : `${figures.daysSinceLastOrder} day${figures.daysSinceLastOrder === 1 ? '' : 's'} ago`;
  const change =
    result.monthAgo && result.monthAgo !== segment.name
      ? ` A month ago it was in ${result.monthAgo}.`
      : result.monthAgo
        ? ' Same segment as a month ago.'
        : '';
  return {
    title: `${account.name}: ${segment.name}`,
    text:
      `${account.name} is in ${segment.name} (segment ${segment.rank} of ${segment.of} by expected spend, ${segment.members} accounts): ${segment.description}. ` +
      `Last order ${lastOrder}, ${figures.orders} order${figures.orders === 1 ? '' : 's'}, ${spend} spent.${change}` +
      (segment.action ? `\nSuggested: ${segment.action}.` : ''),
    facts: [
      { label: 'Segment', value: `${segment.name} (${segment.rank} of ${segment.of})` },
      { label: 'Last order', value: lastOrder },
      { label: 'Orders', value: String(figures.orders) },
      { label: 'Spend', value: spend },
      ...(result.monthAgo ? [{ label: 'A month ago', value: result.monthAgo }] : []),
      { label: 'As of', value: result.asOf },
    ],
    buttons: [
      { title: `List ${segment.name}`, value: `list ${segment.name}` },
      { title: 'What to pitch', value: `what should I pitch to ${account.name}?` },
    ],
  };
}

/** The accounts of a segment (biggest spenders first) with the whole list attached as CSV. */
export function segmentMembersReply(result: SegmentMembers): Reply {
  const segments = result.group
    ? `${result.group} customers (${result.segments.join(' + ')})`
    : result.segments.join(' + ');
  const where = result.country
    ? ` in ${countryWithArticle(result.country)}`
    : result.region
      ? ` in ${result.region}`
      : '';
  const label = `${segments}${where}`;
  // What to do with them: each segment's suggested action ("Need attention: send a limited-time offer …").
  const suggested = (result.actions ?? [])
    .map((a) => `\nSuggested for ${a.segment} (${a.description}): ${a.action}.`)
    .join('');
  const whose = result.limitedTo ? ` (${result.limitedTo})` : '';
  // No segment of this run is called At risk: say which segments the words were read as.
  const readAs = result.group
    ? `No segment is called ${result.group} right now, so these are the customers of the segments that are slipping away: ${result.segments.join(', ')}.\n`
    : '';
  if (result.total === 0) {
    return {
      title: label,
      text: `${readAs}No accounts${whose} are in ${label} right now (as of ${result.asOf}). Segments: ${result.available.join(', ')}.${suggested}`,
      buttons: result.available
        .slice(0, 4)
        .map((s) => ({ title: s, value: `list ${s}${result.region ? ` in ${result.region}` : ''}` })),
    };
  }
  const items: ReplyListItem[] = result.members.map((m) => ({
    title: m.name,
    subtitle: `${[m.region, m.country].filter(Boolean).join(' · ')}${m.region || m.country ? ' · ' : ''}last order ${m.daysSinceLastOrder} days ago · ${m.orders} orders`,
    value: moneyOf(m.spend, m.currency),
  }));
  const shown =
    result.members.length < result.total ? `the top ${result.members.length} by spend` : 'all of them';
  return {
    title: label,
    text: `${readAs}${result.total} account${result.total === 1 ? '' : 's'}${whose} in ${label} as of ${result.asOf}; ${shown}:\n${items.map((i) => `• ${i.title} — ${i.value} (${i.subtitle})`).join('\n')}\nThe full list is attached as ${result.export.name}.${suggested}`,
    lists: [{ title: label, items }],
    files: [
      {
        name: result.export.name,
        contentType: 'text/csv',
        table: { columns: result.export.columns, rows: result.export.rows },
      },
    ],
  };
}

/** Every segment's size: "Champions: 21 accounts, Potential loyalists: 41, …", with a button to list each. */
export function segmentSizesReply(result: SegmentSizes): Reply {
  const where = result.region ? ` in ${result.region}` : '';
  const whose = result.limitedTo ? ` (${result.limitedTo})` : '';
  const total = result.sizes.reduce((sum, s) => sum + s.accounts, 0);
  const items: ReplyListItem[] = result.sizes.map((s) => ({
    title: s.segment,
    value: `${s.accounts} account${s.accounts === 1 ? '' : 's'}`,
  }));
  return {
    title: `Segments${where}`,
    text:
      `${total} account${total === 1 ? '' : 's'}${whose}${where} in ${result.sizes.length} segments as of ${result.asOf}, highest value first:\n` +
      items.map((i) => `• ${i.title}: ${i.value}`).join('\n'),
    lists: [{ title: `Segments${where}`, items }],
    buttons: result.sizes.slice(0, 4).map((s) => ({
      title: `List ${s.segment}`,
      value: `list ${s.segment}${result.region ? ` in ${result.region}` : ''}`,
    })),
  };
}

/** Who moved between segments, and the overall picture. */
export function segmentMovementsReply(result: SegmentMovementResult): Reply {
  // "At risk" read as the slipping segments: "the At risk segments (Need attention or About to sleep)".
  const named = (segments: string[], group?: string) =>
    group ? `the ${group} segments (${segments.join(' or ')})` : segments.join(' or ');
  const what = result.toSegments
    ? `moved to ${named(result.toSegments, result.toGroup)}${result.fromSegments ? ` from ${named(result.fromSegments, result.fromGroup)}` : ''}`
    : result.fromSegments
      ? `moved out of ${named(result.fromSegments, result.fromGroup)}`
      : result.direction
        ? `moved ${result.direction} a segment or more`
        : 'changed segment';
  const period = `since ${result.since}`;
  const whose = result.limitedTo ? ` (${result.limitedTo})` : '';
  if (result.total === 0) {
    return {
      title: `Segment moves ${period}`,
      text: `No accounts${whose} ${what} ${period} (to ${result.until}).`,
    };
  }
  const items: ReplyListItem[] = result.moves.map((m) => ({
    title: m.name,
    subtitle: `${m.from === 'none' ? 'new customer' : m.from} → ${m.to}`,
  }));
  const more = result.total > result.moves.length ? ` (showing ${result.moves.length})` : '';
  const note =
    result.sinceSource === 'reconstructed'
      ? ` Segments on ${result.since} were rebuilt from the orders before that day.`
      : '';
  return {
    title: `Segment moves ${period}`,
    text: `${result.total} account${result.total === 1 ? '' : 's'}${whose} ${what} ${period}${more}:\n${items.map((i) => `• ${i.title}: ${i.subtitle}`).join('\n')}${note}`,
    lists: [{ title: `${what} ${period}`, items }],
    buttons: result.toSegments
      ? [{ title: `List ${result.toSegments[0]}`, value: `list ${result.toSegments[0]}` }]
      : undefined,
  };
}

function moneyOf(amount: number, currency?: string): string {
  return currency ? formatMoney(amount, currency) : amount.toFixed(2);
}
