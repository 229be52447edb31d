/**
 * The types a result file may be relayed as: archives, models, images and video. Anything else
 * (html, svg, xml, script, multipart/x-mixed-replace…) becomes an opaque download.
 */
const RELAYED_TYPES =
  /^(application\/(zip|x-zip-compressed|octet-stream|gzip)|model\/[a-z0-9.+-]+|video\/(mp4|webm|quicktime)|image\/(png|jpeg|webp|gif))$/

export function relayedContentType(header: string | undefined): string {
  const type = header?.split(';')[0]!.trim().toLowerCase() ?? ''
  return RELAYED_TYPES.test(type) ? type : 'application/octet-stream'
}
