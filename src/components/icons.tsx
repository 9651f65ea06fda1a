/** Inline icons (no icon font, nothing fetched). Decorative: the control that holds one carries the label. */
const base = { width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const;

export function SendIcon() {
  return (
    <svg {...base}>
      <path d="M4 12l16-8-6 16-2-7-8-1z" />
    </svg>
  );
}

export function PinIcon() {
  return (
    <svg {...base}>
      <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
      <circle cx="12" cy="9.5" r="2.5" />
    </svg>
  );
}

const THUMB = 'M3 10h4v11H3zM7 10l4-7a2 2 0 0 1 2.8 2.3L13 9h6a2 2 0 0 1 2 2.4l-1.5 7.5A2.5 2.5 0 0 1 17 21H7';

export function ThumbUpIcon() {
  return (
    <svg {...base}>
      <path d={THUMB} />
    </svg>
  );
}

export function ThumbDownIcon() {
  return (
    <svg {...base}>
      <path d={THUMB} transform="rotate(180 12 12)" />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...base}>
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}

export function GlobeIcon() {
  return (
    <svg {...base}>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
    </svg>
  );
}

export function MapIcon() {
  return (
    <svg {...base}>
      <path d="M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14" />
    </svg>
  );
}
