import { z } from 'zod';
import { retrainLeadScore } from '../skills/lead-score';
import { crmSegmentsOf } from '../skills/segments';
import { purgeOldTranscripts } from '../skills/shared/transcript-retention';
import { defineJob, type Job, type JobSchedule } from './job';

/** The day a run belongs to, in UTC: one run per job and day. */
function dayOf(firedAt: Date): string {
  return firedAt.toISOString().slice(0, 10);
}

/** Retrains the lead and deal scoring model on the CRM's closed deals, once a day. */
export const retrainLeadScoreJob = defineJob({
  name: 'retrain-lead-score',
  description:
    'Retrain the lead/deal scoring model from the CRM (new version under lead-score/ in TRAINED_MODELS_DIR)',
  payload: z.object({}).strict(),
  keyOf: (_payload, firedAt) => dayOf(firedAt),
  run: async (_payload, { services }) => {
    const { model, dir } = await retrainLeadScore(services);
    return { version: model.version, dir };
  },
});

/**
 * Records every account's segment for the day, so "who moved from Loyal to At risk this month" is
 * answered from what the segments really were, even on days nobody asked.
 */
export const segmentSnapshotJob = defineJob({
  name: 'segment-snapshot',
  description: "Record today's customer segment of every account (segment history)",
  payload: z.object({}).strict(),
  keyOf: (_payload, firedAt) => dayOf(firedAt),
  run: async (_payload, { services }) => {
    const segments = await crmSegmentsOf(services);
    await segments.recordToday(services.store);
    return { day: dayOf(services.clock()), accounts: segments.segmentsNow().size };
  },
});

/** Removes transcripts older than TRANSCRIPT_RETENTION_DAYS (and conversation state untouched as long), once a day. */
export const purgeTranscriptsJob = defineJob({
  name: 'purge-old-transcripts',
  description: 'Remove conversation transcripts last active more than TRANSCRIPT_RETENTION_DAYS ago',
  payload: z.object({ retentionDays: z.number().int().min(1) }).strict(),
  keyOf: (_payload, firedAt) => dayOf(firedAt),
  run: (payload, { services }) => purgeOldTranscripts(services, payload.retentionDays),
});

/** Every job a worker can run. */
export const CRM_JOBS: Job<never>[] = [
  retrainLeadScoreJob as Job<never>,
  segmentSnapshotJob as Job<never>,
  purgeTranscriptsJob as Job<never>,
];

/** The recurring schedule of the CRM jobs, in the given time zone (no purge when retention is 0: forever). */
export function crmSchedules(timezone: string, transcriptRetentionDays = 0): JobSchedule[] {
  const purge: JobSchedule[] =
    transcriptRetentionDays > 0
      ? [
          {
            id: 'daily-transcript-purge',
            job: purgeTranscriptsJob as Job<unknown>,
            cron: '15 3 * * *',
            timezone,
            payload: { retentionDays: transcriptRetentionDays },
          },
        ]
      : [];
  return [
    ...purge,
    {
      id: 'nightly-lead-score',
      job: retrainLeadScoreJob as Job<unknown>,
      cron: '0 2 * * *',
      timezone,
      payload: {},
    },
    {
      id: 'daily-segment-snapshot',
      job: segmentSnapshotJob as Job<unknown>,
      cron: '30 0 * * *',
      timezone,
      payload: {},
    },
  ];
}
