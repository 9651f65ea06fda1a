import type { Logger } from 'pino';
import type { OpsEventMap, OpsEvents } from './events.ts';
import { subscribe } from './subscribe.ts';

type BreakerState = OpsEventMap['breaker'][0]['state'];

/** The last known state of every circuit breaker, from the `breaker` ops events (readiness reports them). */
export class BreakerStates {
  private readonly states = new Map<string, BreakerState>();
  private readonly off: () => void;

  constructor(events: OpsEvents, log: Logger) {
    this.off = subscribe(events, 'breaker', log, ({ name, state }) => {
      // bounded by the breakers the code creates; the guard keeps a misbehaving emitter from growing it
      if (this.states.has(name) || this.states.size < 20) this.states.set(name, state);
    });
  }

  /** Breaker name → state; a breaker never reported is closed. */
  snapshot(): Record<string, BreakerState> {
    return Object.fromEntries(this.states);
  }

  /** Stops listening. */
  close(): void {
    this.off();
  }
}
