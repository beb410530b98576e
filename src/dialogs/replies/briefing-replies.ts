import type { AccountBriefing } from '../../skills/account-briefing';
import type { Reply, ReplyListItem } from '../reply';
import type { AccountProfileField } from '../understanding/account-profile-fields';
import {
  formatMoney,
  formatMoneyList,
  formatMoneyListWithExact,
  formatPercent,
  formatRelative,
  formatStage,
  formatCalendarDay,
} from './format';
import { ownedElsewhereReply } from './limited-replies';

/** What the person asked about the account: everything, its deals, or its people. */
export type BriefingFocus = 'overview' | 'deals' | 'contacts' | 'revenue' | 'profile';

/** Open deals an overview shows (the rest are counted, and a request for the deals lists them). */
const OVERVIEW_DEALS = 8;
/** Open deals a request for the account's deals lists; more are counted, never dropped silently. */
const LISTED_DEALS = 25;

/**
 * Renders a briefing as a reply, leading with what was asked; another team's account is named with
 * its owner only, and parts the caller may not see (deals, interactions) are left out.
 */
export function briefingReply(
  briefing: AccountBriefing,
  focus: BriefingFocus,
  now: Date,
  /** Kept for callers: close dates are calendar days, shown the same in every time zone. */
  _timeZone: string,
  /** With focus `profile`: the fields of the account's profile asked, in the order said. */
  fields: readonly AccountProfileField[] = [],
): Reply {
  if (briefing.access === 'limited') return ownedElsewhereReply(briefing);
  const { account } = briefing;
  const openDeals = briefing.openDeals ?? [];
  const contacts = briefing.contacts ?? [];
  const profile = [
    account.industry,
    account.size ? `${account.size} employees` : undefined,
    account.region,
    account.country,
  ]
    .filter(Boolean)
    .join(' · ');
  const facts = [
    { label: 'Status', value: account.status },
    ...(account.domain ? [{ label: 'Domain', value: account.domain }] : []),
    ...(profile ? [{ label: 'Profile', value: profile }] : []),
    ...(briefing.owner ? [{ label: 'Owner', value: briefing.owner.name }] : []),
    ...(briefing.openDeals
      ? [
          {
            label: 'Open pipeline',
            value: `${formatMoneyList(briefing.openPipeline ?? [])} (${openDeals.length} ${openDeals.length === 1 ? 'deal' : 'deals'})`,
          },
          { label: 'Won, last 12 months', value: formatMoneyList(briefing.wonLastYear ?? []) },
        ]
      : []),
    ...(briefing.recentInteractions
      ? [
          {
            label: 'Last interaction',
            value: briefing.lastInteractionAt
              ? formatRelative(briefing.lastInteractionAt, now)
              : 'none recorded',
          },
        ]
      : []),
  ];
  const dealsShown = focus === 'deals' ? LISTED_DEALS : OVERVIEW_DEALS;
  const dealItems: ReplyListItem[] = openDeals.slice(0, dealsShown).map((deal) => ({
    title: deal.name,
    subtitle: `${formatStage(deal.stage)} · closes ${formatCalendarDay(deal.closeDate)}`,
    value: formatMoney(deal.amount, deal.currency),
  }));
  const contactItems: ReplyListItem[] = contacts.map((contact) => ({
    title: contact.name,
    subtitle: [
      contact.title,
      contact.buyingRole ? formatStage(contact.buyingRole) : undefined,
      contact.email,
      contact.phone,
      contact.leftAt ? `left ${formatCalendarDay(contact.leftAt)}` : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const interactionItems: ReplyListItem[] = (briefing.recentInteractions ?? []).map((interaction) => ({
    title: `${interaction.type} ${formatRelative(interaction.occurredAt, now)}${interaction.by ? ` (${interaction.by})` : ''}`,
    subtitle: interaction.summary,
  }));

  const openDealsLine = !briefing.openDeals
    ? undefined
    : openDeals.length
      ? `${openDeals.length} open deal${openDeals.length === 1 ? '' : 's'} worth ${formatMoneyListWithExact(briefing.openPipeline ?? [])}`
      : 'no open deals';
  // The list's title says when it holds only the first of the deals counted above.
  const dealsTitle =
    dealItems.length < openDeals.length
      ? `Open deals (the first ${dealItems.length} of ${openDeals.length}${focus === 'deals' ? '' : `; ask "open deals for ${account.name}" for all`})`
      : 'Open deals';
  // Someone who left the company is no one's main contact, whatever the record's primary flag says.
  const firstContact = contacts.find((contact) => !contact.leftAt);
  const contactCount = briefing.contactCount ?? 0;
  const summary =
    focus === 'deals'
      ? openDealsLine
        ? `${account.name} has ${openDealsLine}.`
        : `${account.name}'s deals are for its sales team to see.`
      : focus === 'profile'
        ? profileAnswer(account, fields)
        : focus === 'revenue'
          ? account.annualRevenue !== undefined
            ? `${account.name}'s annual revenue (turnover): ${revenueWords(account.annualRevenue)} (${account.annualRevenue.toLocaleString('en-US')} USD, as recorded on the account)${profile ? `; ${profile}` : ''}.`
            : `${account.name} has no annual revenue recorded.`
          : focus === 'contacts'
            ? firstContact
              ? `Our main contact at ${account.name} is ${firstContact.name}${firstContact.title ? ` (${firstContact.title})` : ''}${firstContact.email ? `, ${firstContact.email}` : ''}. ${contactCount} contact${contactCount === 1 ? '' : 's'} in total${contacts.length < contactCount ? `; the first ${contacts.length} are shown, main contacts first (ask for a role or a name for the others, or export the contacts)` : ''}.`
              : contacts.length
                ? `None of our ${contactCount} contact${contactCount === 1 ? '' : 's'} at ${account.name} is still there: they left the company.`
                : `We have no contacts at ${account.name} yet.`
            : `${account.name}${profile ? ` (${profile})` : ''}: ${account.status}, owned by ${briefing.owner?.name ?? 'nobody'}${openDealsLine ? `, ${openDealsLine}` : ''}.`;

  const lists =
    focus === 'revenue' || focus === 'profile'
      ? []
      : focus === 'deals'
        ? [{ title: dealsTitle, items: dealItems }]
        : focus === 'contacts'
          ? [{ title: 'Contacts', items: contactItems }]
          : [
              ...(dealItems.length ? [{ title: dealsTitle, items: dealItems }] : []),
              ...(contactItems.length ? [{ title: 'Key contacts', items: contactItems.slice(0, 4) }] : []),
              ...(interactionItems.length ? [{ title: 'Recent interactions', items: interactionItems }] : []),
            ];

  // "Churn risk 34% (high): fewer interactions (down 60% …), champion left (Jane Doe)".
  const risk = briefing.churnRisk;
  const churnLine =
    risk && focus === 'overview'
      ? `Churn risk ${formatPercent(risk.probability)} (${risk.level})${risk.reasons.length ? `: ${risk.reasons.join(', ')}` : ''}.`
      : undefined;
  return {
    title: account.name,
    text: [
      summary,
      ...(churnLine ? [churnLine] : []),
      ...lists.filter((l) => l.items.length).map((l) => `${l.title}:\n${l.items.map(lineOf).join('\n')}`),
    ].join('\n\n'),
    facts,
    lists: lists.filter((l) => l.items.length > 0),
    buttons: [
      ...(focus !== 'deals' && briefing.openDeals
        ? [{ title: 'Open deals', value: `open deals for ${account.name}` }]
        : []),
      ...(focus !== 'contacts'
        ? [{ title: 'Contacts', value: `who is our contact at ${account.name}` }]
        : []),
      ...(focus !== 'overview' ? [{ title: 'Full briefing', value: `tell me about ${account.name}` }] : []),
    ],
  };
}

/** A company's annual revenue in US dollars, in words a person says: "$3.28B", "$42M" (the compact money form stops at millions). */
function revenueWords(amount: number): string {
  return amount >= 1e9 ? `$${Number((amount / 1e9).toPrecision(3))}B` : formatMoney(amount, 'USD');
}

function lineOf(item: ReplyListItem): string {
  return `• ${item.title}${item.value ? ` — ${item.value}` : ''}${item.subtitle ? `\n  ${item.subtitle}` : ''}`;
}

/**
 * The fields of an account's profile asked, each as recorded on the account, in the order asked:
 * "Willowview Logistics: industry Logistics; 3,700 employees (size band 1001-5000)." A field with
 * nothing recorded says so.
 */
function profileAnswer(
  account: Extract<AccountBriefing, { access: 'full' }>['account'],
  fields: readonly AccountProfileField[],
): string {
  const parts = fields.map((field) => {
    if (field === 'industry')
      return account.industry ? `industry ${account.industry}` : 'no industry recorded';
    if (field === 'size') {
      if (account.employees !== undefined)
        return `${account.employees.toLocaleString('en-US')} employees${account.size ? ` (size band ${account.size})` : ''}`;
      return account.size ? `${account.size} employees` : 'no company size recorded';
    }
    if (field === 'revenue')
      return account.annualRevenue !== undefined
        ? `annual revenue ${revenueWords(account.annualRevenue)} (${account.annualRevenue.toLocaleString('en-US')} USD)`
        : 'no annual revenue recorded';
    if (field === 'location') {
      const where = [account.country, account.region].filter(Boolean);
      return where.length ? `based in ${where.join(', ')}` : 'no country or region recorded';
    }
    if (field === 'website') return account.domain ? `website ${account.domain}` : 'no website recorded';
    return `status ${account.status}`;
  });
  return `${account.name}: ${parts.join('; ')}.`;
}
