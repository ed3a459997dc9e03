import type { RequestHandler } from 'express';
import type { AssetManifest } from '../assets.js';

/** Serves fingerprinted files from public/: the name changes with the content, so cache forever. */
export function assetHandler(assets: AssetManifest, watch: boolean): RequestHandler {
  return (req, res, next) => {
    if (watch) assets.refresh();
    const asset = assets.byPath(req.originalUrl.split('?')[0] ?? '');
    if (!asset) return next();
    res.sendFile(asset.file, {
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
      lastModified: false,
    });
  };
}
