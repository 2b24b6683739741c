import type { LogEvent } from '../events/envelope.ts';
import type { ReadModelFilter, ReadModelName, ReadModelStore } from '../ports.ts';
import { applyToFacts, emptyFacts, type Facts } from './facts.ts';
import { filterRows } from './filter.ts';
import { projectModel } from './project.ts';

/** The read models in memory: facts merged on `apply`, rows projected on `query`. For tests and one-shot runs. */
export class InMemoryReadModelStore implements ReadModelStore {
  #facts: Facts = emptyFacts;

  /** The merged facts (read-only view). */
  get facts(): Facts {
    return this.#facts;
  }

  async apply(events: LogEvent[]): Promise<void> {
    this.#facts = applyToFacts(this.#facts, events);
  }

  async query(model: ReadModelName, filter?: ReadModelFilter): Promise<Array<Record<string, unknown>>> {
    return filterRows(model, projectModel(this.#facts, model), filter);
  }

  async clear(): Promise<void> {
    this.#facts = emptyFacts;
  }
}
