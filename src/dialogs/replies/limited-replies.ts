import type { LimitedView, OwnerLabel } from '../../skills/account-briefing';
import type { Reply } from '../reply';

/**
 * The answer about another team's account, deal or lead: what it is and who owns it, nothing more
 * ("Fabrikam Energy (Energy) is owned by Dana Kim, EMEA. …").
 */
export function ownedElsewhereReply(view: LimitedView): Reply {
  const owner = ownerText(view.owner);
  const what =
    view.record === 'account'
      ? `${view.account.name}${view.account.industry ? ` (${view.account.industry})` : ''}`
      : view.record === 'deal'
        ? `The deal "${view.deal.name}" at ${view.deal.accountName}`
        : `The lead ${view.lead.name}${view.lead.company ? ` (${view.lead.company})` : ''}`;
  const title =
    view.record === 'account' ? view.account.name : view.record === 'deal' ? view.deal.name : view.lead.name;
  const ask = view.owner ? ` Ask ${view.owner.name.split(' ')[0]} for more.` : '';
  return {
    title,
    text: `${what} is ${owner}. It belongs to another team, so that is all I can show you.${ask}`,
    facts: [
      ...(view.record === 'account' && view.account.industry
        ? [{ label: 'Industry', value: view.account.industry }]
        : []),
      {
        label: 'Owner',
        value: view.owner ? `${view.owner.name}${view.owner.team ? `, ${view.owner.team}` : ''}` : 'nobody',
      },
    ],
  };
}

function ownerText(owner: OwnerLabel | undefined): string {
  return owner ? `owned by ${owner.name}${owner.team ? `, ${owner.team}` : ''}` : 'not owned by anyone';
}
