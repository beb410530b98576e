import type { Reply } from '../../dialogs/reply';
import { INTERACTION_TYPES, type InteractionType } from '../../vocabulary';
import { header, renderBlockKit, section, type SlackBlock } from '../render/block-kit';

/** The callback id of the "Log call" modal and the action/shortcut ids that open it. */
export const LOG_CALL_VIEW = 'crm_log_call';
export const LOG_CALL_ACTION = 'crm_log_call_open';
export const LOG_CALL_SHORTCUT = 'crm_log_call';
/** The action id of the "End hand-off" button the hand-off desk posts in its threads. */
export const HANDOFF_END_ACTION = 'handoff_end';
/** The action id of the "Draft a reply" button the hand-off desk posts in its threads. */
export { DRAFT_REPLY_ACTION_ID as HANDOFF_DRAFT_ACTION } from '../handoff/slack-handoff-desk';

/** What a rep fills in the "Log call" modal. */
export interface LogCallForm {
  type: InteractionType;
  account: string;
  contact?: string;
  when?: string;
  summary: string;
}

/** The block ids of the modal's inputs, by the log-interaction skill's field they fill. */
export const LOG_CALL_BLOCKS = {
  account: 'account',
  contact: 'contact',
  type: 'type',
  when: 'when',
  summary: 'summary',
} as const;

const KIND_LABELS: Record<InteractionType, string> = {
  call: 'Call',
  email: 'E-mail',
  meeting: 'Meeting',
  note: 'Note',
  chat: 'Chat',
};

/** The "Log call" modal: account, contact (optional), kind, day (optional) and summary. */
export function logCallModal(today: string): Record<string, unknown> {
  const option = (type: InteractionType) => ({
    text: { type: 'plain_text', text: KIND_LABELS[type] },
    value: type,
  });
  const input = (blockId: string, label: string, element: Record<string, unknown>, optional = false) => ({
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    element: { ...element, action_id: 'value' },
  });
  return {
    type: 'modal',
    callback_id: LOG_CALL_VIEW,
    title: { type: 'plain_text', text: 'Log a call' },
    submit: { type: 'plain_text', text: 'Log it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      input(LOG_CALL_BLOCKS.account, 'Account', {
        type: 'plain_text_input',
        max_length: 200,
        placeholder: { type: 'plain_text', text: 'e.g. Initech' },
      }),
      input(
        LOG_CALL_BLOCKS.contact,
        'With whom',
        {
          type: 'plain_text_input',
          max_length: 200,
          placeholder: { type: 'plain_text', text: 'e.g. Jane Park' },
        },
        true,
      ),
      input(LOG_CALL_BLOCKS.type, 'Kind', {
        type: 'static_select',
        options: INTERACTION_TYPES.map(option),
        initial_option: option('call'),
      }),
      input(LOG_CALL_BLOCKS.when, 'When', { type: 'datepicker', initial_date: today }, true),
      input(LOG_CALL_BLOCKS.summary, 'What was it about?', {
        type: 'plain_text_input',
        multiline: true,
        max_length: 4000,
      }),
    ],
  };
}

type ViewState = Record<
  string,
  Record<
    string,
    { value?: string | null; selected_date?: string | null; selected_option?: { value: string } | null }
  >
>;

/** The form a submitted "Log call" modal carries (from the view's state). */
export function logCallFormOf(values: ViewState): LogCallForm {
  const field = (block: string) => values[block]?.value;
  const text = (block: string) => field(block)?.value?.trim() || undefined;
  const type = field(LOG_CALL_BLOCKS.type)?.selected_option?.value;
  return {
    type: (INTERACTION_TYPES as readonly string[]).includes(type ?? '') ? (type as InteractionType) : 'call',
    account: text(LOG_CALL_BLOCKS.account) ?? '',
    summary: text(LOG_CALL_BLOCKS.summary) ?? '',
    ...(text(LOG_CALL_BLOCKS.contact) ? { contact: text(LOG_CALL_BLOCKS.contact) } : {}),
    ...(field(LOG_CALL_BLOCKS.when)?.selected_date
      ? { when: field(LOG_CALL_BLOCKS.when)!.selected_date! }
      : {}),
  };
}

/** A button that opens the "Log call" modal. */
export function logCallButton(): SlackBlock {
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: LOG_CALL_ACTION,
        style: 'primary',
        text: { type: 'plain_text', text: 'Log call', emoji: true },
      },
    ],
  };
}

/** The most blocks a Home tab takes. */
const MAX_HOME_BLOCKS = 100;

/**
 * The App Home tab: a greeting, the "Log call" button, then each section's reply (the rep's
 * pipeline, their top leads) drawn as Block Kit, as the bot core answered it for them.
 */
export function homeView(greeting: string, sections: readonly Reply[]): Record<string, unknown> {
  const blocks: SlackBlock[] = [header(greeting), logCallButton()];
  for (const reply of sections) {
    blocks.push({ type: 'divider' });
    blocks.push(...renderBlockKit(reply).blocks);
  }
  return { type: 'home', blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}

/** The Home tab of a Slack user who is nobody in the CRM. */
export function strangerHomeView(message: string): Record<string, unknown> {
  return { type: 'home', blocks: [header('CRMPro'), section(message)] };
}
