import { type FakeServer, startFakeGoogleServer } from './google-speech-server.ts';

/**
 * The GCE/Cloud Run metadata server's token endpoint: `GET /computeMetadata/v1/instance/service-accounts/default/token`
 * with `Metadata-Flavor: Google` → `{ access_token, expires_in, token_type }`; without the header, 403.
 */
export async function startFakeMetadataServer(token = 'ya29.fake-access-token', expiresIn = 3599): Promise<FakeServer> {
  return startFakeGoogleServer((request) => {
    if (request.path !== '/computeMetadata/v1/instance/service-accounts/default/token') return { status: 404, body: 'Not Found' };
    if (request.headers['metadata-flavor'] !== 'Google') return { status: 403, body: 'Missing Metadata-Flavor:Google header.' };
    return { status: 200, body: { access_token: token, expires_in: expiresIn, token_type: 'Bearer' } };
  });
}
