/** What the page asks the map to draw; kept apart from Leaflet so that the page's own code never imports it. */

/** A place on the map, numbered as its card in the list. */
export interface MapPin {
  number: number;
  lat: number;
  lon: number;
  /** The place's name as its card shows it. */
  title: string;
}

/** The point the distances are measured from: the user's location or the place asked about. */
export interface MapAnchor {
  lat: number;
  lon: number;
  label: string;
}

/** Every text the map shows, in the answer's language. */
export interface MapLabels {
  zoomIn: string;
  zoomOut: string;
  /** The tiles' credit (「地理院タイル」), linked to `tilesCreditUrl`. */
  tilesCredit: string;
  tilesCreditUrl: string;
  opensInNewTab: string;
}

export interface MapDrawing {
  /** At least one: the view is fitted to the pins and the anchor. */
  pins: MapPin[];
  anchor?: MapAnchor;
  /** The tiles' `{z}/{x}/{y}` template; absent: pins, anchor and scale on a blank background. */
  tileUrl?: string;
  labels: MapLabels;
  /** A pin was chosen (tap, click, Enter or Space): the page opens its card. */
  onSelect: (number: number) => void;
}

/** A drawn map; `remove` takes it off the page and frees it. */
export interface DrawnMap {
  remove(): void;
}
