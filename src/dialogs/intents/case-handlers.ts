import type { Dialog } from 'botbuilder-dialogs';
import { agentAssist } from '../../skills/agent-assist';
import { listCases, openCase, updateCase } from '../../skills/cases';
import { customerView } from '../../skills/customer-view';
import type { Skill } from '../../skills/skill';
import { isBackReference } from '../conversation-memory';
import { supportRequestOf } from '../routing/support-questions';
import { agentAssistReply, caseListReply, customerViewReply } from './case-replies';
import { CASE_CONFIRM_DIALOG, CaseConfirmDialog, type CaseDraft } from './case-confirm-dialog';
import type { IntentHandler } from './intent-handler';
import type { SlotDialogDependencies, SlotDialogOptions } from './slot-filling-dialog';

/** "open a case for Initech: login fails, high priority" / "close case 1042: fixed by reset": confirmed first. */
export const caseWriteHandler: IntentHandler = {
  intents: ['case_open', 'case_close'],
  capability: {
    skill: openCase as Skill<never, unknown>,
    summary: 'open and close support cases (I show the case and ask before saving)',
    examples: [
      'open a case for Initech: login fails for all users, high priority',
      'close case 1042: fixed by reset',
    ],
  },
  handle: async ({ text, caller, skills }) => {
    const request = supportRequestOf(text);
    if (request?.intent === 'case_open') {
      // Refused roles hear it now; the account is resolved (and named as the CRM spells it) before asking.
      if (!skills.mayCall(openCase as Skill<never, unknown>, caller))
        await skills.call(openCase, { subject: request.subject, account: request.account }, caller);
      const known = await skills.call(
        listCases,
        { scope: 'account', account: request.account, limit: 1 },
        caller,
      );
      const draft: CaseDraft = {
        action: 'open',
        account: known.account?.name ?? request.account,
        subject: request.subject,
        description: request.description,
        priority: request.priority,
      };
      return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
    }
    if (request?.intent === 'case_close') {
      if (!skills.mayCall(updateCase as Skill<never, unknown>, caller))
        await skills.call(updateCase, { number: request.number, note: request.resolution }, caller);
      const draft: CaseDraft = { action: 'close', number: request.number, resolution: request.resolution };
      return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
    }
    return {
      text: 'Tell me the account and the problem, e.g. "open a case for Initech: login fails, high priority", or "close case 1042: fixed by reset".',
    };
  },
};

/** "my open cases", "open cases for Initech", "which cases breach their SLA today?". */
export const caseListHandler: IntentHandler = {
  intents: ['case_list'],
  capability: {
    skill: listCases as Skill<never, unknown>,
    summary: 'list support cases: yours, an account’s, or those breaching their SLA today',
    examples: ['my open cases', 'open cases for Initech', 'which cases breach their SLA today?'],
  },
  handle: async ({ text, caller, skills, understanding }) => {
    const request = supportRequestOf(text);
    // Routed here for a named account in other words ("does Acme have anything open with us"): its cases.
    const account = understanding.accountMention;
    const input =
      request?.intent === 'case_list'
        ? request.scope === 'account'
          ? { scope: 'account' as const, account: request.account }
          : { scope: request.scope }
        : account && !isBackReference(account)
          ? { scope: 'account' as const, account }
          : { scope: 'mine' as const };
    return caseListReply(await skills.call(listCases, input, caller), caller.timezone);
  },
};

/** "customer view for Jane Cooper", "who is Jane Cooper". */
export const customerViewHandler: IntentHandler = {
  intents: ['customer_view'],
  capability: {
    skill: customerView as Skill<never, unknown>,
    summary: 'show a customer as support sees them: contact, preferences, interactions, cases, products',
    examples: ['customer view for Initech', 'who is Jane Cooper?'],
  },
  handle: async ({ text, caller, skills, understanding, memory }) => {
    const request = supportRequestOf(text);
    // Routed here for a named account in other words ("what has Acme bought from us"): that account.
    const account = understanding.accountMention;
    const who =
      request?.intent === 'customer_view'
        ? request.who
        : account && !isBackReference(account)
          ? account
          : text;
    const view = await skills.call(customerView, { who }, caller);
    // The person shown, by id, for "can we email her?" (record-query-handler's person fields).
    if (view.contact) {
      memory.lastContacts = [{ id: view.contact.id, name: view.contact.name }];
      memory.lastFocus = 'contacts';
    }
    return customerViewReply(view, caller.timezone);
  },
};

/** "the last message of case 1042", "case 1042": a question that is only a case reference. */
const CASE_REFERENCE =
  /^(?:(?:the\s+)?(?:last|latest)\s+(?:customer\s+)?(?:message|question|e-?mail)\s+(?:of|on|in|from)\s+)?case\s+#?(\d+)[\s?.!]*$/i;

/** "suggest a reply to: …", "how should I answer: …", "draft a reply to the last message of case 1042". */
export const agentAssistHandler: IntentHandler = {
  intents: ['agent_assist'],
  capability: {
    skill: agentAssist as Skill<never, unknown>,
    summary: "suggest a reply to a customer's question, with sources and similar resolved cases",
    examples: ['suggest a reply to: none of our users can log in with SSO'],
  },
  handle: async ({ text, caller, skills }) => {
    const request = supportRequestOf(text);
    const question = request?.intent === 'agent_assist' ? request.question : text;
    const caseNumber = CASE_REFERENCE.exec(question.trim())?.[1];
    const input = caseNumber ? { caseNumber: Number(caseNumber) } : { question };
    return agentAssistReply(await skills.call(agentAssist, input, caller));
  },
};

/** Support's handlers, for the dialog runner. */
export const caseHandlers: readonly IntentHandler[] = [
  caseWriteHandler,
  caseListHandler,
  customerViewHandler,
  agentAssistHandler,
];

/** The confirmation dialog the case writes begin, for the dialog runner. */
export function caseDialogs(deps: SlotDialogDependencies): Dialog[] {
  return [new CaseConfirmDialog(deps)];
}
