import { GEMINI_QUOTA, GEMINI_TURN, INSTANCE, REDIS_PER_TURN, USAGE } from './capacity-figures.ts';

export type InstanceFigures = typeof INSTANCE;
export type UsageAssumptions = { -readonly [K in keyof typeof USAGE]: number };

/** The load to size for: chat turns per second and open voice sockets, at the busiest minute. */
export interface Load {
  turnsPerSecond: number;
  voiceSockets: number;
  /** People with a conversation open, where the load was derived from people. */
  concurrentUsers: number;
}

export interface GeminiFigures {
  firstTokenSeconds: number;
  streamSeconds: number;
  inputTokens: number;
  outputTokens: number;
  share: number;
  requestsPerMinuteQuota: number;
  tokensPerMinuteQuota: number;
}

export const DEFAULT_GEMINI: GeminiFigures = {
  ...GEMINI_TURN,
  requestsPerMinuteQuota: GEMINI_QUOTA.requestsPerMinute,
  tokensPerMinuteQuota: GEMINI_QUOTA.tokensPerMinute,
};

export interface CapacityEstimate {
  load: Load;
  /** How long one turn holds a concurrency slot, on average. */
  slotSecondsPerTurn: number;
  /** Chat turns in progress at once (Little's law: rate × time in the system). */
  turnsInFlight: number;
  /** Concurrency slots in use: turns in flight plus open voice sockets. */
  slots: number;
  /** Instances for the slots at Cloud Run's 60 % target, and at the hard limit (every slot of every instance busy). */
  instancesAtTarget: number;
  instancesAtLimit: number;
  /** Instances for the CPU the turns need, at the same 60 % target. */
  instancesForCpu: number;
  /** What to run: the larger need, at least the floor; `overMax` when it is above the maximum of 20. */
  instances: number;
  overMax: boolean;
  bindingConstraint: 'concurrency' | 'cpu' | 'floor';
  /** The most chat turns per second the maximum instance count takes at the target (no voice). */
  turnsPerSecondAtMax: number;
  redis: { commandsPerSecond: number; roundTripsPerSecond: number };
  gemini: { requestsPerMinute: number; tokensPerMinute: number; requestQuotaShare: number; tokenQuotaShare: number };
}

/** Seconds a turn holds its slot: the model's time for the turns that call it, plus the server's own. */
export function slotSecondsPerTurn(gemini: GeminiFigures, instance: InstanceFigures = INSTANCE): number {
  const geminiSeconds = gemini.firstTokenSeconds + gemini.streamSeconds + instance.serverSecondsPerTurn;
  return gemini.share * geminiSeconds + (1 - gemini.share) * instance.cpuSecondsPerLocalTurn;
}

/** Instances whose slots, at the utilisation target, hold this many turns per second (and sockets). */
export function instancesForSlots(slots: number, instance: InstanceFigures = INSTANCE, utilisation: number = instance.utilisationTarget): number {
  return Math.ceil(slots / (instance.containerConcurrency * utilisation) - 1e-9);
}

/** The capacity needed for a load, and what it costs in Redis and Gemini. */
export function estimateCapacity(load: Load, gemini: GeminiFigures = DEFAULT_GEMINI, instance: InstanceFigures = INSTANCE, returningShare: number = USAGE.returningShare): CapacityEstimate {
  const slotSeconds = slotSecondsPerTurn(gemini, instance);
  const turnsInFlight = load.turnsPerSecond * slotSeconds;
  const slots = turnsInFlight + load.voiceSockets;
  const instancesAtTarget = instancesForSlots(slots, instance);
  const instancesAtLimit = instancesForSlots(slots, instance, 1);
  const cpuCores = load.turnsPerSecond * (gemini.share * instance.cpuSecondsPerGeminiTurn + (1 - gemini.share) * instance.cpuSecondsPerLocalTurn);
  const instancesForCpu = Math.ceil(cpuCores / (instance.cpuCoresForTurns * instance.utilisationTarget) - 1e-9);
  const instances = Math.max(instance.minInstances, instancesAtTarget, instancesForCpu);
  const bindingConstraint = instances === instance.minInstances && instancesAtTarget < instance.minInstances && instancesForCpu < instance.minInstances ? 'floor' : instancesAtTarget >= instancesForCpu ? 'concurrency' : 'cpu';
  const perTurn = (key: 'commands' | 'roundTrips') => returningShare * REDIS_PER_TURN.returning[key] + (1 - returningShare) * REDIS_PER_TURN.first[key];
  const requestsPerMinute = load.turnsPerSecond * gemini.share * 60;
  const tokensPerMinute = requestsPerMinute * (gemini.inputTokens + gemini.outputTokens);
  return {
    load,
    slotSecondsPerTurn: slotSeconds,
    turnsInFlight,
    slots,
    instancesAtTarget,
    instancesAtLimit,
    instancesForCpu,
    instances,
    overMax: instances > instance.maxInstances,
    bindingConstraint,
    turnsPerSecondAtMax: (instance.maxInstances * instance.containerConcurrency * instance.utilisationTarget) / slotSeconds,
    redis: {
      commandsPerSecond: load.turnsPerSecond * perTurn('commands') + Math.min(instances, instance.maxInstances) * REDIS_PER_TURN.perInstancePerSecond.commands,
      roundTripsPerSecond: load.turnsPerSecond * perTurn('roundTrips') + Math.min(instances, instance.maxInstances) * REDIS_PER_TURN.perInstancePerSecond.roundTrips,
    },
    gemini: {
      requestsPerMinute,
      tokensPerMinute,
      requestQuotaShare: requestsPerMinute / gemini.requestsPerMinuteQuota,
      tokenQuotaShare: tokensPerMinute / gemini.tokensPerMinuteQuota,
    },
  };
}

/** The busiest minute of a day with this many daily users. */
export function loadFromDailyUsers(dailyUsers: number, usage: UsageAssumptions = USAGE): Load {
  const turnsPerDay = dailyUsers * usage.sessionsPerUser * usage.turnsPerSession;
  const turnsPerSecond = ((turnsPerDay * usage.peakHourShare) / 3600) * usage.peakMinuteFactor;
  const concurrentUsers = (turnsPerSecond / usage.turnsPerSession) * usage.sessionMinutes * 60;
  return { turnsPerSecond, voiceSockets: concurrentUsers * usage.voiceShare, concurrentUsers };
}

/** This many people with a conversation open at once. */
export function loadFromConcurrentUsers(concurrentUsers: number, usage: UsageAssumptions = USAGE): Load {
  return { turnsPerSecond: concurrentUsers / usage.secondsBetweenTurns, voiceSockets: concurrentUsers * usage.voiceShare, concurrentUsers };
}

/** This many chat requests a second (every request counted as a turn: the worst case); voice sockets as given. */
export function loadFromRequestRate(requestsPerSecond: number, voiceSockets = 0): Load {
  return { turnsPerSecond: requestsPerSecond, voiceSockets, concurrentUsers: Number.NaN };
}
