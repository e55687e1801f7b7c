// Plays a browser for redirect flows: follows nothing by itself, keeps cookies per host.
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string): Promise<{ status: number; location: string | null; setCookie: string[] }> {
    const target = new URL(url);
    const cookie = [...(this.jars.get(target.host) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(target, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const setCookie = response.headers.getSetCookie();
    this.store(target.host, setCookie);
    await response.arrayBuffer();
    const location = response.headers.get('location');
    return { status: response.status, location: location ? new URL(location, target).toString() : null, setCookie };
  }

  // Follows redirects from `url` until one points at a URL for which `stop` is true, and returns that URL.
  async followUntil(url: string, stop: (next: string) => boolean): Promise<string> {
    let next = url;
    for (let hop = 0; hop < 10; hop += 1) {
      const { status, location } = await this.get(next);
      if (!location) {
        throw new Error(`${next} answered ${status} without a redirect`);
      }
      if (stop(location)) {
        return location;
      }
      next = location;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.jar(host).set(name, value);
  }

  private store(host: string, setCookie: string[]): void {
    for (const header of setCookie) {
      const [pair, ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, raw] = attribute.trim().split('=');
        return (key.toLowerCase() === 'max-age' && Number(raw) <= 0) || (key.toLowerCase() === 'expires' && new Date(raw).getTime() < Date.now());
      });
      if (expired || value === '') {
        this.jar(host).delete(name);
      } else {
        this.jar(host).set(name, value);
      }
    }
  }

  private jar(host: string): Map<string, string> {
    const jar = this.jars.get(host) ?? new Map<string, string>();
    this.jars.set(host, jar);
    return jar;
  }
}
