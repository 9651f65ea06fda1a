import { createHash } from 'node:crypto';

/**
 * Place ids that stay the same when the publisher reorders, inserts or renumbers rows: the publisher's own
 * identifier when the data has one (`ID`, `共通ID`), else a short hash of what identifies the place (name and
 * address). Two kept places with the same key get `-2`, `-3`… in file order.
 */
export class PlaceIds {
  private readonly datasetId: string;
  private readonly used = new Map<string, number>();

  constructor(datasetId: string) {
    this.datasetId = datasetId;
  }

  /** The id for a place known by the publisher's identifier, or by the parts that identify it. */
  next(publisherId: string | undefined, ...parts: Array<string | undefined>): string {
    const key = publisherId ?? hashKey(parts);
    const count = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, count);
    return `${this.datasetId}:${count === 1 ? key : `${key}-${count}`}`;
  }
}

function hashKey(parts: Array<string | undefined>): string {
  return createHash('sha256')
    .update(parts.map((part) => part ?? '').join('\u0000'))
    .digest('base64url')
    .slice(0, 12);
}
