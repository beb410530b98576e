/** Keys of values the bot core puts in a turn's state for dialogs to read. */
export const CALLER_KEY = Symbol('crmpro.caller');
