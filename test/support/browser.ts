import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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

/**
 * The shared libraries the packaged Chromium links against (NSS, NSPR, expat) ship in the same package, but
 * it unpacks them only on AWS; a slim Node image has none of them. Unpacked here too, and put first on the
 * browser's library path, so nothing of the system is needed.
 */
async function packagedLibraries(): Promise<string> {
  const root = dirname(dirname(dirname(require.resolve("@sparticuz/chromium"))));
  const { inflate } = require(join(root, "build", "cjs", "lambdafs.cjs")) as { inflate(file: string): Promise<string> };
  await inflate(join(root, "bin", "al2023.tar.br"));
  return join(tmpdir(), "al2023", "lib");
}

async function packagedChromium(): Promise<{ executablePath: string; args: string[]; env: Record<string, string> }> {
  const loaded = require("@sparticuz/chromium") as PackagedChromium & { default?: PackagedChromium };
  const packaged = loaded.default ?? loaded;
  const libraries = await packagedLibraries();
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  env.LD_LIBRARY_PATH = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  return { executablePath: await packaged.executablePath(), args: packaged.args.filter((flag) => !UNSAFE_FLAGS.has(flag)), env };
}

/**
 * A headless Chromium for the browser tests: the one inside the @sparticuz/chromium npm package (unpacked
 * on first use, runs offline), so `npm test` needs nothing but Node; Debian's /usr/bin/chromium only as a
 * fallback, which CASUSOVERLEG_SYSTEM_CHROMIUM=0 turns off (CI proves the packaged one suffices).
 */
export async function launchBrowser(): Promise<Browser> {
  try {
    const { executablePath, args, env } = await packagedChromium();
    return await chromium.launch({ executablePath, args, env, headless: true });
  } catch (error) {
    if (process.env.CASUSOVERLEG_SYSTEM_CHROMIUM === "0" || !existsSync(SYSTEM_CHROMIUM)) throw error;
    return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS, headless: true });
  }
}
