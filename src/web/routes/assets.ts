import type { RequestHandler } from 'express';
import path from 'node:path';
import type { AssetManifest } from '../views/assets.js';
import { cacheControl } from '../http/cache-control.js';
import { sendStored } from '../http/page-cache.js';

/** Serves fingerprinted files from public/: the name changes with the content, so cache forever. */
export function assetHandler(assets: AssetManifest): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = assets.byPath(req.baseUrl + req.path);
    if (!asset) return next();
    res.set('Cache-Control', cacheControl.asset).type(path.extname(asset.file));
    sendStored(req, res, asset.content);
  };
}
