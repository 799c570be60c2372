import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium, used only when the browser inside npm cannot start. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * Flags of @sparticuz/chromium that would make a browser test lie: without web security a page may read
 * any origin's answers (CORS tests would pass for the wrong reason) and load mixed content; in a single
 * process a second page hangs the browser.
 */
const UNSAFE_FLAGS = new Set(["--disable-web-security", "--allow-running-insecure-content", "--disable-site-isolation-trials", "--single-process"]);
const SYSTEM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The part of @sparticuz/chromium used here; required, as its CommonJS build, because jest cannot import() ES modules. */
interface PackagedChromium {
  args: string[];
  executablePath(): Promise<string>;
}

async function packagedChromium(): Promise<{ executablePath: string; args: string[] }> {
  const loaded = require("@sparticuz/chromium") as PackagedChromium & { default?: PackagedChromium };
  const packaged = loaded.default ?? loaded;
  return { executablePath: await packaged.executablePath(), args: packaged.args.filter((flag) => !UNSAFE_FLAGS.has(flag)) };
}

/**
 * A headless Chromium for the browser tests: the one inside the @sparticuz/chromium npm package (unpacked
 * on first use, runs offline), so `npm test` needs nothing but Node; Debian's /usr/bin/chromium only as a
 * fallback, which CASUSOVERLEG_SYSTEM_CHROMIUM=0 turns off (CI proves the packaged one suffices).
 */
export async function launchBrowser(): Promise<Browser> {
  try {
    const { executablePath, args } = await packagedChromium();
    return await chromium.launch({ executablePath, args, headless: true });
  } catch (error) {
    if (process.env.CASUSOVERLEG_SYSTEM_CHROMIUM === "0" || !existsSync(SYSTEM_CHROMIUM)) throw error;
    return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS, headless: true });
  }
}
