import { type FakeReply, type FakeRequest, type FakeServer, authorised, googleError, startFakeGoogleServer } from './google-speech-server.ts';

/**
 * Vertex AI Vector Search as a local double, speaking the REST format of the v1 API with the service account's
 * bearer token:
 *
 *   POST /v1/{indexEndpoint}:findNeighbors   (MatchService.FindNeighbors, on the index endpoint's public domain)
 *     { deployedIndexId, queries: [{ datapoint: { datapointId, featureVector, restricts }, neighborCount }], returnFullDatapoint }
 *     → { nearestNeighbors: [{ id, neighbors: [{ datapoint: { datapointId, crowdingTag }, distance }] }] }
 *   POST /v1/{index}:upsertDatapoints        (IndexService.UpsertDatapoints, on the regional API endpoint)
 *     { datapoints: [{ datapointId, featureVector, restricts }] } → {}
 *
 * Both check the request as the API does (the deployed index id, vectors of the index's length, restricts with a
 * namespace and allow or deny lists, unknown fields refused with 400 INVALID_ARGUMENT). Neighbours are exact, by
 * dot product (an index with DOT_PRODUCT_DISTANCE, which the API defines as the negative of the dot product:
 * `distance` is −product, nearest first), after the token restricts: a datapoint passes a query's namespace when
 * one of its tokens there is allowed and none denied.
 * It misbehaves on demand (`next()`): HTTP errors and slow answers.
 */
export type VectorBehaviour = { kind: 'answer' } | { kind: 'http-error'; status: 400 | 403 | 429 | 500 | 503 } | { kind: 'slow'; ms: number };

export interface Restriction {
  namespace: string;
  allowList?: string[];
  denyList?: string[];
}

export interface Datapoint {
  datapointId: string;
  featureVector: number[];
  restricts?: Restriction[];
}

export interface FindNeighborsBody {
  deployedIndexId?: string;
  queries?: Array<{ datapoint?: Datapoint; neighborCount?: number; [field: string]: unknown }>;
  returnFullDatapoint?: boolean;
  [field: string]: unknown;
}

export interface VectorSearchDouble extends FakeServer {
  indexEndpoint: string;
  index: string;
  deployedIndexId: string;
  /** The datapoints held, by id. */
  datapoints: Map<string, Datapoint>;
  /** The findNeighbors bodies received, in order. */
  queries: FindNeighborsBody[];
  /** When each findNeighbors call was received and answered (performance.now() of the double's process). */
  timings: Array<{ received: number; answered: number }>;
  next(...behaviours: VectorBehaviour[]): void;
  setDefault(behaviour: VectorBehaviour): void;
}

const BODY_FIELDS = new Set(['deployedIndexId', 'queries', 'returnFullDatapoint']);
const QUERY_FIELDS = new Set(['datapoint', 'neighborCount', 'perCrowdingAttributeNeighborCount', 'approximateNeighborCount', 'fractionLeafNodesToSearchOverride']);
const DATAPOINT_FIELDS = new Set(['datapointId', 'featureVector', 'restricts', 'numericRestricts', 'crowdingTag']);
const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };

export async function startVectorSearchDouble(options: { token: string; dimensions: number; project?: string; location?: string }): Promise<VectorSearchDouble> {
  const project = options.project ?? 'tokyo-ai-chat-test';
  const location = options.location ?? 'asia-northeast1';
  const indexEndpoint = `projects/${project}/locations/${location}/indexEndpoints/4711`;
  const index = `projects/${project}/locations/${location}/indexes/815`;
  const deployedIndexId = 'tokyo_places';
  const datapoints = new Map<string, Datapoint>();
  const queries: FindNeighborsBody[] = [];
  const queue: VectorBehaviour[] = [];
  const timings: VectorSearchDouble['timings'] = [];
  let fallback: VectorBehaviour = { kind: 'answer' };
  const server = await startFakeGoogleServer(async (request: FakeRequest): Promise<FakeReply> => {
    if (request.method !== 'POST') return googleError(404, 'NOT_FOUND', 'Not found');
    if (!authorised(request, { token: options.token })) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    if (request.path === `/v1/${index}:upsertDatapoints`) return upsert(request.body);
    if (request.path !== `/v1/${indexEndpoint}:findNeighbors`) return googleError(404, 'NOT_FOUND', `Method not found: ${request.path}`);
    const body = request.body as FindNeighborsBody;
    const invalid = validateFind(body);
    if (invalid) return invalid;
    queries.push(body);
    const received = performance.now();
    const behaviour = queue.shift() ?? fallback;
    if (behaviour.kind === 'http-error') return googleError(behaviour.status, STATUS[behaviour.status] ?? 'UNKNOWN', 'The double was asked to fail.');
    if (behaviour.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
    const reply = { status: 200, body: { nearestNeighbors: (body.queries ?? []).map((query) => nearest(query.datapoint as Datapoint, query.neighborCount ?? 10)) } };
    timings.push({ received, answered: performance.now() });
    return reply;
  });

  function upsert(body: unknown): FakeReply {
    const points = (body as { datapoints?: unknown })?.datapoints;
    if (!Array.isArray(points) || points.length === 0) return googleError(400, 'INVALID_ARGUMENT', 'datapoints must not be empty.');
    for (const point of points) {
      const invalid = validateDatapoint(point as Datapoint);
      if (invalid) return invalid;
    }
    for (const point of points as Datapoint[]) datapoints.set(point.datapointId, point);
    return { status: 200, body: {} };
  }

  function validateFind(body: FindNeighborsBody | undefined): FakeReply | undefined {
    if (typeof body !== 'object' || body === null) return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    for (const field of Object.keys(body)) if (!BODY_FIELDS.has(field)) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${field}": Cannot find field.`);
    if (body.deployedIndexId !== deployedIndexId) return googleError(400, 'INVALID_ARGUMENT', `Deployed index ${String(body.deployedIndexId)} is not deployed on this endpoint.`);
    if (!Array.isArray(body.queries) || body.queries.length === 0) return googleError(400, 'INVALID_ARGUMENT', 'queries must not be empty.');
    for (const query of body.queries) {
      for (const field of Object.keys(query)) if (!QUERY_FIELDS.has(field)) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${field}" at 'queries[0]': Cannot find field.`);
      if (query.neighborCount !== undefined && (!Number.isInteger(query.neighborCount) || query.neighborCount < 1)) return googleError(400, 'INVALID_ARGUMENT', 'neighbor_count must be positive.');
      const invalid = validateDatapoint(query.datapoint);
      if (invalid) return invalid;
    }
    return undefined;
  }

  function validateDatapoint(point: Datapoint | undefined): FakeReply | undefined {
    if (!point || typeof point !== 'object') return googleError(400, 'INVALID_ARGUMENT', 'datapoint is required.');
    for (const field of Object.keys(point)) if (!DATAPOINT_FIELDS.has(field)) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${field}" at 'datapoint': Cannot find field.`);
    if (typeof point.datapointId !== 'string' || point.datapointId === '') return googleError(400, 'INVALID_ARGUMENT', 'datapoint_id is required.');
    if (!Array.isArray(point.featureVector) || point.featureVector.some((value) => typeof value !== 'number')) return googleError(400, 'INVALID_ARGUMENT', 'feature_vector must be numbers.');
    if (point.featureVector.length !== options.dimensions) {
      return googleError(400, 'INVALID_ARGUMENT', `Query dimension ${point.featureVector.length} does not match the index dimension ${options.dimensions}.`);
    }
    for (const restriction of point.restricts ?? []) {
      if (typeof restriction.namespace !== 'string' || (!restriction.allowList && !restriction.denyList)) return googleError(400, 'INVALID_ARGUMENT', 'A restrict needs a namespace and an allow or deny list.');
    }
    return undefined;
  }

  function nearest(query: Datapoint, count: number) {
    // DOT_PRODUCT_DISTANCE is "the negative of the dot product": nearest first is smallest first
    const q = query.featureVector;
    const scored: Array<{ point: Datapoint; distance: number }> = [];
    for (const point of datapoints.values()) {
      if (!passes(point, query.restricts ?? [])) continue;
      const v = point.featureVector;
      let dot = 0;
      for (let i = 0; i < v.length; i += 1) dot += (v[i] as number) * (q[i] as number);
      const distance = -dot;
      if (scored.length === count && distance >= (scored.at(-1) as { distance: number }).distance) continue;
      const at = scored.findIndex((other) => other.distance > distance);
      scored.splice(at < 0 ? scored.length : at, 0, { point, distance });
      if (scored.length > count) scored.pop();
    }
    return { id: query.datapointId, neighbors: scored.map(({ point, distance }) => ({ datapoint: { datapointId: point.datapointId, crowdingTag: { crowdingAttribute: '0' } }, distance })) };
  }

  return {
    ...server,
    indexEndpoint,
    index,
    deployedIndexId,
    datapoints,
    queries,
    timings,
    next: (...behaviours) => queue.push(...behaviours),
    setDefault: (behaviour) => {
      fallback = behaviour;
    },
  };
}

/** A datapoint passes a query's restricts when, in each namespace the query restricts, one of its tokens is allowed and none is denied. */
function passes(point: Datapoint, restricts: readonly Restriction[]): boolean {
  return restricts.every((restriction) => {
    const tokens = (point.restricts ?? []).filter((own) => own.namespace === restriction.namespace).flatMap((own) => own.allowList ?? []);
    if (restriction.denyList?.some((token) => tokens.includes(token))) return false;
    return !restriction.allowList || restriction.allowList.some((token) => tokens.includes(token));
  });
}
