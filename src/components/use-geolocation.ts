'use client';

import { useCallback, useRef, useState } from 'react';
import type { GeoPoint } from './chat-api.ts';

export type GeoState =
  | { kind: 'off' }
  | { kind: 'locating' }
  | { kind: 'on'; location: GeoPoint }
  | { kind: 'denied' | 'error' | 'unsupported' };

/** A phone outdoors may take a while for a first fix; a minute-old position is good enough for "nearest". */
const POSITION_OPTIONS: PositionOptions = { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 };

/**
 * 4 decimals is about 10 m: enough to rank the nearest shelter, and the server never needs the user's exact
 * position (it is personal data).
 */
const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

/** The device's location, asked only when the user presses the button, and forgotten when they stop it. */
export function useGeolocation() {
  const [state, setState] = useState<GeoState>({ kind: 'off' });
  const request = useRef(0);

  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setState({ kind: 'unsupported' });
      return;
    }
    const id = ++request.current;
    setState({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (id !== request.current) return; // stopped, or asked again, meanwhile
        setState({ kind: 'on', location: { lat: round(position.coords.latitude), lon: round(position.coords.longitude) } });
      },
      (error) => {
        if (id !== request.current) return;
        console.warn('geolocation failed', error.code, error.message);
        setState({ kind: error.code === error.PERMISSION_DENIED ? 'denied' : 'error' });
      },
      POSITION_OPTIONS,
    );
  }, []);

  const stop = useCallback(() => {
    request.current++;
    setState({ kind: 'off' });
  }, []);

  return { state, location: state.kind === 'on' ? state.location : undefined, locate, stop };
}
