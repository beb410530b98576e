import type { ConversationState, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { Caller, SkillRunner } from '../skills/skill';
import { greetingReply } from './capabilities';
import type { ConversationMemory } from './conversation-memory';
import { BriefingDialog, briefingHandler } from './intents/briefing-dialog';
import {
  crmWriteDialogs,
  crmWriteHandlers,
  RESTARTABLE_DIALOGS,
  startOverActiveDialog,
} from './intents/crm-write-handlers';
import { digestHandler } from './intents/digest-handler';
import { insightHandlers } from './intents/insight-handlers';
import { leadConversionHandler } from './intents/lead-conversion-handler';
import { accountsToCallHandler } from './intents/accounts-to-call-handler';
import { catchUpHandler } from './intents/catch-up-handler';
import { audienceHandlers } from './intents/audience-handlers';
import { caseDialogs, caseHandlers } from './intents/case-handlers';
import { churnHandler } from './intents/churn-handler';
import type { IntentHandler } from './intents/intent-handler';
import { knowledgeHandler } from './intents/knowledge-handler';
import { dataExportHandler } from './intents/data-export-handler';
import { dataProfileHandler } from './intents/data-profile-handler';
import { revenueConcentrationHandler } from './intents/revenue-concentration-handler';
import { teamRosterHandler } from './intents/team-roster-handler';
import { userAdminHandler } from './intents/user-admin-handler';
import { selfDialogs, selfHandler } from './intents/self-handler';
import { productSalesHandler } from './intents/product-sales-handler';
import { bulkEmailHandler } from './intents/bulk-email-handler';
import { auditLogHandler } from './intents/audit-log-handler';
import { privacyRequestHandler } from './intents/privacy-request-handler';
import { recordQueryHandler } from './intents/record-query-handler';
import { salesHandlers } from './intents/sales-handlers';
import { smallTalkHandlers } from './intents/small-talk';
import { visitorFrontDesk } from './intents/visitor-front-desk';
import { demoRequestCapability, handoffRequestHandler } from './intents/visitor-handoff-handler';
import { VisitorLeadDialog } from './intents/visitor-lead-dialog';
import type { Reply } from './reply';
import { crmTurn, replyActivity } from './turn-state';
import { RootDialog } from './root-dialog';
import type { Understander } from './routing/understanding';

const CANCEL = /^(?:cancel|stop|never\s*mind|nevermind|forget\s+it|quit|abort|start\s+over)[\s!.]*$/i;
const START_OVER = /^(?:start\s+over|start\s+again|restart|from\s+the\s+top)[\s!.]*$/i;

/** Maximum length of a message the bot reads; longer ones are refused with an explanation. */
export const MAX_MESSAGE_CHARS = 4_000;

export interface DialogRunnerOptions {
  skills: SkillRunner;
  understander: Understander;
  /** Handlers of features beyond the built-in briefing and small talk. */
  handlers?: readonly IntentHandler[];
  fallback?: IntentHandler;
  /** Wraps the handler of website visitors' messages (e.g. in their language-model budget). */
  guardVisitors?: (handler: IntentHandler) => IntentHandler;
}

/**
 * Runs a message turn through the dialogs: continues a dialog in progress (e.g. a question the
 * bot asked) or starts the root dialog; "cancel" abandons whatever is in progress.
 */
export class DialogRunner {
  private readonly dialogs: DialogSet;
  private readonly root: RootDialog;

  constructor(conversationState: ConversationState, options: DialogRunnerOptions) {
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    const memory = conversationState.createProperty<ConversationMemory>('memory');
    const handlers = [
      briefingHandler,
      ...crmWriteHandlers,
      ...salesHandlers,
      ...insightHandlers,
      knowledgeHandler,
      recordQueryHandler,
      handoffRequestHandler,
      demoRequestCapability,
      digestHandler,
      leadConversionHandler,
      ...audienceHandlers,
      churnHandler,
      ...caseHandlers,
      dataExportHandler,
      dataProfileHandler,
      revenueConcentrationHandler,
      teamRosterHandler,
      userAdminHandler,
      selfHandler,
      productSalesHandler,
      bulkEmailHandler,
      auditLogHandler,
      privacyRequestHandler,
      accountsToCallHandler,
      catchUpHandler,
      ...(options.handlers ?? []),
      ...smallTalkHandlers(() => this.root.capabilities),
    ];
    this.root = new RootDialog({
      skills: options.skills,
      understander: options.understander,
      memory,
      handlers,
      dialogs: [
        new BriefingDialog(options.skills, memory),
        ...crmWriteDialogs({ skills: options.skills, understander: options.understander, memory }),
        new VisitorLeadDialog({ skills: options.skills, understander: options.understander, memory }),
        ...caseDialogs({ skills: options.skills, understander: options.understander, memory }),
        ...selfDialogs({ skills: options.skills, understander: options.understander, memory }),
        ...[...handlers, options.fallback].flatMap((handler) => handler?.dialogs?.(options.skills) ?? []),
      ],
      fallback: options.fallback,
      visitorHandler: options.guardVisitors?.(visitorFrontDesk) ?? visitorFrontDesk,
    });
    this.dialogs = new DialogSet(dialogState);
    this.dialogs.add(this.root);
  }

  /** The greeting for someone who just joined: what this caller can ask. */
  greeting(caller: Caller): Reply {
    return greetingReply(this.root.capabilities, caller);
  }

  async run(context: TurnContext, text: string): Promise<void> {
    if (text.length > MAX_MESSAGE_CHARS) {
      await context.sendActivity(
        replyActivity({
          text: `That message is too long for me (${text.length} characters; the limit is ${MAX_MESSAGE_CHARS}). Could you shorten it?`,
        }),
      );
      return;
    }
    const dc = await this.dialogs.createContext(context);
    // "start over" in a form-like dialog (log a call, create a lead, ...) restarts it empty.
    if (START_OVER.test(text) && dc.activeDialog && (await startOverActiveDialog(dc, RESTARTABLE_DIALOGS)))
      return;
    if (CANCEL.test(text) && dc.activeDialog) {
      await dc.cancelAllDialogs();
      await context.sendActivity(replyActivity({ text: 'Okay, cancelled. What next?' }));
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('root');
    else crmTurn(context).intent ??= 'dialog';
  }
}
