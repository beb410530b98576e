import { checkEmail, checkPhone, type LeadSource } from '../../skills/create-lead';
import type { InteractionType } from '../../vocabulary';
import { CREATE_LEAD_DIALOG, type LeadDraft } from '../intents/create-lead-dialog';
import type { BeginDialog } from '../intents/intent-handler';
import { LOG_INTERACTION_DIALOG, type InteractionDraft } from '../intents/log-interaction-dialog';
import type { SlotDialogOptions } from '../intents/slot-filling-dialog';
import { UPDATE_DEAL_STAGE_DIALOG, type StageDraft } from '../intents/update-deal-stage-dialog';
import type { ProposedWrite } from './skill-tools';

/** The skills whose calls the model may only propose; the person confirms them in their dialog. */
export const CONFIRM_FIRST: ReadonlySet<string> = new Set([
  'log-interaction',
  'create-lead',
  'update-deal-stage',
]);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** Only the fields that have a value (drafts are stored as JSON; undefined keys are noise). */
function defined<T extends object>(draft: T): T {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as T;
}

/** The dialog that asks the person to confirm a change the model proposed, with the model's arguments as the draft. */
export function dialogForProposal(proposal: ProposedWrite): BeginDialog {
  const a = proposal.args;
  switch (proposal.skill) {
    case 'log-interaction': {
      const when = text(a.when);
      const draft: InteractionDraft = defined({
        type: text(a.type) as InteractionType | undefined,
        accountMention: text(a.account),
        contactMention: text(a.contact),
        summary: text(a.summary),
        when: when && /^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T12:00:00.000Z` : when,
      });
      return {
        beginDialog: LOG_INTERACTION_DIALOG,
        options: { draft } satisfies SlotDialogOptions<InteractionDraft>,
      };
    }
    case 'create-lead': {
      // Checked as the dialog checks typed answers: a bad address is asked again with the reason.
      const email = text(a.email) ? checkEmail(text(a.email)!) : undefined;
      const phone = text(a.phone) ? checkPhone(text(a.phone)!) : undefined;
      const problem = [email, phone].flatMap((c) => (c && 'problem' in c ? [c.problem] : [])).join(' ');
      const draft: LeadDraft = defined({
        name: text(a.name),
        company: text(a.company),
        email: email && 'address' in email ? email.address : undefined,
        phone: phone && 'e164' in phone ? phone.e164 : undefined,
        source: (text(a.source) as LeadSource | undefined) ?? 'outbound',
        contactProblem: problem || undefined,
      });
      return { beginDialog: CREATE_LEAD_DIALOG, options: { draft } satisfies SlotDialogOptions<LeadDraft> };
    }
    case 'update-deal-stage': {
      const deal = text(a.deal) ?? text(a.dealId);
      const account = text(a.account);
      const draft: StageDraft = defined({
        dealMention: deal && account && !/^[0-9a-f]{24}$/.test(deal) ? `${account} ${deal}` : deal,
        stage: text(a.stage) as StageDraft['stage'],
      });
      return {
        beginDialog: UPDATE_DEAL_STAGE_DIALOG,
        options: { draft } satisfies SlotDialogOptions<StageDraft>,
      };
    }
    default:
      throw new Error(`no dialog confirms ${proposal.skill}`);
  }
}
