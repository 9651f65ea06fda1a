import { randomUUID } from 'node:crypto';
import { type ApiReply, type ApiServer, failureReply, googleError, type QueuedFailure, startJsonApiServer } from './json-api-server.ts';

/**
 * A local stand-in for the Cloud Run Admin API v2 (run.googleapis.com), the two calls the forecaster makes:
 *
 *   GET   /v2/projects/{project}/locations/{location}/services/{service}        → Service
 *   PATCH /v2/projects/{project}/locations/{location}/services/{service}?updateMask=…  body: Service → Operation
 *
 * Like the API it wants `Authorization: Bearer <token>` (401 UNAUTHENTICATED without), knows one service (404
 * NOT_FOUND for another), refuses a field mask or body field it does not know (400 INVALID_ARGUMENT), and answers a
 * patch with a long-running Operation whose metadata is the updated Service. `scaling.minInstanceCount` is left
 * out of the JSON when it is 0, as proto3 JSON does. `fail(...)` queues 403, 429 (with Retry-After) or 500 replies.
 */
export interface CloudRunDouble extends ApiServer {
  /** The service-level minimum instances held now (undefined: never set). */
  minInstanceCount(): number | undefined;
  fail(...failures: QueuedFailure[]): void;
}

export async function startCloudRunDouble(options: { project: string; location: string; service: string; token: string; minInstanceCount?: number }): Promise<CloudRunDouble> {
  const name = `projects/${options.project}/locations/${options.location}/services/${options.service}`;
  let minInstanceCount = options.minInstanceCount;
  const failures: QueuedFailure[] = [];
  const serviceJson = () => ({
    name,
    uid: '5b6e8c7e-0000-4000-8000-000000000000',
    generation: '7',
    scaling: minInstanceCount ? { minInstanceCount } : {},
    template: { scaling: { minInstanceCount: 3, maxInstanceCount: 20 }, maxInstanceRequestConcurrency: 80 },
    uri: `https://${options.service}-abc123-an.a.run.app`,
  });
  const server = await startJsonApiServer((request): ApiReply => {
    const match = /^\/v2\/(projects\/[^/]+\/locations\/[^/]+\/services\/[^/]+)$/.exec(request.path);
    if (!match) return googleError(404, 'NOT_FOUND', `Method not found: ${request.path}`);
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
    }
    const failure = failures.shift();
    if (failure) return failureReply(failure, request.method === 'GET' ? 'run.services.get' : 'run.services.update');
    if (decodeURIComponent(match[1] as string) !== name) return googleError(404, 'NOT_FOUND', `Resource '${match[1]}' was not found`);
    if (request.method === 'GET') return { status: 200, body: serviceJson() };
    if (request.method !== 'PATCH') return googleError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed`);
    const mask = request.query.get('updateMask');
    if (mask !== 'scaling.minInstanceCount') return googleError(400, 'INVALID_ARGUMENT', `This double only updates scaling.minInstanceCount; updateMask was ${mask ?? 'missing'}`);
    const body = request.body as { scaling?: Record<string, unknown> } | undefined;
    const unknown = Object.keys(body ?? {}).filter((key) => key !== 'scaling' && key !== 'name');
    if (!body || typeof body !== 'object' || unknown.length > 0) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${unknown[0] ?? ''}"`);
    const value = body.scaling?.minInstanceCount;
    if (!Number.isInteger(value) || (value as number) < 0) return googleError(400, 'INVALID_ARGUMENT', 'scaling.min_instance_count must be a non-negative integer');
    minInstanceCount = value as number;
    return {
      status: 200,
      body: { name: `projects/${options.project}/locations/${options.location}/operations/${randomUUID()}`, metadata: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', ...serviceJson() }, done: false },
    };
  });
  return { ...server, minInstanceCount: () => minInstanceCount, fail: (...more) => failures.push(...more) };
}
