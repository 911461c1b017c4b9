// Drives the built extension in a real Chromium, for the end-to-end tests and the demo: serves
// pages on 127.0.0.1, loads .output/chrome-mv3, clicks the real toolbar button
// (Extensions.triggerAction, which grants activeTab like a reader's click), drives the real popup
// over CDP, and records every network request the extension's own pages and worker make.
// The recipe is ../shared/notes/extension-e2e.md.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import WebSocket from 'ws';

export const projectDir = resolve(import.meta.dirname, '../..');
export const extensionDir = join(projectDir, '.output/chrome-mv3');
export const sampleStoryDir = join(projectDir, 'test/fixtures/sample-story');

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** The browser binary named by `override`, else the first of `candidates` installed; `missing` says how to get one. */
export function findBrowser(override: string | undefined, candidates: string[], missing: string): string {
  const found = [override, ...candidates].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(missing);
  return found;
}

/** CHROME_PATH, else Debian's Chromium, else an installed Chrome; a clear error when none is found. */
export function findChromium(): string {
  return findBrowser(
    process.env.CHROME_PATH,
    CHROMIUM_CANDIDATES,
    'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface PageServer {
  origin: string;
  /** URL of `file` under the folder mounted at `/prefix/`. */
  url(prefix: string, file: string): string;
  close(): Promise<void>;
}

/** Serves each folder under its own prefix on 127.0.0.1, on a free port. */
export async function servePages(folders: Record<string, string>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const [, prefix = '', ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).split('/');
    const root = folders[prefix];
    const file = root && normalize(join(root, ...rest));
    if (!root || !file || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (prefix, file) => `${origin}/${prefix}/${encodeURIComponent(file)}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

type CdpListener = (params: any, sessionId?: string) => void;

/** A raw CDP connection to the browser, with flat sessions (Playwright's own cannot address them). */
class Cdp {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private listeners = new Map<string, CdpListener[]>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(`${message.error.message} (${message.error.code})`));
        else waiter?.resolve(message.result);
        return;
      }
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params, message.sessionId);
    });
  }

  static async connect(url: string): Promise<Cdp> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((done, fail) => socket.once('open', done).once('error', fail));
    return new Cdp(socket);
  }

  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  on(method: string, listener: CdpListener) {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  close() {
    this.socket.close();
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The real popup, attached over CDP: evaluate script in it, wait for conditions, screenshot it. */
export class Popup {
  constructor(
    private cdp: Cdp,
    private sessionId: string,
    private context: BrowserContext,
  ) {}

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
      this.sessionId,
    );
    if (exceptionDetails) throw new Error(`popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** Polls `expression` in the popup until it is truthy (there is no auto-waiting through CDP). */
  async waitFor<T>(expression: string, what = expression, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) {
        const text = await this.evaluate<string>('document.body.innerText').catch(() => '(unreadable)');
        throw new Error(`popup: timed out waiting for ${what}; it shows:\n${text}`);
      }
      await sleep(100);
    }
  }

  text(): Promise<string> {
    return this.evaluate('document.body.innerText');
  }

  /** Renders the popup as in the reader's light or dark system theme. */
  async emulateColorScheme(scheme: 'light' | 'dark') {
    await this.cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] }, this.sessionId);
  }

  async screenshot(path: string) {
    // The popup window is capped in height and scrolls; capturing beyond its viewport repeats the
    // visible part, and popups refuse a metrics override. So capture it one screen at a time while
    // scrolling, then lay the screens out in a blank page and capture that once. Opening that page
    // closes the popup, as any new tab does: take this screenshot last.
    const { width, height, screen } = await this.evaluate<{ width: number; height: number; screen: number }>(
      `({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, screen: innerHeight })`,
    );
    const screens: { top: number; data: string }[] = [];
    for (let y = 0; ; y += screen) {
      const top = await this.evaluate<number>(
        `(scrollTo(0, ${y}), new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY)))))`,
      );
      const { data } = await this.cdp.send('Page.captureScreenshot', { format: 'png' }, this.sessionId);
      screens.push({ top, data });
      if (top + screen >= height) break;
    }
    const canvas = await this.context.newPage();
    await canvas.setViewportSize({ width, height });
    await canvas.setContent(
      `<body style="margin:0;position:relative;height:${height}px">` +
        screens.map((s) => `<img style="position:absolute;left:0;top:${s.top}px" src="data:image/png;base64,${s.data}">`).join('') +
        '</body>',
    );
    await canvas.screenshot({ path });
    await canvas.close();
  }
}

export interface Download {
  suggestedFilename: string;
  path: string;
}

/** True in the popup once it has finished: saved and compared, or failed with a message. */
export const POPUP_DONE = `document.querySelector('[data-state]:not([data-state=working])')`;

export interface ComparedPage {
  popup: Popup;
  page: Page;
  /** Toolbar click to the popup's final state, in milliseconds. */
  ms: number;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request made by the extension's own pages and service worker, in order. */
  extensionRequests: string[];
  /** Clicks the toolbar button on the tab showing `url`; resolves with the opened popup. */
  clickToolbar(url: string): Promise<Popup>;
  /**
   * What a reader does: shows `url` in a tab (reusing one that already shows it), clicks the
   * toolbar button and waits until the popup has finished.
   */
  compareOn(url: string): Promise<ComparedPage>;
  /** Reads every record of a store in the extension's IndexedDB, from the service worker. */
  readStore<T = any>(store: string): Promise<T[]>;
  /**
   * Sends every download (from any page, the popup included) to `dir`; `next()` resolves with the
   * next download once it is complete.
   */
  captureDownloads(dir: string): Promise<{ next(timeoutMs?: number): Promise<Download> }>;
  close(): Promise<void>;
}

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--remote-debugging-port=0',
];

export async function launchExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'triangulate-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const [port, path] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const cdp = await Cdp.connect(`ws://127.0.0.1:${port}${path}`);
  const extensionOrigin = `chrome-extension://${extensionId}/`;
  const extensionRequests: string[] = [];
  const extensionSessions = new Set<string>();

  // Attach to every new target before it runs (waitForDebuggerOnStart) so that not even a request
  // made while the popup loads escapes the record.
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo, waitingForDebugger }) => {
    if (targetInfo.url.startsWith(extensionOrigin)) {
      extensionSessions.add(sessionId);
      await cdp.send('Network.enable', {}, sessionId).catch(() => undefined);
    }
    if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
  });
  cdp.on('Network.requestWillBeSent', ({ request }, sessionId) => {
    if (sessionId && extensionSessions.has(sessionId)) extensionRequests.push(request.url);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  // The worker already runs: attach to it too.
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  for (const target of targetInfos.filter((t) => t.url.startsWith(extensionOrigin))) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    extensionSessions.add(sessionId);
    await cdp.send('Network.enable', {}, sessionId).catch(() => undefined);
  }

  async function findTarget(match: (t: TargetInfo) => boolean, what: string, filter?: object[]): Promise<TargetInfo> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets', filter ? { filter } : {});
      const found = targetInfos.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${what} among ${targetInfos.map((t) => t.url).join(', ')}`);
      await sleep(100);
    }
  }

  async function clickToolbar(url: string): Promise<Popup> {
    const tab = await findTarget((t) => t.url === url, `tab showing ${url}`, [{ type: 'tab' }]);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    const popup = await findTarget((t) => t.type === 'page' && t.url.startsWith(`${extensionOrigin}popup.html`), 'popup');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: true });
    return new Popup(cdp, sessionId, context);
  }

  return {
    context,
    extensionId,
    worker,
    extensionRequests,
    clickToolbar,
    readStore(store) {
      return worker.evaluate(
        (name) =>
          new Promise<any[]>((done, fail) => {
            const open = indexedDB.open('triangulate');
            // Never create the database from here: an empty one would confuse the extension's schema.
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => done([]);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains(name)) return done([]);
              const read = db.transaction(name).objectStore(name).getAll();
              read.onsuccess = () => done(read.result);
              read.onerror = () => fail(read.error);
            };
          }),
        store,
      );
    },
    async compareOn(url) {
      let page = context.pages().find((p) => p.url() === url);
      if (!page) {
        page = await context.newPage();
        await page.goto(url);
      }
      await page.bringToFront();
      const started = Date.now();
      const popup = await clickToolbar(url);
      await popup.waitFor(POPUP_DONE, 'the popup to finish');
      return { popup, page, ms: Date.now() - started };
    },
    async captureDownloads(dir) {
      const names = new Map<string, string>();
      const done: Download[] = [];
      const waiting: ((download: Download) => void)[] = [];
      cdp.on('Browser.downloadWillBegin', ({ guid, suggestedFilename }) => names.set(guid, suggestedFilename));
      cdp.on('Browser.downloadProgress', ({ guid, state }) => {
        if (state !== 'completed') return;
        const download = { suggestedFilename: names.get(guid) ?? guid, path: join(dir, guid) };
        const waiter = waiting.shift();
        if (waiter) waiter(download);
        else done.push(download);
      });
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
      return {
        next(timeoutMs = 10_000) {
          const ready = done.shift();
          if (ready) return Promise.resolve(ready);
          return new Promise<Download>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no download arrived')), timeoutMs);
            waiting.push((download) => {
              clearTimeout(timer);
              resolve(download);
            });
          });
        },
      };
    },
    async close() {
      cdp.close();
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export function sleep(ms: number) {
  return new Promise((done) => setTimeout(done, ms));
}
