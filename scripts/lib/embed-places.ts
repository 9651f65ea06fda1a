import type { Embedder } from '../../src/adapters/semantic/embedder.ts';
import type { Corpus } from '../../src/core/place.ts';
import type { PlaceVectors } from '../../src/core/place-vectors.ts';
import { textHash } from '../../src/opendata/place-vectors-file.ts';
import { placeDocument } from '../../src/retrieval/place-document.ts';

export interface EmbedReport {
  places: number;
  reused: number;
  embedded: number;
}

/**
 * The vectors of every place of the corpus: those whose text has not changed since `previous` (same model and
 * length) are kept, the others embedded in batches (the embedder's own: 100 per request for Gemini).
 */
export async function embedPlaces(corpus: Corpus, embedder: Embedder, previous?: PlaceVectors): Promise<{ vectors: PlaceVectors; report: EmbedReport }> {
  const texts = corpus.places.map((place) => placeDocument(place));
  const hashes = texts.map(textHash);
  const reusable = previous && previous.model === embedder.model && previous.dimensions === embedder.dimensions ? previous : undefined;
  const old = new Map(reusable?.ids.map((id, row) => [`${id} ${reusable.textHashes[row]}`, row]) ?? []);
  const d = embedder.dimensions;
  const values = new Float32Array(corpus.places.length * d);
  const missing: number[] = [];
  corpus.places.forEach((place, row) => {
    const at = old.get(`${place.id} ${hashes[row]}`);
    if (reusable && at !== undefined) values.set(reusable.vectors.subarray(at * d, (at + 1) * d), row * d);
    else missing.push(row);
  });
  const fresh = await embedder.embedDocuments(missing.map((row) => texts[row] as string));
  missing.forEach((row, i) => values.set(fresh[i] as Float32Array, row * d));
  return {
    vectors: { model: embedder.model, dimensions: d, corpusBuiltAt: corpus.builtAt, ids: corpus.places.map((place) => place.id), textHashes: hashes, vectors: values },
    report: { places: corpus.places.length, reused: corpus.places.length - missing.length, embedded: missing.length },
  };
}
