'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../core/languages.ts';
import { fill } from '../../i18n/phrasebook.ts';
import { UI_STRINGS } from '../../i18n/ui-strings.ts';
import { MapIcon } from '../icons.tsx';
import { type LoadedMap, loadMap } from './load-map.ts';
import type { MapAnchor, MapPin } from './map-types.ts';

/** GSI's list of its tiles: its terms ask that the credit 「地理院タイル」 link there. */
const GSI_TILES_PAGE = 'https://maps.gsi.go.jp/development/ichiran.html';
/** Wide screens have room for the map: it starts open there, and closed on a phone, where the list comes first. */
const WIDE = '(min-width: 40rem)';

interface PlaceMapProps {
  /** The answer's language. */
  lang: Lang;
  pins: MapPin[];
  anchor?: MapAnchor;
  /** A pin was chosen: open its card. */
  onSelect: (number: number) => void;
}

/**
 * The button that shows and hides the map of an answer's places, and the map. Rendered as two grid items (the
 * button beside the places' heading, the map under it). The map's code is asked for as soon as an answer with places
 * appears, so opening it is immediate; it is drawn only while open.
 */
export function PlaceMap({ lang, pins, anchor, onSelect }: PlaceMapProps) {
  const t = UI_STRINGS[lang];
  const id = useId();
  const [open, setOpen] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(WIDE).matches === true);
  const [loaded, setLoaded] = useState<LoadedMap | 'failed'>();
  const canvas = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    loadMap().then(
      (map) => {
        if (current) setLoaded(map);
      },
      (error: unknown) => {
        console.warn('the map could not be loaded', error);
        if (current) setLoaded('failed');
      },
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!open || !loaded || loaded === 'failed' || !canvas.current) return;
    const labels = { zoomIn: t.zoomIn, zoomOut: t.zoomOut, tilesCredit: t.mapTiles, tilesCreditUrl: GSI_TILES_PAGE, opensInNewTab: t.opensInNewTab };
    const drawn = loaded.draw(canvas.current, { pins, anchor, labels, onSelect });
    return () => drawn.remove();
  }, [open, loaded, pins, anchor, onSelect, t]);

  return (
    <>
      <button type="button" className="secondary-button map-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((was) => !was)}>
        <MapIcon />
        {open ? t.hideMap : t.showMap}
      </button>
      <figure id={id} className="map-figure" hidden={!open} aria-label={fill(t.mapLabel, { count: pins.length })}>
        {loaded === 'failed' ? <p className="map-unavailable">{t.mapUnavailable}</p> : <div ref={canvas} className="map-canvas" />}
        <figcaption className="map-hint">{t.mapHint}</figcaption>
      </figure>
    </>
  );
}
