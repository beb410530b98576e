import type { PersonRow, RecordQueryResult } from '../../skills/query-records';
import type { DealType, RecordQuery } from '../../vocabulary';
import { formatCalendarDay, formatDate, formatMoneyList } from '../replies/format';
import type { Reply } from '../reply';

const TYPE_NAMES: Record<DealType, string> = {
  new_business: 'new business',
  upsell: 'upsell',
  renewal: 'renewal',
};

/** The deal types a question narrowed to, as words before "deals": "renewal", "new business or upsell"; '' for any. */
export function dealTypesWords(query: RecordQuery): string {
  return (query.dealTypes ?? []).map((type) => TYPE_NAMES[type]).join(' or ');
}

/** Who a ranking is about, as a phrase: "open pipeline", "won deals", "open renewal deals". */
function rankedWhat(query: RecordQuery): string {
  const types = dealTypesWords(query);
  const of = types ? ` (${types})` : '';
  if (query.status === 'won') return `won business${of}`;
  if (query.status === 'lost') return `lost business${of}`;
  return query.rankBy === 'count' ? `open ${types ? `${types} ` : ''}deals` : `open pipeline${of}`;
}

/** "1 deal", "93 deals". */
function dealCount(n: number): string {
  return `${n} deal${n === 1 ? '' : 's'}`;
}

/** One group of a ranking (an owner, a region): its name, deal count and totals by currency. */
type RankedGroup = NonNullable<RecordQueryResult['owners']>[number];

/**
 * Groups ranked by their deals: "<first> has the biggest <what> (<scope>): N deals worth …", then
 * every group with its count and totals under `amountHeading` ("By amount") or "By number of deals".
 */
function groupRankingReply(
  groups: readonly RankedGroup[],
  query: RecordQuery,
  result: RecordQueryResult,
  filters: string,
  amountHeading: string,
): Reply {
  const what = rankedWhat(query);
  const where = `${filters ? ` ${filters}` : ''} (${result.scopeLabel})`;
  const first = groups[0];
  if (!first) return { text: `No ${what}${where}.` };
  const most =
    query.rankBy === 'count'
      ? query.order === 'smallest'
        ? 'the fewest'
        : 'the most'
      : query.order === 'smallest'
        ? 'the smallest'
        : 'the biggest';
  return {
    text: [
      `${first.name} has ${most} ${what}${where}: ${dealCount(first.count)} worth ${formatMoneyList(first.totals)}.`,
      ...(groups.length > 1
        ? [
            query.rankBy === 'count' ? 'By number of deals:' : `${amountHeading}:`,
            ...groups.map(
              (g, i) => `${i + 1}. ${g.name} — ${dealCount(g.count)}, ${formatMoneyList(g.totals)}`,
            ),
          ]
        : []),
    ].join('\n'),
  };
}

/**
 * Regions ranked by their accounts' deals: "NA has the biggest open pipeline (everyone): 93 deals
 * worth $5.8M", then every region with its count and totals. Amounts in other currencies are shown
 * beside the main one, never converted: the reply says so when they are there.
 */
export function regionRankingReply(query: RecordQuery, result: RecordQueryResult, filters: string): Reply {
  const heading = `By amount${notConverted(result.regions ?? [], result)}`;
  return groupRankingReply(result.regions ?? [], query, result, filters, heading);
}

/**
 * Accounts ranked by their deals: "Globex has the biggest won business over all time (your deals):
 * 12 deals worth $1.2M", then the first accounts (ten unless asked) with their counts and totals.
 * Won business with no period said is over all time, as an account's lifetime value is.
 */
export function accountRankingReply(query: RecordQuery, result: RecordQueryResult, filters: string): Reply {
  const shown = result.accountsRanked ?? [];
  const allTime = query.status === 'won' && !query.closedFrom ? `${filters ? ' ' : ''}over all time` : '';
  const of = result.groups ?? shown.length;
  const heading =
    (shown.length < of
      ? `The ${query.order === 'smallest' ? 'smallest' : 'biggest'} ${shown.length} of ${of} accounts`
      : 'By amount') + notConverted(shown, result);
  return groupRankingReply(shown, query, result, `${filters}${allTime}`, heading);
}

/** When a ranking's groups hold several currencies: which one it is ranked in, the others not converted. */
function notConverted(groups: readonly RankedGroup[], result: RecordQueryResult): string {
  if (result.totals.length < 2) return '';
  const main = groups[0]?.totals[0]?.currency ?? result.totals[0]?.currency ?? 'USD';
  return ` in ${main} (other currencies beside it, not converted)`;
}

/**
 * Owners ranked by their deals: "Sam Rivera has the biggest open pipeline (team Enterprise): 42
 * deals worth $3.4M", then every owner with their count and totals.
 */
export function ownerRankingReply(query: RecordQuery, result: RecordQueryResult, filters: string): Reply {
  return groupRankingReply(result.owners ?? [], query, result, filters, 'By amount');
}

const TYPE_WORDS: Record<string, [string, string]> = {
  call: ['call', 'calls'],
  email: ['email', 'emails'],
  meeting: ['meeting', 'meetings'],
  note: ['note', 'notes'],
  chat: ['chat', 'chats'],
};

function typesWord(query: RecordQuery, n: number): string {
  const types = query.interactionTypes ?? [];
  if (types.length === 1) return TYPE_WORDS[types[0]!]![n === 1 ? 0 : 1];
  return n === 1 ? 'interaction' : 'interactions';
}

/**
 * Interactions counted or listed: "41 meetings (your deals' people: Sam Rivera), 1–30 Nov 2026",
 * with the split by type when several types count, and the latest ones for a list.
 */
export function activityReply(query: RecordQuery, result: RecordQueryResult, timezone: string): Reply {
  const period = !(query.occurredFrom && query.occurredTo)
    ? ''
    : query.occurredFrom === query.occurredTo
      ? `, on ${formatCalendarDay(query.occurredFrom)}`
      : `, ${formatCalendarDay(query.occurredFrom)} – ${formatCalendarDay(query.occurredTo)}`;
  const whose = result.scopeLabel === 'your deals' ? 'yours' : result.scopeLabel;
  const split =
    (query.interactionTypes?.length ?? 0) !== 1 && result.total
      ? `: ${Object.entries(result.interactionTypes ?? {})
          .sort((a, b) => b[1] - a[1])
          .map(([type, n]) => `${n} ${TYPE_WORDS[type]?.[n === 1 ? 0 : 1] ?? type}`)
          .join(', ')}`
      : '';
  const head = `${result.total} ${typesWord(query, result.total)} (${whose}${period})${split}.`;
  const rows = result.interactions ?? [];
  if (query.aggregate === 'count' || !rows.length) return { text: head };
  return {
    text: [
      head + (result.total > rows.length ? ` The latest ${rows.length}:` : ''),
      ...rows.map(
        (i) =>
          `• ${formatDate(new Date(i.occurredAt), timezone)} · ${i.type}${i.accountName ? ` · ${i.accountName}` : ''} — ${i.summary}${i.byName && whose !== 'yours' ? ` (${i.byName})` : ''}`,
      ),
    ].join('\n'),
  };
}

/** One person's asked field, with what a reader must know before using it (opted out, left the company). */
/** The kind of interaction asked for, as the reply names it: "e-mail", "call", "meeting"; "interaction" for any. */
function interactionKindSaid(types: RecordQuery['interactionTypes']): string {
  if (types?.length !== 1) return 'interaction';
  return types[0] === 'email' ? 'e-mail' : types[0]!;
}

function personLine(
  person: PersonRow,
  field: RecordQuery['field'],
  timezone: string,
  types?: RecordQuery['interactionTypes'],
): string {
  const at = person.accountName ? ` at ${person.accountName}` : '';
  const left = person.leftOn
    ? ` ${person.name} left ${person.accountName ?? 'the company'} on ${formatCalendarDay(person.leftOn)}.`
    : '';
  switch (field) {
    case 'title':
      return `${person.name}${at}: ${person.title ?? 'no title on record'}${person.buyingRole ? ` (${person.buyingRole.replace(/_/g, ' ')})` : ''}.${left}`;
    case 'employer':
      // Someone who left is no longer there, whatever the record still says ("is jane still at initech").
      return person.leftOn
        ? `${person.name} no longer works for ${person.accountName ?? 'that company'}: left on ${formatCalendarDay(person.leftOn)}${person.title ? ` (was ${person.title})` : ''}.`
        : `${person.name} works for ${person.accountName ?? 'an account you cannot see'}${person.title ? ` (${person.title})` : ''}.`;
    case 'email': {
      const address = person.email ? `e-mail ${person.email}` : 'no e-mail address you can see';
      const consent = person.emailOptOut
        ? ` They opted out of e-mail: don't send them marketing e-mail.`
        : person.leftOn
          ? ''
          : ' They have not opted out of e-mail.';
      return `${person.name}${at}: ${address}.${consent}${left}`;
    }
    case 'phone': {
      const number = person.phone ? `phone ${person.phone}` : 'no phone number you can see';
      const consent = person.phoneOptOut ? ' They asked not to be called.' : '';
      return `${person.name}${at}: ${number}.${consent}${left}`;
    }
    case 'lastInteraction': {
      const last = person.lastInteraction;
      const kind = interactionKindSaid(types);
      return last
        ? `Last ${kind} with ${person.name}${at}: ${kind === 'interaction' ? `${last.type} on ` : ''}${formatDate(new Date(last.occurredAt), timezone)} — ${last.summary}.${left}`
        : `No ${kind}s with ${person.name}${at} that you can see.${left}`;
    }
    default:
      return `${person.name}${at}${person.title ? `, ${person.title}` : ''}.${left}`;
  }
}

/** Who a person is: title and buying role, company, and how to reach them (with their consent). */
function overviewLine(person: PersonRow): string {
  const role = person.buyingRole ? ` (${person.buyingRole.replace(/_/g, ' ')})` : '';
  const job = `${person.title ?? 'no title on record'}${role}`;
  const reach = [
    person.email ? `e-mail ${person.email}${person.emailOptOut ? ' (opted out of e-mail)' : ''}` : undefined,
    person.phone
      ? `phone ${person.phone}${person.phoneOptOut ? ' (asked not to be called)' : ''}`
      : undefined,
  ].filter(Boolean);
  const left = person.leftOn
    ? ` ${person.name} left ${person.accountName ?? 'the company'} on ${formatCalendarDay(person.leftOn)}.`
    : '';
  return `${person.name} — ${job}${person.accountName ? ` at ${person.accountName}` : ''}.${reach.length ? ` ${reach.join(', ')}.` : ''}${left}`;
}

/** The field asked of one or several people ("what's David Nguyen's title", "can we email her?"), or who they are. */
export function peopleReply(
  query: RecordQuery,
  people: readonly PersonRow[],
  timezone: string,
  overview = false,
): Reply {
  if (!people.length) return { text: "I can't find that person among the contacts you can see." };
  const lines = people.map((p) =>
    overview ? overviewLine(p) : personLine(p, query.field, timezone, query.interactionTypes),
  );
  if (lines.length === 1) return { text: lines[0]! };
  return { text: ['Several people match:', ...lines.map((l) => `• ${l}`)].join('\n') };
}
