import { Fragment, type ReactNode } from 'react';

export interface TextPart {
  text: string;
  /** Set when the part is a web address to link. */
  href?: string;
}

/** Longer addresses are shown as their host: a map link's 90 characters of coordinates help no reader. */
const MAX_SHOWN_URL = 40;

/** http(s) addresses; stops at spaces, quotes and the CJK brackets and punctuation answers put around them. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`）（「」『』、。，]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Returns `url` when it is an http(s) address, so no `javascript:` or `data:` link ever reaches an href. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined; // not a URL at all: shown as text, never linked
  }
}

/** Cuts text into plain parts and web-address parts. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const href = safeHttpUrl(url);
    if (!href) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: url, href });
    last = match.index + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** An external link, opened in a new tab so the conversation stays; says so to screen readers. */
export function ExternalLink({ href, children, newTabLabel, className }: { href: string; children: ReactNode; newTabLabel: string; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden">{newTabLabel}</span>
    </a>
  );
}

/** How a web address is shown: whole when short, else its host followed by an ellipsis. */
export function shortenUrl(url: string): string {
  if (url.length <= MAX_SHOWN_URL) return url;
  const parsed = new URL(url);
  return `${parsed.host}/…`;
}

/** The text as a screen reader should hear it: long addresses shortened as they are shown. */
export function toSpokenText(text: string): string {
  return splitLinks(text)
    .map((part) => (part.href ? shortenUrl(part.href) : part.text))
    .join('');
}

/** Answer text rendered as text (React escapes it), with its web addresses as links. */
export function LinkedText({ text, newTabLabel }: { text: string; newTabLabel: string }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        part.href ? (
          <ExternalLink key={i} href={part.href} newTabLabel={newTabLabel}>
            {shortenUrl(part.href)}
          </ExternalLink>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
