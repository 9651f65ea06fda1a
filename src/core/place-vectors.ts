/**
 * The embedding vectors of the snapshot's places (data/snapshot/place-vectors.*, ADR 0010): one row of
 * `dimensions` floats per id, unit length, made by `model` from each place's text (retrieval/place-document.ts).
 */
export interface PlaceVectors {
  model: string;
  dimensions: number;
  /** When the snapshot the vectors were made for was built (a newer snapshot keeps the vectors of ids it still has). */
  corpusBuiltAt: string;
  ids: string[];
  /** sha256 of each place's text, so a rebuild embeds only what changed. */
  textHashes: string[];
  /** ids.length × dimensions values, row by row. */
  vectors: Float32Array;
}
