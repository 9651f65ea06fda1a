/** The label value every out-of-range input collapses to. */
export const OTHER = 'other';

/**
 * A label whose values come from code (route templates, breaker and service names): values are kept as given
 * until `max` distinct ones have been seen, then anything new becomes `other`. A bug that feeds request data
 * into such a label can therefore add at most `max` series, never one per request.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max || value.length > 64) return OTHER;
    this.seen.add(value);
    return value;
  }
}

/** `value` when it is one of `allowed`, else `other`: for labels with a closed list (languages, statuses). */
export function closedLabel(value: string | undefined, allowed: readonly string[]): string {
  return value !== undefined && allowed.includes(value) ? value : OTHER;
}
