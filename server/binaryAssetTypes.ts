import type { Connect } from 'vite'

/** The page's own binary files whose extensions Vite's static server does not know. */
const BINARY_EXTENSIONS = ['.pmrem', '.hdr']

/**
 * Gives those files a binary type. Without one they go out typeless, which `vite preview`'s
 * compression takes for text and gzips anew on every request: the 4 MB prefiltered studio light
 * cost ~265 ms of the server's CPU per viewer opened, to save a transfer on loopback that takes a
 * few milliseconds (the static server keeps a type set before it).
 */
export const binaryAssetTypes: Connect.NextHandleFunction = (req, res, next) => {
  const path = (req.url ?? '').split('?')[0]!
  if (BINARY_EXTENSIONS.some((extension) => path.endsWith(extension))) {
    res.setHeader('Content-Type', 'application/octet-stream')
  }
  next()
}
