import { Schema, schemaOptions } from './common';
import type { Timestamps } from '../../vocabulary';

/** What an agent checkpoint document holds: a saved step, a write of a step, or an open confirmation. */
export const AGENT_CHECKPOINT_KINDS = ['checkpoint', 'write', 'confirmation'] as const;

/**
 * One document of the LLM agent's saved state (LangGraph checkpoints), so a change the agent
 * proposed and the person has not yet confirmed survives a restart. Values are kept as the
 * checkpointer serialised them (`type` + base64 `data`). Every document expires at `expiresAt`:
 * MongoDB's TTL monitor deletes it, and the checkpointer purges and ignores expired ones on any engine.
 */
export interface AgentCheckpointRecord extends Timestamps {
  _id: string;
  kind: (typeof AGENT_CHECKPOINT_KINDS)[number];
  threadId: string;
  checkpointNs: string;
  checkpointId?: string;
  parentCheckpointId?: string;
  /** For writes: the task that wrote, its path, the write's index and channel. */
  taskId?: string;
  taskPath?: string;
  idx?: number;
  channel?: string;
  /** The serialiser's type tag of `data`. */
  type?: string;
  data?: string;
  /** For checkpoints: the serialised metadata (type tag and base64). */
  metadataType?: string;
  metadata?: string;
  expiresAt: Date;
}

export const agentCheckpointSchema = new Schema<AgentCheckpointRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: AGENT_CHECKPOINT_KINDS, required: true },
    threadId: { type: String, required: true },
    checkpointNs: { type: String, default: '' },
    checkpointId: { type: String },
    parentCheckpointId: { type: String },
    taskId: { type: String },
    taskPath: { type: String },
    idx: { type: Number },
    channel: { type: String },
    type: { type: String },
    data: { type: String },
    metadataType: { type: String },
    metadata: { type: String },
    expiresAt: { type: Date, required: true },
  },
  schemaOptions,
);
agentCheckpointSchema.index({ threadId: 1, checkpointNs: 1, checkpointId: -1 });
// MongoDB deletes documents once expiresAt has passed; the embedded engine keeps a plain index for the purge.
agentCheckpointSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
