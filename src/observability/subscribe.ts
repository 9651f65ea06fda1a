import type { Logger } from 'pino';
import type { OpsEventMap, OpsEvents } from './events.ts';

/**
 * Listens to one ops event. The listener runs inside the emitter's call, so an exception would surface in the
 * code that raised the event (a chat turn, a refresh): it is logged here instead, and the event's source
 * carries on. Returns the function that stops listening.
 */
export function subscribe<K extends keyof OpsEventMap>(
  events: OpsEvents,
  name: K,
  log: Logger,
  handle: (...args: OpsEventMap[K]) => void,
): () => void {
  const listener = (...args: OpsEventMap[K]) => {
    try {
      handle(...args);
    } catch (error) {
      log.error({ err: error, opsEvent: name }, 'ops event listener failed');
    }
  };
  // EventEmitter's generic listener type does not narrow per key; the map above is the contract
  events.on(name, listener as never);
  return () => {
    events.off(name, listener as never);
  };
}
