import { exportRecords } from '../../skills/data-export';
import type { Skill } from '../../skills/skill';
import { exportRequestOf } from '../routing/export-requests';
import type { IntentHandler } from './intent-handler';

/**
 * "export the contacts", "can I get the deals as a csv": the chat sends no files, so an admin or an
 * analyst (the roles of the export skill) is told the command that writes one; anyone else is told
 * plainly that exports are for admins and analysts.
 */
export const dataExportHandler: IntentHandler = {
  intents: ['data_export'],
  capability: {
    skill: exportRecords as Skill<never, unknown>,
    summary: 'tell you how to export CRM records as CSV, JSON Lines or Parquet',
    examples: ['export the contacts', 'can I get the deals as a csv?'],
  },
  handle: async ({ text, caller, skills }) => {
    if (!skills.mayCall(exportRecords as Skill<never, unknown>, caller))
      return {
        text: "I can't export CRM data for you: exports are for admins and analysts. Ask your administrator if you need a file.",
      };
    const request = exportRequestOf(text) ?? { format: 'csv' as const };
    const collection = request.collection ?? 'COLLECTION';
    const out = `${request.collection ?? 'records'}.${request.format === 'jsonl' ? 'jsonl' : request.format}`;
    return {
      text:
        `I can't send files in chat, but the command line writes them (for admins and analysts only):\n` +
        `crmpro export ${collection} --format ${request.format} --out ${out} --as YOUR_EMAIL\n` +
        (request.collection
          ? ''
          : 'COLLECTION is one of accounts, contacts, leads, deals, interactions, orders, cases. ') +
        '--format is csv, jsonl or parquet; --out is the file to write. Each export is recorded in the audit log.',
    };
  },
};
