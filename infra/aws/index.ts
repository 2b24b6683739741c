// `sitrep/cdk`: the reusable construct, its stack and app helpers.
export {
  FUNCTION_NAMES,
  PUBLISHED_EVENT_TYPES,
  SitrepPipeline,
  type FunctionName,
  type SitrepPipelineProps,
  type SubscribeOptions,
} from './pipeline.ts';
export { SitrepStack, createApp, type CreateAppOptions, type SitrepStackProps } from './stack.ts';
export { registrySchemas, toDraft4, type RegistrySchema } from './event-schemas.ts';
export { AUTO_SCALING_TARGET_PERCENT, DEFAULT_CAPACITY, type CapacityRange, type TableBilling } from './tables.ts';
