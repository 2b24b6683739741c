// Limits of the `--stack` commands that their help texts print. Kept apart from the modules that use them, which load
// the AWS SDK's SQS and EventBridge clients: a local command or `--help` never loads those.

/** The most outbox commits `status` counts: beyond it the stack is far behind and the exact number does not help. */
export const STATUS_OUTBOX_CAP = 1000;

/** How long the queue keeps an event nobody received: a tail prints as it goes, so minutes suffice. */
export const TAIL_QUEUE_RETENTION_SECONDS = 600;
