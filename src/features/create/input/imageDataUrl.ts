/** The image as Ark takes it inline: a base64 data URL of its own media type. */
export async function imageDataUrl(blob: Blob, mediaType: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:${mediaType};base64,${btoa(binary)}`
}
