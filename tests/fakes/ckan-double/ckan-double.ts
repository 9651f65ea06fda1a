import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Portal } from '../../../src/opendata/discovery/portals.ts';
import { REGISTRY_PACKAGES, SCENARIOS, STANDARD_TITLES, VARIANT_TITLES, type MunicipalityScenario, type Serving, type TypeScenario } from './scenarios.ts';
import { type FileDefect, officePoints, standardFile } from './standard-files.ts';

/** How the double answers one file URL. */
export type FileRoute =
  | { kind: 'file'; bytes: () => Uint8Array; contentType?: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'redirect'; location: string }
  /** An endless body without a Content-Length (a file larger than any limit). */
  | { kind: 'endless' };

interface Resource {
  id: string;
  name: string;
  format: string;
  url: string;
  created: string;
  last_modified: string | null;
  size: number | null;
}

interface Package {
  name: string;
  id: string;
  title: string;
  license_id: string;
  metadata_modified: string;
  organization: { name: string; title: string };
  resources: Resource[];
}

export interface CkanDoubleOptions {
  /** The standard types published (discovery/standard-types.ts ids). */
  types: readonly string[];
  /** Rows per generated file. */
  rows?: number;
  scenarios?: readonly MunicipalityScenario[];
  /** The day the events are dated (the refresh's clock). */
  today?: string;
  /** Generate every file at start instead of at its first request (a benchmark must not time the double's work). */
  eager?: boolean;
}

export interface CkanDouble {
  /** The catalogue's CKAN (`http://127.0.0.1:<port>`). */
  catalogueUrl: string;
  /** The municipal portals, as the refresh takes them (港区's own CKAN on another host name, `localhost`). */
  portals: Portal[];
  /** Every host the double answers on: the refresh's allowlist in tests. */
  hosts: string[];
  /** Every request: host, path and query. */
  requests: Array<{ host: string; path: string }>;
  /** The datasets of the catalogue and the portals, resources included (tests look up what was served). */
  packages(): Package[];
  /** The URL of a municipality's file of a type (the newest version). */
  fileUrl(wardCode: string, typeId: string): string;
  /** Serves a file URL another way from now on (a later refresh). */
  route(url: string, route: FileRoute): void;
  /** Publishes a new version of a municipality's file (new bytes, new resource stamp). */
  publish(wardCode: string, typeId: string, scenario: TypeScenario): void;
  /** Adds a dataset with one resource at `url` (redirects, file: URLs, oversized files); returns its name. */
  addPackage(wardCode: string, typeId: string, resource: { url: string; size?: number }): string;
  /** package_search answers this status (undefined: it answers). */
  failSearch(status: number | undefined): void;
  close(): Promise<void>;
}

const CATALOGUE_PREFIX = '';
const MINATO = '/minato';

/**
 * A local CKAN double of the Tokyo Open Data Catalog and of 港区's portal: `package_search` (title phrases,
 * `organization:` and `res_format:` filters, paging, newest first), `package_show` and the files, generated from
 * the standard's column specification (standard-files.ts) for the municipalities of scenarios.ts, with their
 * defects. Nothing leaves the machine.
 */
export async function startCkanDouble(options: CkanDoubleOptions): Promise<CkanDouble> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rows = options.rows ?? 12;
  const offices = officePoints();
  const catalogue: Package[] = [];
  const minato: Package[] = [];
  const files = new Map<string, FileRoute>();
  const requests: CkanDouble['requests'] = [];
  const hanging = new Set<ServerResponse>();
  let searchStatus: number | undefined;
  let port = 0;
  let serial = 0;
  const base = (host: 'catalogue' | 'portal') => (host === 'catalogue' ? `http://127.0.0.1:${port}${CATALOGUE_PREFIX}` : `http://localhost:${port}`);

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push({ host: url.host, path: url.pathname + url.search });
    const inPortal = url.pathname.startsWith(`${MINATO}/api/`);
    const action = url.pathname.replace(MINATO, '').replace(/^\/api\/3\/action\//, '');
    const store = inPortal ? minato : catalogue;
    if (url.pathname.includes('/api/3/action/package_search')) return answerSearch(store, url, res);
    if (url.pathname.includes('/api/3/action/package_show')) return answerShow(store, url.searchParams.get('id') ?? '', res);
    if (action.startsWith('files/') || url.pathname.startsWith('/files/')) return answerFile(`${url.host}${url.pathname}`, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  function answerSearch(store: Package[], url: URL, res: ServerResponse): void {
    if (searchStatus) {
      res.writeHead(searchStatus, { 'content-type': 'text/plain' }).end('Internal Server Error');
      return;
    }
    const phrases = [...(url.searchParams.get('q') ?? '').matchAll(/title:"([^"]+)"/g)].map((match) => match[1] ?? '');
    const filters = [...(url.searchParams.get('fq') ?? '').matchAll(/(\w+):"?([^"\s]+)"?/g)].map((match) => [match[1], match[2]] as const);
    const found = store
      .filter((pkg) => phrases.length === 0 || phrases.some((phrase) => pkg.title.includes(phrase)))
      .filter((pkg) =>
        filters.every(([field, value]) =>
          field === 'organization' ? pkg.organization.name === value : field === 'res_format' ? pkg.resources.some((resource) => resource.format === value) : true,
        ),
      )
      .sort((a, b) => b.metadata_modified.localeCompare(a.metadata_modified));
    const start = Number(url.searchParams.get('start') ?? 0);
    const count = Number(url.searchParams.get('rows') ?? 10);
    json(res, 200, { help: `${base('catalogue')}/api/3/action/help_show?name=package_search`, success: true, result: { count: found.length, sort: 'metadata_modified desc', results: found.slice(start, start + count), facets: {}, search_facets: {} } });
  }

  function answerShow(store: Package[], id: string, res: ServerResponse): void {
    const pkg = store.find((candidate) => candidate.name === id || candidate.id === id);
    if (!pkg) return json(res, 404, { success: false, error: { message: 'Not found', __type: 'Not Found Error' } });
    json(res, 200, { help: `${base('catalogue')}/api/3/action/help_show?name=package_show`, success: true, result: pkg });
  }

  function answerFile(key: string, res: ServerResponse): void {
    const route = files.get(key) ?? files.get(key.replace(/^localhost:/, '127.0.0.1:'));
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    if (route.kind === 'status') return void res.writeHead(route.status, { 'content-type': 'text/plain' }).end('error');
    if (route.kind === 'redirect') return void res.writeHead(302, { location: route.location }).end();
    if (route.kind === 'hang') {
      hanging.add(res);
      res.once('close', () => hanging.delete(res));
      return;
    }
    if (route.kind === 'endless') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    const bytes = route.bytes();
    res.writeHead(200, { 'content-type': route.contentType ?? 'text/csv', 'content-length': bytes.byteLength }).end(bytes);
  }

  function json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
  }

  /** Adds one dataset (and its file route) for a municipality's type. */
  function publishPackage(scenario: MunicipalityScenario, typeId: string, type: TypeScenario, modified: string, version: string): Package {
    serial += 1;
    const serving: Serving = type.serving ?? 'file';
    const host = serving === 'portal' ? 'portal' : 'catalogue';
    const name = serving === 'registry' ? (REGISTRY_PACKAGES[typeId] ?? `t${scenario.code}d${String(serial).padStart(10, '0')}`) : `t${scenario.code}d${String(serial).padStart(10, '0')}`;
    const xlsx = serving === 'xlsx-only';
    const fileUrl = `${base(host)}/files/${scenario.code}/${version}/${scenario.code}_${typeId}.${xlsx ? 'xlsx' : 'csv'}`;
    const title = type.title === 'variant' ? (VARIANT_TITLES[typeId] ?? '') : (type.title ?? STANDARD_TITLES[typeId] ?? typeId);
    const pkg: Package = {
      name,
      id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
      title,
      license_id: serving === 'nc-licence' ? 'CC-BY-NC-4.0' : 'CC-BY-4.0',
      metadata_modified: serving === 'stale' ? '2012-04-01T00:00:00.000000' : modified,
      organization: host === 'portal' ? { name: 'minato-city', title: scenario.ward } : { name: `t${scenario.code}`, title: scenario.ward },
      resources: [
        { id: `r-${serial}`, name: title, format: xlsx ? 'XLSX' : 'CSV', url: fileUrl, created: modified, last_modified: null, size: null },
      ],
    };
    const defects: FileDefect[] = [...(type.defects ?? [])];
    const outside = defects.includes('outside');
    const centre = (outside ? offices.get('132012') : offices.get(scenario.code)) ?? { lat: 35.68, lon: 139.76 };
    const request = { typeId, wardCode: scenario.code, ward: scenario.ward, centre, rows, defects, seed: serial, today };
    let cached: Uint8Array | undefined = options.eager ? standardFile(request) : undefined;
    const bytes = () => (cached ??= standardFile(request));
    const route: FileRoute =
      serving === 'not-found'
        ? { kind: 'status', status: 404 }
        : serving === 'hang'
          ? { kind: 'hang' }
          : serving === 'html'
            ? { kind: 'file', bytes: () => Buffer.from('<!DOCTYPE html><html><head><title>ページが見つかりません</title></head><body>移動しました</body></html>'), contentType: 'text/html; charset=utf-8' }
            : { kind: 'file', bytes, contentType: defects.includes('cp932') ? 'text/csv; charset=Shift_JIS' : 'text/csv' };
    files.set(new URL(fileUrl).host + new URL(fileUrl).pathname, route);
    (host === 'portal' ? minato : catalogue).push(pkg);
    return pkg;
  }

  const types = options.types;
  for (const scenario of options.scenarios ?? SCENARIOS) {
    if (scenario.nothing) continue;
    for (const typeId of types) {
      const type = { ...scenario.all, ...scenario.types?.[typeId] };
      if (type.serving === 'two-versions') {
        publishPackage(scenario, typeId, { ...type, serving: 'file' }, '2019-11-01T08:39:10.021500', 'R1');
        publishPackage(scenario, typeId, { ...type, serving: 'file' }, '2024-08-01T23:50:42.684351', 'R6');
      } else {
        publishPackage(scenario, typeId, type, '2024-04-01T00:00:00.000000', 'R6');
      }
    }
  }
  // bureaus publish lists with the same titles: the discovery keeps to municipalities' organisations
  catalogue.push({
    name: 't000012d0000000016',
    id: 'd33757d8-01a8-4fc2-935b-fc1285736aa8',
    title: '公衆無線LANアクセスポイント一覧',
    license_id: 'CC-BY-4.0',
    metadata_modified: '2024-09-01T00:00:00.000000',
    organization: { name: 't000012', title: '東京都産業労働局' },
    resources: [{ id: 'r-tmg', name: 'FREE Wi-Fi', format: 'CSV', url: `${base('catalogue')}/files/130001/130001_public_wireless_lan.csv`, created: '2024-09-01', last_modified: null, size: null }],
  });

  const all = () => [...catalogue, ...minato];
  const newest = (code: string, typeId: string) =>
    all()
      .filter((pkg) => pkg.resources.some((resource) => resource.url.includes(`/files/${code}/`) && resource.url.includes(`${code}_${typeId}.`)))
      .sort((a, b) => b.metadata_modified.localeCompare(a.metadata_modified))[0];

  return {
    catalogueUrl: base('catalogue'),
    portals: [{ wardCode: '131032', baseUrl: `${base('portal')}${MINATO}` }],
    hosts: [`127.0.0.1:${port}`, `localhost:${port}`],
    requests,
    packages: all,
    fileUrl(code, typeId) {
      const url = newest(code, typeId)?.resources[0]?.url;
      if (!url) throw new Error(`the double publishes no ${typeId} for ${code}`);
      return url;
    },
    route(url, route) {
      files.set(new URL(url).host + new URL(url).pathname, route);
    },
    publish(code, typeId, type) {
      const scenario = (options.scenarios ?? SCENARIOS).find((candidate) => candidate.code === code);
      if (!scenario) throw new Error(`no scenario for ${code}`);
      const old = newest(code, typeId);
      const stamp = new Date(Date.parse(old?.metadata_modified ?? '2024-04-01') + 86_400_000).toISOString();
      const next = publishPackage(scenario, typeId, type, stamp, `v${serial + 1}`);
      if (old) {
        // a new version of the same dataset: the package keeps its name, its resource changes
        old.resources = next.resources;
        old.metadata_modified = next.metadata_modified;
        const store = catalogue.includes(next) ? catalogue : minato;
        store.splice(store.indexOf(next), 1);
      }
    },
    addPackage(code, typeId, resource) {
      serial += 1;
      const scenario = (options.scenarios ?? SCENARIOS).find((candidate) => candidate.code === code);
      const name = `t${code}d${String(serial).padStart(10, '0')}`;
      catalogue.push({
        name,
        id: `00000000-0000-4000-9000-${String(serial).padStart(12, '0')}`,
        title: STANDARD_TITLES[typeId] ?? typeId,
        license_id: 'CC-BY-4.0',
        metadata_modified: '2025-01-01T00:00:00.000000',
        organization: { name: `t${code}`, title: scenario?.ward ?? code },
        resources: [{ id: `r-${serial}`, name: typeId, format: 'CSV', url: resource.url, created: '2025-01-01', last_modified: null, size: resource.size ?? null }],
      });
      return name;
    },
    failSearch(status) {
      searchStatus = status;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
