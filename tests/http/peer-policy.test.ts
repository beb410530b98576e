import {
  browserOriginVerdict,
  isLoopbackAddress,
  isLoopbackUrl,
  isOwnOrigin,
  localPeerVerdict,
  proxyHeadersOf,
} from '../../src/http/peer-policy';

describe('peer policy of the endpoints that act as the local user', () => {
  it('knows loopback addresses in every spelling a socket reports, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1', '[::1]'])
      expect(isLoopbackAddress(address)).toBe(true);
    for (const address of [
      '10.0.0.1',
      '192.168.1.20',
      '172.16.0.1',
      '::ffff:10.1.2.3',
      'fe80::1',
      'fd00::2',
      '::',
      '0.0.0.0',
      '128.0.0.1',
      'localhost', // a name is not a peer address
      '',
      undefined,
    ])
      expect(isLoopbackAddress(address)).toBe(false);
  });

  it('serves a direct loopback peer, and refuses (401) any other peer whatever it claims', () => {
    expect(localPeerVerdict({ remoteAddress: '127.0.0.1', localPort: 3978, headers: {} })).toEqual({
      allowed: true,
    });
    expect(
      localPeerVerdict({ remoteAddress: '::ffff:127.0.0.1', localPort: 3978, headers: {} }).allowed,
    ).toBe(true);
    for (const remoteAddress of ['10.20.30.40', '192.168.0.7', 'fd00::2', undefined]) {
      const verdict = localPeerVerdict({
        remoteAddress,
        localPort: 3978,
        // Headers cannot make a remote peer local.
        headers: { host: 'localhost:3978', origin: 'http://localhost:3978' },
      });
      expect(verdict).toMatchObject({ allowed: false, status: 401 });
    }
  });

  it('refuses (401) a loopback peer relaying someone else: any proxy header', () => {
    for (const header of ['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'via']) {
      const verdict = localPeerVerdict({
        remoteAddress: '127.0.0.1',
        localPort: 3978,
        headers: { [header]: '203.0.113.9' },
      });
      expect(verdict).toMatchObject({ allowed: false, status: 401 });
      if (!verdict.allowed) expect(verdict.reason).toContain(header);
    }
    expect(proxyHeadersOf({ 'X-Forwarded-For': '1.2.3.4', host: 'x' } as never)).toEqual(['x-forwarded-for']);
    expect(proxyHeadersOf({ host: 'localhost', 'content-type': 'application/json' })).toEqual([]);
  });

  it("refuses (403) a browser's request from another site's page, and serves this server's own pages", () => {
    const own = { remoteAddress: '127.0.0.1', localPort: 3978 };
    for (const origin of ['http://localhost:3978', 'http://127.0.0.1:3978', 'http://[::1]:3978'])
      expect(localPeerVerdict({ ...own, headers: { origin } })).toEqual({ allowed: true });
    for (const origin of [
      'https://evil.example',
      'http://evil.example:3978', // DNS rebinding: the name points at 127.0.0.1, the origin is still theirs
      'http://localhost:8080', // another local app
      'https://localhost:3978',
      'null', // sandboxed frames and file:// pages
      'not a url',
    ])
      expect(localPeerVerdict({ ...own, headers: { origin } })).toMatchObject({
        allowed: false,
        status: 403,
      });
    expect(
      browserOriginVerdict({ localPort: 3978, headers: { 'sec-fetch-site': 'cross-site' } }),
    ).toMatchObject({
      allowed: false,
      status: 403,
    });
    expect(
      browserOriginVerdict({
        localPort: 3978,
        headers: { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3978' },
      }),
    ).toEqual({ allowed: true });
    // Programs (curl, the Emulator) send no Origin.
    expect(browserOriginVerdict({ localPort: 3978, headers: {} })).toEqual({ allowed: true });
    expect(isOwnOrigin('http://localhost', 80)).toBe(true);
  });

  it('sends replies in local development mode only to a serviceUrl on loopback', () => {
    for (const url of [
      'http://localhost:3979',
      'http://127.0.0.1:55000/',
      'https://127.0.0.2/x',
      'http://[::1]:8080',
      'http://2130706433:9000', // 127.0.0.1 written as a number; URL parsing normalises it
      'http://localhost.:9000',
    ])
      expect(isLoopbackUrl(url)).toBe(true);
    for (const url of [
      'http://10.0.0.5:3979',
      'https://smba.trafficmanager.net/amer/',
      'http://169.254.169.254/latest/meta-data/', // cloud metadata, the classic SSRF target
      'http://127.0.0.1.nip.io/',
      'http://localhost.evil.example/',
      'http://user:pw@localhost/',
      'file:///etc/passwd',
      'ftp://127.0.0.1/',
      'http://[::ffff:a00:1]/',
      'not a url',
    ])
      expect(isLoopbackUrl(url)).toBe(false);
  });
});
