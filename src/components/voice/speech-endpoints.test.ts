import { describe, expect, it } from 'vitest';
import { PcmFramer } from './pcm-framer.ts';
import { type EndpointEvent, SpeechEndpoints } from './speech-endpoints.ts';

const FRAME = 320; // 20 ms at 16 kHz
const frame = (amplitude: number, hz = 220) => Int16Array.from({ length: FRAME }, (_, i) => Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * hz * i) / 16_000)));
const noise = (amplitude: number) => Int16Array.from({ length: FRAME }, (_, i) => Math.round(amplitude * 32767 * (((i * 7919) % 200) / 100 - 1)));

function run(detector: SpeechEndpoints, frames: Int16Array[]): Array<[number, EndpointEvent]> {
  const events: Array<[number, EndpointEvent]> = [];
  frames.forEach((f, i) => {
    const event = detector.push(f);
    if (event) events.push([i, event]);
  });
  return events;
}

describe('SpeechEndpoints', () => {
  it('finds the start and the end of an utterance in a noisy room', () => {
    const frames = [
      ...Array.from({ length: 50 }, () => noise(0.004)), // a second of room noise (the first 200 ms calibrate)
      ...Array.from({ length: 75 }, () => frame(0.2)), // 1.5 s of speech
      ...Array.from({ length: 10 }, () => noise(0.004)), // a breath: not the end
      ...Array.from({ length: 25 }, () => frame(0.2)),
      ...Array.from({ length: 60 }, () => noise(0.004)),
    ];
    const events = run(new SpeechEndpoints({ frameMs: 20 }), frames);
    expect(events.map(([, e]) => e)).toEqual(['speech-start', 'speech-end']);
    expect(events[0]?.[0]).toBe(50 + 5); // after 120 ms of sound
    expect(events[1]?.[0]).toBe(50 + 75 + 10 + 25 + 40 - 1); // after 800 ms of silence
  });

  it('ignores a click, gives up when nothing is said, and cuts an endless utterance', () => {
    const click = [...Array.from({ length: 12 }, () => noise(0.003)), ...Array.from({ length: 3 }, () => frame(0.5)), ...Array.from({ length: 400 }, () => noise(0.003))];
    expect(run(new SpeechEndpoints({ frameMs: 20, maxWaitMs: 5_000 }), click)).toEqual([[249, 'no-speech']]);
    const endless = [...Array.from({ length: 10 }, () => noise(0.003)), ...Array.from({ length: 1000 }, () => frame(0.3))];
    expect(run(new SpeechEndpoints({ frameMs: 20, maxUtteranceMs: 2_000 }), endless).map(([, e]) => e)).toEqual(['speech-start', 'speech-end']);
  });

  it('learns a loud room and does not take its noise for speech', () => {
    const loudRoom = Array.from({ length: 300 }, () => noise(0.03));
    expect(run(new SpeechEndpoints({ frameMs: 20, maxWaitMs: 60_000 }), loudRoom)).toEqual([]);
  });
});

describe('PcmFramer', () => {
  it('turns 48 kHz float chunks of any size into 20 ms frames at 16 kHz', () => {
    const framer = new PcmFramer(48_000);
    const second = Float32Array.from({ length: 48_000 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 48_000));
    const frames: Int16Array[] = [];
    for (let at = 0; at < second.length; at += 1000) frames.push(...framer.push(second.subarray(at, at + 1000)));
    expect(frames).toHaveLength(50);
    expect(frames.every((f) => f.length === 320)).toBe(true);
    const peak = Math.max(...frames.flatMap((f) => [...f]));
    expect(peak).toBeGreaterThan(15_000); // 0.5 of full scale, a little lower after averaging
    expect(peak).toBeLessThanOrEqual(16_384);
  });

  it('keeps 44.1 kHz timing exact over many chunks', () => {
    const framer = new PcmFramer(44_100);
    let frames = 0;
    for (let i = 0; i < 441; i += 1) frames += framer.push(new Float32Array(1000)).length; // 10 s
    expect(frames).toBeGreaterThanOrEqual(499);
    expect(frames).toBeLessThanOrEqual(500);
  });
});
