import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './place-map.css';
import type { DrawnMap, MapDrawing, MapPin } from './map-types.ts';

/**
 * The map of an answer's places, drawn with Leaflet. This module is loaded on demand (load-map.ts), never with the
 * page: Leaflet and its styles are about 45 KB gzip that a question without places does not need.
 *
 * Pins are DOM elements (divIcon), so they, the anchor and the scale show without any tile, e.g. offline. Each pin
 * is a button (Leaflet gives it tabindex 0 and role="button"); its name is the card's number and title, and Enter,
 * Space, a click or a tap choose it. The map itself takes no focus (Leaflet's keyboard panning is off): it shows
 * every pin at once, the zoom buttons zoom, and the list beside it stays the primary view.
 */
export function drawPlaceMap(element: HTMLElement, drawing: MapDrawing): DrawnMap {
  const { pins, anchor, tileUrl, labels, onSelect } = drawing;
  const map = L.map(element, { zoomControl: false, attributionControl: false, keyboard: false, scrollWheelZoom: false });
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  L.control.scale({ imperial: false, maxWidth: 120 }).addTo(map);
  if (tileUrl) {
    L.control.attribution({ prefix: false }).addTo(map);
    L.tileLayer(tileUrl, { minZoom: 5, maxZoom: 18, attribution: creditHtml(labels.tilesCredit, labels.tilesCreditUrl, labels.opensInNewTab) }).addTo(map);
  }

  // the view first: Leaflet adds a layer to a map without one only later, and the pins' names are set on adding
  const points: L.LatLngExpression[] = [...pins.map((pin): L.LatLngTuple => [pin.lat, pin.lon]), ...(anchor ? [[anchor.lat, anchor.lon] as L.LatLngTuple] : [])];
  map.fitBounds(L.latLngBounds(points), { padding: [36, 36], maxZoom: 17 });
  if (anchor) {
    const label = document.createElement('span');
    label.textContent = anchor.label; // a tooltip's string content is HTML: text goes in as a node
    L.marker([anchor.lat, anchor.lon], { icon: L.divIcon({ className: 'map-anchor', iconSize: [18, 18] }), interactive: false, keyboard: false })
      .bindTooltip(label, { permanent: true, direction: 'right', offset: [8, 0], className: 'map-anchor-label' })
      .addTo(map);
  }
  for (const pin of pins) addPin(map, pin, onSelect);
  return { remove: () => map.remove() };
}

function addPin(map: L.Map, pin: MapPin, onSelect: (number: number) => void): void {
  const name = `${pin.number}. ${pin.title}`;
  const marker = L.marker([pin.lat, pin.lon], {
    icon: L.divIcon({ className: 'map-pin', html: `<span aria-hidden="true">${pin.number}</span>`, iconSize: [30, 30], iconAnchor: [15, 38] }),
    title: name,
    riseOnHover: true,
  });
  marker.on('click', () => onSelect(pin.number));
  marker.addTo(map);
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute('aria-label', name);
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault(); // Space would scroll the page
    onSelect(pin.number);
  });
}

/** The tiles' credit as Leaflet's attribution control wants it (HTML), built from text so nothing is interpreted. */
function creditHtml(text: string, href: string, newTab: string): string {
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = text;
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = newTab;
  link.append(hint);
  return link.outerHTML;
}
