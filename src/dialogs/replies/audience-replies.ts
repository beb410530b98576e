import type {
  AudienceExport,
  AudienceSpendChange,
  AudienceSummary,
  AudienceView,
} from '../../skills/audiences';
import { definitionInWords } from '../intents/audience-definition';
import type { Reply, ReplyListItem } from '../reply';
import { formatCalendarDay, formatMoney, formatMoneyList } from './format';

const SHOWN = 10;

function money(spend: Record<string, number>): string {
  return formatMoneyList(Object.entries(spend).map(([currency, amount]) => ({ amount, currency })));
}

/** A built, shown or refreshed audience: its definition, size, contacts and biggest spenders. */
export function audienceReply(view: AudienceView, verb: 'built' | 'shown' | 'refreshed'): Reply {
  const items: ReplyListItem[] = view.members.slice(0, SHOWN).map((m) => ({
    title: m.accountName,
    subtitle: `${[m.region, m.segment].filter(Boolean).join(' · ')} · ${m.contactIds.length} contact${m.contactIds.length === 1 ? '' : 's'}`,
    value: formatMoney(m.spend, m.currency),
  }));
  const head =
    verb === 'built'
      ? `Saved the audience "${view.name}"`
      : verb === 'refreshed'
        ? `Refreshed "${view.name}"`
        : `Audience "${view.name}"`;
  const change = view.change
    ? ` Against the build of ${formatCalendarDay(view.change.previousBuiltAt)} (${view.change.previousSize} accounts): ${view.change.added} joined, ${view.change.removed} left; the earlier build is kept in its history.`
    : '';
  const hidden = view.hiddenMembers
    ? ` ${view.hiddenMembers} more are other teams' accounts you don't see.`
    : '';
  const text =
    `${head}: ${definitionInWords(view.definition)} — ${view.size} account${view.size === 1 ? '' : 's'}, ${view.contacts} contact${view.contacts === 1 ? '' : 's'}, ${money(view.spendAtBuild)} spent to date (built ${formatCalendarDay(view.builtAt)}).${change}${hidden}` +
    (items.length
      ? `\n${view.members.length > SHOWN ? `Top ${SHOWN} by spend` : 'Members'}:\n${items.map((i) => `• ${i.title} — ${i.value} (${i.subtitle})`).join('\n')}`
      : '');
  return {
    title: view.name,
    text,
    facts: [
      { label: 'Definition', value: definitionInWords(view.definition) },
      { label: 'Accounts', value: String(view.size) },
      { label: 'Contacts', value: String(view.contacts) },
      { label: 'Built', value: formatCalendarDay(view.builtAt) },
    ],
    ...(items.length ? { lists: [{ title: view.name, items }] } : {}),
    buttons: [
      { title: 'Export CSV', value: `export the audience "${view.name}" to CSV` },
      { title: 'Spend since', value: `how did the "${view.name}" audience's spend change since?` },
    ],
  };
}

/** The saved audiences. */
export function audienceListReply(audiences: readonly AudienceSummary[]): Reply {
  if (!audiences.length)
    return {
      text: 'There are no audiences yet. Try "build an audience of champions in EMEA who haven\'t bought in 90 days".',
    };
  const items = audiences.map((a) => ({
    title: a.name,
    subtitle: `${definitionInWords(a.definition)} · built ${formatCalendarDay(a.builtAt)}${a.builds > 1 ? ` (${a.builds} builds)` : ''}`,
    value: `${a.size} accounts`,
  }));
  return {
    title: 'Audiences',
    text: `${audiences.length} audience${audiences.length === 1 ? '' : 's'}:\n${items.map((i) => `• ${i.title} — ${i.value} (${i.subtitle})`).join('\n')}`,
    lists: [{ title: 'Audiences', items }],
  };
}

/** Spend since the build against as many days before it. */
export function audienceSpendReply(change: AudienceSpendChange): Reply {
  const built = formatCalendarDay(change.builtAt);
  if (change.days < 1)
    return {
      title: change.name,
      text: `"${change.name}" was built today (${built}); there is no spend since to compare yet. Ask again in a few days.`,
    };
  const currencies = [...new Set([...Object.keys(change.since), ...Object.keys(change.before)])];
  const lines = currencies.map((currency) => {
    const since = change.since[currency] ?? 0;
    const before = change.before[currency] ?? 0;
    const pct =
      before > 0 ? ` (${since >= before ? '+' : ''}${Math.round(((since - before) / before) * 100)}%)` : '';
    return `• ${currency}: ${formatMoney(since, currency)} since, ${formatMoney(before, currency)} before${pct}`;
  });
  const hidden = change.hiddenMembers ? ` (${change.hiddenMembers} members you don't see left out)` : '';
  return {
    title: `${change.name}: spend since ${built}`,
    text:
      `Spend of the ${change.members} members of "${change.name}"${hidden} in the ${change.days} days since it was built (${built}), against the ${change.days} days before: ` +
      `${money(change.since)} since vs ${money(change.before)} before; ${change.buyersSince} member${change.buyersSince === 1 ? '' : 's'} bought since, ${change.buyersBefore} before.` +
      (lines.length ? `\n${lines.join('\n')}` : ''),
    facts: [
      { label: 'Since the build', value: money(change.since) },
      { label: `${change.days} days before`, value: money(change.before) },
      { label: 'Members who bought since', value: String(change.buyersSince) },
    ],
  };
}

/** The audience's contacts as a CSV file, and how many were left out and why. */
export function audienceExportReply(result: AudienceExport): Reply {
  const left = [
    `${result.optedOut} opted out of marketing e-mail`,
    ...(result.withoutEmail ? [`${result.withoutEmail} without an e-mail address`] : []),
    ...(result.leftCompany ? [`${result.leftCompany} no longer at the company`] : []),
  ];
  const hidden = result.hiddenMembers
    ? ` ${result.hiddenMembers} accounts whose contacts you don't see are not in it.`
    : '';
  return {
    title: `${result.name}: export`,
    text: `${result.rows.length} contact${result.rows.length === 1 ? '' : 's'} of "${result.name}" are in ${result.fileName}. Left out: ${left.join(', ')}.${hidden}`,
    files: [
      {
        name: result.fileName,
        contentType: 'text/csv',
        table: { columns: result.columns, rows: result.rows },
      },
    ],
  };
}
