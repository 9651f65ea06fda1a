import { describe, expect, it } from 'vitest';
import { REFRESH } from '../../config/tunables.ts';
import { FetchError } from './fetch-limited.ts';
import { checkReach, guardRequest, isAllowedHost, isNonPublicAddress, reachPolicyFor, type ReachPolicy } from './reach-policy.ts';

const production: ReachPolicy = reachPolicyFor({
  production: true,
  catalogBaseUrl: 'https://catalog.data.metro.tokyo.lg.jp',
  allowedHosts: REFRESH.allowedHosts,
  maxRedirects: 3,
});

const refused = (reason: RegExp) => expect.objectContaining({ kind: 'refused', message: expect.stringMatching(reason) });

describe('checkReach in production', () => {
  it('lets the catalogue and the file hosts it names through over https', () => {
    for (const url of [
      'https://catalog.data.metro.tokyo.lg.jp/api/3/action/package_show?id=t131083d0000000005',
      'https://www.opendata.metro.tokyo.lg.jp/soumu/R4/130001_evacuation_center.csv',
      'https://www.city.tokyo-nakano.lg.jp/dept/107000/d027582_d/fil/131148_aed.csv',
      'https://opendata.city.minato.tokyo.jp/dataset/x/resource/y/download/minato_aed.csv',
    ]) {
      expect(checkReach(url, production).href).toBe(url);
    }
  });

  it('refuses other schemes, http, credentials, unknown hosts and private addresses', () => {
    expect(() => checkReach('file:///etc/passwd', production)).toThrow(refused(/^file: URLs are not fetched/));
    expect(() => checkReach('data:text/csv,a,b', production)).toThrow(refused(/^data: URLs/));
    expect(() => checkReach('http://www.opendata.metro.tokyo.lg.jp/a.csv', production)).toThrow(refused(/https only/));
    expect(() => checkReach('https://user:pw@www.opendata.metro.tokyo.lg.jp/a.csv', production)).toThrow(refused(/credentials/));
    expect(() => checkReach('https://evil.example/a.csv', production)).toThrow(refused(/not on the refresh's allowlist/));
    expect(() => checkReach('https://metro.tokyo.lg.jp.evil.example/a.csv', production)).toThrow(refused(/allowlist/));
    expect(() => checkReach('https://169.254.169.254/computeMetadata/v1/', production)).toThrow(refused(/not a public address/));
    expect(() => checkReach('https://[::1]/a.csv', production)).toThrow(refused(/not a public address/));
  });
});

describe('isAllowedHost and isNonPublicAddress', () => {
  it('matches a host, a host with its port, and every host under a *.domain, without a port', () => {
    const allowed = ['127.0.0.1:8080', 'catalog.example', '*.lg.jp'];
    expect(isAllowedHost(new URL('http://127.0.0.1:8080/x'), allowed)).toBe(true);
    expect(isAllowedHost(new URL('http://127.0.0.1:8081/x'), allowed)).toBe(false);
    expect(isAllowedHost(new URL('https://CATALOG.example/x'), allowed)).toBe(true);
    expect(isAllowedHost(new URL('https://catalog.example:444/x'), allowed)).toBe(false);
    expect(isAllowedHost(new URL('https://www.city.sumida.lg.jp/x'), allowed)).toBe(true);
    expect(isAllowedHost(new URL('https://lg.jp.example/x'), allowed)).toBe(false);
  });

  it('knows the private, loopback, link-local and mapped addresses', () => {
    for (const address of ['10.1.2.3', '172.20.0.1', '192.168.0.10', '127.0.0.2', '169.254.169.254', '100.64.1.1', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', '0.0.0.0']) {
      expect(isNonPublicAddress(address), address).toBe(true);
    }
    for (const address of ['203.0.113.7', '8.8.8.8', '2001:4860:4860::8888', 'www.example.jp']) expect(isNonPublicAddress(address), address).toBe(false);
  });
});

describe('guardRequest', () => {
  const local: ReachPolicy = { httpsOnly: false, publicAddressesOnly: false, allowedHosts: ['catalog.test', 'files.test'], maxRedirects: 2 };

  /** A network of named hosts: each URL answers what the map says; every URL asked for is recorded. */
  function network(answers: Record<string, () => Response>) {
    const asked: string[] = [];
    const request = async (url: string, init: RequestInit) => {
      asked.push(url);
      expect(init.redirect).toBe('manual');
      const answer = answers[url];
      return answer ? answer() : new Response('not found', { status: 404 });
    };
    return { asked, request };
  }
  const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });

  it('follows a redirect within the allowlist, checking each hop', async () => {
    const { asked, request } = network({
      'http://catalog.test/a.csv': redirect('http://files.test/R5/a.csv'),
      'http://files.test/R5/a.csv': () => new Response('名称\n'),
    });
    const response = await guardRequest(request, local)('http://catalog.test/a.csv', {});
    expect(await response.text()).toBe('名称\n');
    expect(asked).toEqual(['http://catalog.test/a.csv', 'http://files.test/R5/a.csv']);
  });

  it('refuses a redirect to a private address or another host before sending anything there', async () => {
    const { asked, request } = network({
      'http://catalog.test/a.csv': redirect('http://10.0.0.5/secret'),
      'http://catalog.test/b.csv': redirect('file:///etc/passwd'),
    });
    const guarded = guardRequest(request, local);
    await expect(guarded('http://catalog.test/a.csv', {})).rejects.toThrow(refused(/10\.0\.0\.5 is not on the refresh's allowlist/));
    await expect(guarded('http://catalog.test/b.csv', {})).rejects.toThrow(refused(/^file: URLs are not fetched/));
    expect(asked).toEqual(['http://catalog.test/a.csv', 'http://catalog.test/b.csv']);
  });

  it('stops after maxRedirects', async () => {
    const { request } = network({ 'http://catalog.test/loop': redirect('/loop') });
    await expect(guardRequest(request, local)('http://catalog.test/loop', {})).rejects.toEqual(new FetchError('refused', 'more than 2 redirects from http://catalog.test/loop'));
  });

  it('in production, refuses an allowed name that resolves to a private address', async () => {
    const { asked, request } = network({ 'https://www.city.example.lg.jp/a.csv': () => new Response('ok') });
    const resolve = async (host: string) => (host === 'www.city.example.lg.jp' ? ['10.0.0.8'] : ['203.0.113.9']);
    await expect(guardRequest(request, production, resolve)('https://www.city.example.lg.jp/a.csv', {})).rejects.toThrow(
      refused(/resolves to 10\.0\.0\.8, not a public address/),
    );
    expect(asked).toEqual([]);
  });
});
