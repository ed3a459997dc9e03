import type { RequestHandler } from 'express';
import path from 'node:path';
import type { AssetManifest } from '../assets.js';
import { sendCompressed } from '../page-cache.js';

/** Serves fingerprinted files from public/: the name changes with the content, so cache forever. */
export function assetHandler(assets: AssetManifest): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = assets.byPath(req.originalUrl.split('?')[0] ?? '');
    if (!asset) return next();
    res.set('Cache-Control', 'public, max-age=31536000, immutable');
    sendCompressed(req, res, asset.content, path.extname(asset.file));
  };
}
