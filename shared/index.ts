// The package's main entry: the contracts, the extractor and the EventBridge pattern matcher for subscribers.
export * from './events/contracts.ts';
export * from './events/article-records.ts';
export * from './events/envelope.ts';
export { extractEvents } from './extract/index.ts';
export { testEventPattern, InvalidEventPatternError } from './adapters/local/event-pattern/index.ts';
