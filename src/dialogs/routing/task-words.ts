/**
 * Words shared by the task requests ("remind me to …", `task-requests`) and the task changes
 * ("mark the qbr task done", `task-change-requests`).
 */

/** Words of politeness before the request ("hey", "pls", "can you", "can u"). */
export const POLITE = String.raw`(?:(?:hey|hi|ok|okay|so|please|pls|plz|can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|crm|@crm)[,\s]+)*`;
