import { accountsToCall, type AccountsToCall } from '../../skills/digests';
import type { Reply } from '../reply';
import type { IntentHandler } from './intent-handler';

/**
 * "Accounts to call (3 of your 12 accounts): • Acme Corporation — renewal closes in 12 days; no
 * contact for 41 days", the most pressing first; the same list as the weekly digest.
 */
export function accountsToCallReply(list: AccountsToCall): Reply {
  const title = 'Accounts to call';
  if (!list.accounts.length)
    return {
      title,
      text: `None of your ${list.ownedAccounts} accounts needs a call now: no renewal within ${list.renewalDays} days and every one contacted in the last ${list.noContactDays} days.`,
    };
  const items = list.accounts.map((account) => ({
    title: account.name,
    subtitle: account.reasons.map((reason) => reason.text).join('; '),
  }));
  const shown = list.accounts.length < list.total ? `, the first ${list.accounts.length}` : '';
  return {
    title,
    text: [
      `${title} (${list.total} of your ${list.ownedAccounts} accounts${shown}):`,
      ...items.map((item) => `• ${item.title} — ${item.subtitle}`),
    ].join('\n'),
    lists: [{ title, items }],
  };
}

/** "which accounts should i call today": the caller's own accounts worth a call, with the reasons. */
export const accountsToCallHandler: IntentHandler = {
  intents: ['accounts_to_call'],
  handle: async ({ caller, skills }) => accountsToCallReply(await skills.call(accountsToCall, {}, caller)),
};
