// The outbox publisher: ports only (EventStore, EventBus), no AWS imports.
export {
  backoffDelay,
  entrySize,
  isPermanentError,
  MAX_BATCH_BYTES,
  MAX_BATCH_ENTRIES,
  MAX_ENTRY_BYTES,
  OutboxError,
  publishCommits,
  toBatches,
  toBusEvents,
  type EntryFailure,
  type OutboxErrorCode,
  type PublishOptions,
  type PublishReport,
  type RetryOptions,
} from './publish.ts';
export { DrainError, drainOutbox, type DrainOptions, type DrainReport } from './drain.ts';
