import { isCrmError, ErrorCode } from '../../core/errors';
import { findAccount, findContact, findContacts, type AccountCandidate } from '../../skills/find-records';
import { nameOfLabel, type InteractionDraft } from './log-interaction-questions';
import { pickChoice, type SlotAnswer, type SlotTurn } from './slot-filling-dialog';

const NOBODY = /^(?:nobody|no one|noone|none|no contact|skip|nobody in particular|n\/a)[\s!.]*$/i;

/**
 * "log a call with Jane Park" without an account: the account of the one contact of that name,
 * when exactly one account has such a contact.
 */
export async function accountOfContactNamed(
  mention: string,
  turn: SlotTurn,
): Promise<{ id: string; name: string } | undefined> {
  const { matches: people } = await turn.skills.call(findContacts, { mention }, turn.caller);
  const accountIds = new Set(people.map((p) => p.accountId));
  const only = people[0];
  return only?.accountName && accountIds.size === 1
    ? { id: only.accountId, name: only.accountName }
    : undefined;
}

/** The answer to "which account?": one of the choices offered, else a new mention to resolve. */
export async function answerAccountQuestion(
  text: string,
  draft: InteractionDraft,
  turn: SlotTurn,
): Promise<SlotAnswer<InteractionDraft>> {
  if (draft.accountChoices) {
    const index = pickChoice(
      text,
      draft.accountChoices.map((c) => c.label),
    );
    const chosen = index === undefined ? undefined : draft.accountChoices[index];
    if (chosen)
      return {
        kind: 'filled',
        draft: {
          ...draft,
          account: { id: chosen.id, name: nameOfLabel(chosen.label) },
          accountChoices: undefined,
        },
      };
  }
  return resolveInteractionAccount({ ...draft, accountChoices: undefined }, text, turn);
}

/** The answer to "who was it with?": nobody, one of the choices offered, else a mention to resolve. */
export async function answerContactQuestion(
  text: string,
  draft: InteractionDraft,
  turn: SlotTurn,
): Promise<SlotAnswer<InteractionDraft>> {
  if (NOBODY.test(text.trim())) {
    return {
      kind: 'filled',
      draft: {
        ...draft,
        contact: 'none',
        contactChoices: undefined,
        contactMention: undefined,
        contactWanted: undefined,
      },
    };
  }
  if (draft.contactChoices) {
    const index = pickChoice(
      text,
      draft.contactChoices.map((c) => c.name),
    );
    const chosen = index === undefined ? undefined : draft.contactChoices[index];
    if (chosen)
      return {
        kind: 'filled',
        draft: { ...draft, contact: { id: chosen.id, name: chosen.name }, contactChoices: undefined },
      };
  }
  return resolveInteractionContact({ ...draft, contactChoices: undefined }, text, turn);
}

/** Resolves the account a mention names through find-account; asks back when several are close. */
export async function resolveInteractionAccount(
  draft: InteractionDraft,
  mention: string,
  turn: SlotTurn,
): Promise<SlotAnswer<InteractionDraft>> {
  try {
    const account = await turn.skills.call(findAccount, { mention }, turn.caller);
    return {
      kind: 'filled',
      draft: {
        ...draft,
        account: { id: account.id, name: account.name },
        accountMention: undefined,
        accountChoices: undefined,
      },
    };
  } catch (error) {
    if (isCrmError(error, ErrorCode.Ambiguous)) {
      const candidates = (error.details?.candidates ?? []) as AccountCandidate[];
      const accountChoices = candidates.map((c) => ({
        id: c.id,
        label: c.domain ? `${c.name} (${c.domain})` : c.name,
      }));
      return {
        kind: 'problem',
        problem: error.message,
        draft: { ...draft, accountMention: undefined, accountChoices },
      };
    }
    if (isCrmError(error, ErrorCode.NotFound) || isCrmError(error, ErrorCode.InvalidInput)) {
      return { kind: 'problem', problem: error.message, draft: { ...draft, accountMention: undefined } };
    }
    throw error;
  }
}

/** Resolves the contact at the account a mention names through find-contact(s). */
export async function resolveInteractionContact(
  draft: InteractionDraft,
  mention: string,
  turn: SlotTurn,
): Promise<SlotAnswer<InteractionDraft>> {
  const account = draft.account!;
  const { matches } = await turn.skills.call(findContacts, { mention, accountId: account.id }, turn.caller);
  if (matches.length > 1) {
    return {
      kind: 'problem',
      problem: `Several contacts at ${account.name} match "${mention}".`,
      draft: { ...draft, contactMention: undefined, contactChoices: matches },
    };
  }
  try {
    const named = await turn.skills.call(findContact, { account, mention }, turn.caller);
    return {
      kind: 'filled',
      draft: { ...draft, contact: named, contactMention: undefined, contactWanted: undefined },
    };
  } catch (error) {
    if (!isCrmError(error, ErrorCode.NotFound) && !isCrmError(error, ErrorCode.InvalidInput)) throw error;
    const anyone = ((error.details?.candidates ?? []) as unknown[]).length > 0;
    if (isCrmError(error, ErrorCode.NotFound) && !anyone) {
      // Nobody to choose from: say so and log it without a contact.
      const note = `${error.message} I'll log it without a contact.`;
      return {
        kind: 'filled',
        preface: [{ text: note }],
        draft: { ...draft, contact: 'none', contactMention: undefined, contactWanted: undefined },
      };
    }
    return {
      kind: 'problem',
      problem: error.message,
      draft: { ...draft, contactMention: undefined, contactWanted: true },
    };
  }
}
