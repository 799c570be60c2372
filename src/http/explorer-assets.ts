import { dirname, join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import type { RequestHandler } from "express";

interface BundledFile {
  buffer: Buffer;
  etag: string;
}

const MEDIA_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  ttf: "font/ttf",
  txt: "text/plain; charset=utf-8",
};

/**
 * Ruru's static bundle, read from the installed package (brotli-compressed buffers). Loaded with require
 * rather than ruru's own loader, whose dynamic import() needs ES-module support that test runners
 * lack; the package does not export the file, hence the path.
 */
function bundle(): Record<string, BundledFile> {
  const dist = dirname(require.resolve("ruru/server"));
  return (require(join(dist, "bundleCode.js")) as { bundleData: Record<string, BundledFile> }).bundleData;
}

/**
 * The installed ruru's version: part of the assets' address, so that an address always serves the same
 * bytes and browsers may keep them (no personal data, the same for everyone); an upgrade changes the address.
 */
export function bundleVersion(): string {
  const manifest = join(dirname(require.resolve("ruru/server")), "..", "package.json");
  return (require(manifest) as { version: string }).version;
}

/** Serves the explorer's scripts, styles and fonts under its versioned static path; source maps are left out. */
export function explorerAssets(): RequestHandler {
  let files: Record<string, BundledFile> | undefined;
  return (req, res, next) => {
    files ??= bundle();
    const name = String((req.params as Record<string, unknown>).file ?? "");
    const file = Object.hasOwn(files, name) ? files[name] : undefined;
    const mediaType = MEDIA_TYPES[name.slice(name.lastIndexOf(".") + 1)];
    if (!file || !mediaType) return next();
    res.set({ "content-type": mediaType, etag: file.etag, "cache-control": "public, max-age=31536000, immutable", vary: "Accept-Encoding" });
    if (req.headers["if-none-match"] === file.etag) return void res.status(304).end();
    if (req.acceptsEncodings("br")) return void res.set("content-encoding", "br").send(file.buffer);
    res.send(brotliDecompressSync(file.buffer));
  };
}
