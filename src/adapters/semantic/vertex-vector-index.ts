import type { Place } from '../../core/place.ts';
import { postGoogleJson } from '../google-cloud/post-google-json.ts';
import type { GoogleCredentials } from '../speech/google/google-credentials.ts';
import type { VectorIndex, VectorNeighbor, VectorRestricts } from './vector-index.ts';

/** A datapoint's restriction (IndexDatapoint.Restriction in the API's JSON). */
interface Restriction {
  namespace: string;
  allowList?: string[];
  denyList?: string[];
}

/** The datapoint of a place as the index holds it: its vector and its category and municipality as tokens. */
export interface IndexDatapoint {
  datapointId: string;
  featureVector: number[];
  restricts: Restriction[];
}

interface FindNeighborsResponse {
  nearestNeighbors?: Array<{ id?: string; neighbors?: Array<{ datapoint?: { datapointId?: string }; distance?: number }> }>;
}

export interface VertexVectorIndexOptions {
  /** The index endpoint's public domain, `https://<number>.<region>-<number>.vdb.vertexai.goog` (VECTOR_SEARCH_ENDPOINT_URL). */
  endpointUrl: string;
  /** `projects/{project}/locations/{location}/indexEndpoints/{id}` (VECTOR_SEARCH_INDEX_ENDPOINT). */
  indexEndpoint: string;
  /** The id of the index deployed on it (VECTOR_SEARCH_DEPLOYED_INDEX_ID). */
  deployedIndexId: string;
  /** The service account's token (the metadata server on Cloud Run). */
  credentials: GoogleCredentials;
  /** The embedding model and length the index was filled with (EMBEDDING_MODEL, EMBEDDING_DIMENSIONS). */
  model: string;
  dimensions: number;
}

/** Namespaces of the restricts every datapoint carries (npm run vectors:sync writes them). */
export const RESTRICT_NAMESPACES = { category: 'category', ward: 'ward' } as const;

/**
 * Vertex AI Vector Search (MatchService.FindNeighbors, REST v1):
 *   POST {endpointUrl}/v1/{indexEndpoint}:findNeighbors
 *   { deployedIndexId, queries: [{ datapoint: { datapointId, featureVector, restricts }, neighborCount }], returnFullDatapoint: false }
 *   → { nearestNeighbors: [{ id, neighbors: [{ datapoint: { datapointId }, distance }] }] }
 * The category and municipality asked are token restricts (namespace `category` and `ward`, allow lists), so the
 * index returns only places of that kind there. The index is built with DOT_PRODUCT_DISTANCE over unit vectors
 * (Google's advice over COSINE_DISTANCE: the same ranking), so a neighbour's similarity is the cosine the
 * snapshot's own index computes (ADR 0010); `distance` is its negative, as the API defines it.
 */
export class VertexVectorIndex implements VectorIndex {
  readonly name = 'vertex';
  readonly remote = true;
  readonly model: string;
  readonly dimensions: number;
  private readonly options: VertexVectorIndexOptions;

  constructor(options: VertexVectorIndexOptions) {
    this.options = options;
    this.model = options.model;
    this.dimensions = options.dimensions;
  }

  async findNeighbors(vector: Float32Array, options: { neighborCount: number; restricts: VectorRestricts }, signal?: AbortSignal): Promise<VectorNeighbor[]> {
    const { endpointUrl, indexEndpoint, deployedIndexId, credentials } = this.options;
    const body = {
      deployedIndexId,
      queries: [{ datapoint: { datapointId: 'query', featureVector: Array.from(vector), restricts: queryRestricts(options.restricts) }, neighborCount: options.neighborCount }],
      returnFullDatapoint: false,
    };
    const response = await postGoogleJson<FindNeighborsResponse>(`${endpointUrl.replace(/\/$/, '')}/v1/${indexEndpoint}:findNeighbors`, body, credentials, signal);
    const neighbors = (response.nearestNeighbors?.[0]?.neighbors ?? []).flatMap((neighbor) => {
      const id = neighbor.datapoint?.datapointId;
      return id && typeof neighbor.distance === 'number' ? [{ id, distance: neighbor.distance }] : [];
    });
    const similarities = similaritiesOf(neighbors.map((neighbor) => neighbor.distance));
    return neighbors.map((neighbor, i) => ({ id: neighbor.id, similarity: similarities[i] as number }));
  }
}

/**
 * Similarities from the distances of neighbours listed nearest first. The API defines DOT_PRODUCT_DISTANCE as the
 * negative of the dot product, so distances rise down the list and the similarity is their negative; a service
 * that reports the product itself lists falling values, read as they are. The order is the index's either way.
 */
export function similaritiesOf(distances: readonly number[]): number[] {
  const first = distances[0];
  const last = distances.at(-1);
  if (first === undefined || last === undefined) return [];
  const rising = first === last ? first <= 0 : first < last;
  return distances.map((distance) => (rising ? -distance : distance));
}

/** The restricts of a query: allow lists of the categories and municipalities asked (none: no restriction). */
export function queryRestricts(restricts: VectorRestricts): Restriction[] {
  return [
    ...(restricts.categories && restricts.categories.length > 0 ? [{ namespace: RESTRICT_NAMESPACES.category, allowList: [...restricts.categories] }] : []),
    ...(restricts.wards && restricts.wards.length > 0 ? [{ namespace: RESTRICT_NAMESPACES.ward, allowList: [...restricts.wards] }] : []),
  ];
}

/** A place's datapoint: its vector, and its category and municipality as the tokens queries restrict on. */
export function datapointOf(place: Pick<Place, 'id' | 'category' | 'ward'>, vector: Float32Array): IndexDatapoint {
  return {
    datapointId: place.id,
    featureVector: Array.from(vector),
    restricts: [{ namespace: RESTRICT_NAMESPACES.category, allowList: [place.category] }, ...(place.ward ? [{ namespace: RESTRICT_NAMESPACES.ward, allowList: [place.ward] }] : [])],
  };
}

/**
 * IndexService.UpsertDatapoints (REST v1): `POST {apiUrl}/v1/{index}:upsertDatapoints` with `{ datapoints }`,
 * answered with `{}`; for an index created with STREAM_UPDATE. `apiUrl` is the regional Vertex AI endpoint
 * (`https://{region}-aiplatform.googleapis.com`), `index` the index's resource name.
 */
export async function upsertDatapoints(apiUrl: string, index: string, datapoints: IndexDatapoint[], credentials: GoogleCredentials, signal?: AbortSignal): Promise<void> {
  await postGoogleJson<Record<string, never>>(`${apiUrl.replace(/\/$/, '')}/v1/${index}:upsertDatapoints`, { datapoints }, credentials, signal);
}
