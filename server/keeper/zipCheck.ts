import { open } from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import { createInflateRaw } from 'node:zlib'
import { crc32Update } from './crc32.ts'

interface Entry {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
}

/**
 * Checks a zip on disk before it counts as kept: its central directory is whole, and every entry
 * inflates to its stated size with its stated CRC-32. Reads the file in pieces, never whole.
 * Returns why it is broken, or undefined when it is sound.
 */
export async function zipProblem(path: string): Promise<string | undefined> {
  const file = await open(path)
  try {
    const { size } = await file.stat()
    const tailLength = Math.min(size, 65_557)
    const tail = Buffer.alloc(tailLength)
    await file.read(tail, 0, tailLength, size - tailLength)
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    if (eocd < 0) return 'it has no end of central directory: the file is cut short or not a zip'
    const count = tail.readUInt16LE(eocd + 10)
    const directorySize = tail.readUInt32LE(eocd + 12)
    const directoryOffset = tail.readUInt32LE(eocd + 16)
    if (count === 0xffff || directoryOffset === 0xffffffff)
      return 'it is a ZIP64 file, which the keeper does not check yet'
    if (directoryOffset + directorySize > size) return 'its central directory points past the end of the file'
    const directory = Buffer.alloc(directorySize)
    await file.read(directory, 0, directorySize, directoryOffset)
    const entries: Entry[] = []
    for (let at = 0, i = 0; i < count; i++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) return `entry ${i + 1} of its central directory is not readable`
      const nameLength = directory.readUInt16LE(at + 28)
      entries.push({
        method: directory.readUInt16LE(at + 10),
        crc: directory.readUInt32LE(at + 16),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localOffset: directory.readUInt32LE(at + 42),
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      })
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32)
    }
    for (const entry of entries) {
      const header = Buffer.alloc(30)
      await file.read(header, 0, 30, entry.localOffset)
      if (header.readUInt32LE(0) !== 0x04034b50) return `${entry.name} has no local header where the directory says`
      const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
      if (dataStart + entry.compressedSize > size) return `${entry.name} runs past the end of the file`
      const problem = await entryProblem(path, entry, dataStart)
      if (problem) return `${entry.name}: ${problem}`
    }
    return undefined
  } finally {
    await file.close()
  }
}

function entryProblem(path: string, entry: Entry, start: number): Promise<string | undefined> {
  if (entry.method !== 0 && entry.method !== 8) return Promise.resolve(`compression method ${entry.method} is unknown`)
  return new Promise((resolve) => {
    let crc = ~0
    let size = 0
    const raw =
      entry.compressedSize === 0 ? undefined : createReadStream(path, { start, end: start + entry.compressedSize - 1 })
    const finish = () => {
      if (size !== entry.size) return resolve(`it inflates to ${size} bytes, not ${entry.size}`)
      if (~crc >>> 0 !== entry.crc) return resolve('its CRC-32 does not match')
      resolve(undefined)
    }
    if (!raw) return finish()
    const data = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw
    data.on('data', (chunk: Buffer) => {
      crc = crc32Update(crc, chunk)
      size += chunk.length
    })
    data.on('end', finish)
    data.on('error', (error: Error) => resolve(`it does not inflate (${error.message})`))
    raw.on('error', (error) => resolve(`it cannot be read (${error.message})`))
  })
}
