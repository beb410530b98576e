import type { TurnContext } from 'botbuilder';

/** Why a visitor is being handed to a person. */
export type HandoffReason = 'asked' | 'no-answers';

/** What became of a request for a person. */
export type HandoffOutcome = 'opened' | 'already-open' | 'unavailable';

/**
 * What a channel that can bring a person into the conversation (the website widget) offers the
 * dialogs for the turn: open a hand-off for this visitor. Channels without one leave it unset,
 * and the dialogs then treat nobody as available.
 */
export interface HandoffRequester {
  request(options: {
    reason: HandoffReason;
    /** The e-mail of the rep who owns the visitor's account, when known. */
    ownerEmail?: string;
    /** Who the visitor said they are (lead capture), e.g. "Ada Lovelace (ada@initech.com, Initech)". */
    visitor?: string;
    /** What the visitor wants a person for (a reply drafted in the hand-off answers it until they say more). */
    question?: string;
  }): Promise<HandoffOutcome>;
}

const HANDOFF_REQUESTER_KEY = Symbol('crmpro.handoffRequester');

/** Set by a channel before the turn runs: how this conversation reaches a person. */
export function offerHandoffs(context: TurnContext, requester: HandoffRequester): void {
  context.turnState.set(HANDOFF_REQUESTER_KEY, requester);
}

/** The turn's way to a person, when its channel has one. */
export function handoffRequesterOf(context: TurnContext): HandoffRequester | undefined {
  return context.turnState.get(HANDOFF_REQUESTER_KEY) as HandoffRequester | undefined;
}
