// Drives the built Firefox extension (.output/firefox-mv2) in a real headless Firefox over
// WebDriver BiDi, the protocol Firefox serves itself on --remote-debugging-port (no geckodriver):
// a fresh profile whose user.js fixes the add-on's moz-extension UUID in advance, a temporary
// install through webExtension.install, tabs on the extension's pages, and every error the
// extension's pages and background page report (BiDi's log.entryAdded is silent for
// moz-extension:// pages, so Firefox's console copy on stdout is read as well).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { findBrowser, projectDir, sleep } from './harness';

export const firefoxExtensionDir = join(projectDir, '.output/firefox-mv2');

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** FIREFOX_PATH, else Debian's Firefox ESR, else a Firefox; a clear error when none is found. */
export function findFirefox(): string {
  return findBrowser(
    process.env.FIREFOX_PATH,
    FIREFOX_CANDIDATES,
    'No Firefox found for the Firefox end-to-end test. Install it with `sudo apt-get install -y firefox-esr` ' +
      '(Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary (140 or later).',
  );
}

/** One log.entryAdded event: a console call or an uncaught error in a tab. */
interface LogEntry {
  type: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  text: string | null;
  /** The URL of the tab it came from, when BiDi names one. */
  url?: string;
}

type BidiListener = (params: any) => void;

/** A raw WebDriver BiDi connection: commands answered by id, events by method. */
class Bidi {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>();
  private listeners = new Map<string, BidiListener[]>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'event') {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
        return;
      }
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiter?.reject(new Error(`${waiter.method}: ${message.error}: ${message.message}`));
      else waiter?.resolve(message.result);
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((done, fail) => socket.once('open', done).once('error', fail));
    return new Bidi(socket);
  }

  send<T = any>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
  }

  on(method: string, listener: BidiListener) {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  close() {
    this.socket.close();
  }
}

/** A tab (a BiDi top-level browsing context) showing one of the extension's pages. */
export class FirefoxTab {
  constructor(
    private bidi: Bidi,
    readonly context: string,
  ) {}

  /** Runs `expression` in the page and returns its value, which must survive JSON. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    return result.result.value === undefined ? (undefined as T) : JSON.parse(result.result.value);
  }

  /** Polls `expression` in the page until it is truthy (BiDi has no auto-waiting). */
  async waitFor<T>(expression: string, what = expression, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) {
        const text = await this.evaluate<string>('document.body.innerText').catch(() => '(unreadable)');
        throw new Error(`timed out waiting for ${what}; the page shows:\n${text}`);
      }
      await sleep(100);
    }
  }

  /** Chooses `paths` in the page's `<input type=file>` matched by `selector`, as the file picker would. */
  async setFiles(selector: string, paths: string[]) {
    const result = await this.bidi.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(selector)})`,
      target: { context: this.context },
      awaitPromise: false,
    });
    if (result.type === 'exception' || result.result.type !== 'node') throw new Error(`no element matches ${selector}`);
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId: result.result.sharedId }, files: paths });
  }

  async navigate(url: string) {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload() {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }
}

export interface FirefoxExtension {
  /** Firefox's own version, e.g. "153.8.0". */
  version: string;
  /** The add-on id Firefox reported for the installed extension. */
  addonId: string;
  /** `moz-extension://<uuid>/`, fixed in advance through the profile. */
  origin: string;
  /**
   * Every error reported so far by the extension's pages, its background page included: BiDi
   * error entries, and Firefox's own console lines on stdout (uncaught errors, console.error).
   */
  errors(): string[];
  /** Opens a new tab showing `url` and waits until it has loaded. */
  openTab(url: string): Promise<FirefoxTab>;
  close(): Promise<void>;
}

/**
 * Preferences for a throwaway test profile. Firefox already applies its recommended automation
 * preferences when the remote agent starts (no updates, telemetry or first-run pages); these are
 * what the extension needs on top.
 */
function profilePreferences(addonId: string, uuid: string): Record<string, string | number | boolean> {
  return {
    // The UUID of moz-extension:// URLs is otherwise random per profile: fix it so the test can
    // open the extension's pages without asking the browser.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // The build is unsigned: a temporary install loads it regardless, and ESR honours this pref
    // for any other way of installing it.
    'xpinstall.signatures.required': false,
    // BiDi reports no log entry at all from moz-extension:// pages (tabs or the background page),
    // only from web pages: Firefox's copy of every console message on stdout is what the test reads.
    'devtools.console.stdout.content': true,
  };
}

/**
 * Firefox's components that log errors of their own on stdout, by the name their message begins
 * with; the experiment loader does so on every start on a machine that cannot reach its server.
 */
const FIREFOX_OWN_LOGGERS = ['RSLoader'];

/**
 * The error lines in Firefox's stdout that can be the extension's: every uncaught error of one of
 * its pages, and every console.error except those of Firefox's own components. (Console messages
 * carry no URL there, but a test profile runs nothing else that logs.)
 */
function consoleErrors(stdout: string, origin: string): string[] {
  return stdout
    .split('\n')
    .filter(
      (line) =>
        line.startsWith(`JavaScript error: ${origin}`) ||
        (line.startsWith('console.error: ') && !FIREFOX_OWN_LOGGERS.some((name) => line.startsWith(`console.error: ${name}:`))),
    );
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Waits for Firefox to print the address of its BiDi server (it picks a free port for port 0). */
function bidiAddress(firefox: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${output.join('')}`)), 30_000);
    // Registered after the listener that fills `output`, so the chunk is already in it.
    const look = () => {
      const found = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output.join(''));
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    firefox.stderr!.on('data', look);
    firefox.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before starting its BiDi server:\n${output.join('')}`));
    });
  });
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const manifestPath = join(firefoxExtensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built Firefox extension at ${firefoxExtensionDir}: run \`npm run build:firefox\` first.`);
  }
  const executable = findFirefox();
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const profileDir = mkdtempSync(join(tmpdir(), 'triangulate-firefox-'));
  writeFileSync(join(profileDir, 'user.js'), userJs(profilePreferences(addonId, uuid)));

  // Since Firefox 153 BiDi may only navigate to web pages unless system access is allowed:
  // without --remote-allow-system-access, moz-extension:// pages are refused ("not allowed in this context").
  const args = ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'];
  const firefox = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  firefox.stdout!.on('data', (chunk) => output.push(String(chunk)));
  firefox.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));
  let bidi: Bidi | undefined;

  async function close() {
    bidi?.close();
    if (firefox.exitCode === null) firefox.kill();
    await exited;
    rmSync(profileDir, { recursive: true, force: true });
  }

  try {
    const address = await bidiAddress(firefox, output);
    bidi = await Bidi.connect(`${address}/session`);
    const session = await bidi.send('session.new', { capabilities: {} });
    const logs: LogEntry[] = [];
    const contextUrls = new Map<string, string>();
    bidi.on('browsingContext.load', ({ context, url }) => contextUrls.set(context, url));
    bidi.on('log.entryAdded', (entry) =>
      logs.push({ type: entry.type, level: entry.level, text: entry.text, url: contextUrls.get(entry.source?.context) }),
    );
    await bidi.send('session.subscribe', { events: ['log.entryAdded', 'browsingContext.load'] });
    const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: firefoxExtensionDir } });
    const connection = bidi;
    return {
      version: session.capabilities.browserVersion,
      addonId: extension,
      origin: `moz-extension://${uuid}/`,
      errors: () => [
        ...logs.filter((entry) => entry.level === 'error').map((entry) => `${entry.url ?? '?'}: ${entry.text}`),
        ...consoleErrors(output.join(''), `moz-extension://${uuid}/`),
      ],
      async openTab(url) {
        const { context } = await connection.send('browsingContext.create', { type: 'tab' });
        const tab = new FirefoxTab(connection, context);
        await tab.navigate(url);
        return tab;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
