'use client';

import { type PageLang, uiStrings } from '../i18n/page-languages.ts';
import { PinIcon } from './icons.tsx';
import type { GeoState } from './use-geolocation.ts';

/**
 * "Use my location": a toggle. While pressed, every question carries the device's location; pressing it again
 * forgets the location. The line beside it says what is happening, politely, in the user's language.
 */
export function LocationButton({ lang, state, onLocate, onStop }: { lang: PageLang; state: GeoState; onLocate: () => void; onStop: () => void }) {
  const t = uiStrings(lang);
  const on = state.kind === 'on';
  const message = {
    off: '',
    locating: t.locating,
    on: t.locationOn,
    denied: t.locationDenied,
    error: t.locationError,
    unsupported: t.locationUnsupported,
  }[state.kind];
  return (
    <div className="location">
      <button type="button" className="location-button" aria-pressed={on} onClick={on ? onStop : onLocate} aria-describedby="location-status">
        <PinIcon />
        {t.useLocation}
      </button>
      <p id="location-status" role="status" className={`location-status location-status--${state.kind}`}>
        {message}
      </p>
    </div>
  );
}
