#!/usr/bin/env node
// Makes every platform's icon from the one source image, build/icon.png (1024×1024 RGBA,
// drawn from build/icon.svg): icon.ico (Windows), icon.icns (macOS), icons/NxN.png (Linux).
// No dependencies: PNG is decoded and encoded with node:zlib, sizes are area averages,
// and .ico and .icns hold PNG images (supported since Windows Vista and OS X 10.7).
// Run `node build/icons.mjs` after changing the source; `--check` fails if the files differ.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync, inflateSync, crc32 as zlibCrc32 } from 'node:zlib'

const here = dirname(fileURLToPath(import.meta.url))
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** ICNS types holding PNG data, by pixel size (the @2x types reuse the larger images). */
export const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
]
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  if (zlibCrc32) return zlibCrc32(bytes) >>> 0
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what build/icon.png is). */
export function decodePng(file) {
  if (file.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG')
  let offset = 8
  let width = 0, height = 0
  const data = []
  while (offset < file.length) {
    const length = file.readUInt32BE(offset)
    const type = file.toString('latin1', offset + 4, offset + 8)
    const body = file.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('the source icon must be 8-bit RGBA, not interlaced')
    }
    if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * 4
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0
      const p = a + b - c
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`)
      pixels[y * stride + x] = (line[x] + predictor) & 0xff
    }
  }
  return { width, height, pixels }
}

export function encodePng({ width, height, pixels }) {
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  const chunk = (type, body) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(body.length, 0)
    head.write(type, 4, 'latin1')
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0)
    return Buffer.concat([head, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

/** Area-average downscale with premultiplied alpha (no dark fringes at transparent edges). */
export function resize(source, size) {
  const { width, height, pixels } = source
  const out = Buffer.alloc(size * size * 4)
  const fx = width / size, fy = height / size
  for (let oy = 0; oy < size; oy++) {
    for (let ox = 0; ox < size; ox++) {
      let r = 0, g = 0, b = 0, a = 0, n = 0
      for (let y = Math.floor(oy * fy); y < Math.floor((oy + 1) * fy); y++) {
        for (let x = Math.floor(ox * fx); x < Math.floor((ox + 1) * fx); x++) {
          const i = (y * width + x) * 4
          const alpha = pixels[i + 3]
          r += pixels[i] * alpha
          g += pixels[i + 1] * alpha
          b += pixels[i + 2] * alpha
          a += alpha
          n++
        }
      }
      const o = (oy * size + ox) * 4
      if (a > 0) {
        out[o] = Math.round(r / a)
        out[o + 1] = Math.round(g / a)
        out[o + 2] = Math.round(b / a)
      }
      out[o + 3] = Math.round(a / n)
    }
  }
  return { width: size, height: size, pixels: out }
}

export function buildIco(pngBySize) {
  const header = Buffer.alloc(6 + 16 * ICO_SIZES.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(ICO_SIZES.length, 4)
  let offset = header.length
  ICO_SIZES.forEach((size, i) => {
    const entry = 6 + i * 16
    const png = pngBySize.get(size)
    header[entry] = size === 256 ? 0 : size // 0 means 256
    header[entry + 1] = size === 256 ? 0 : size
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...ICO_SIZES.map((s) => pngBySize.get(s))])
}

export function buildIcns(pngBySize) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(entries)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

/** Every output file, by path relative to build/, made from the source PNG's bytes. */
export function makeIcons(sourcePng) {
  const source = decodePng(sourcePng)
  if (source.width !== 1024 || source.height !== 1024) throw new Error('build/icon.png must be 1024×1024')
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s), ...LINUX_SIZES])].filter((s) => s !== 1024)
  const pngBySize = new Map(sizes.map((s) => [s, encodePng(resize(source, s))]))
  pngBySize.set(1024, sourcePng)
  const files = new Map([['icon.ico', buildIco(pngBySize)], ['icon.icns', buildIcns(pngBySize)]])
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, pngBySize.get(size))
  return files
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = makeIcons(readFileSync(join(here, 'icon.png')))
  const check = process.argv.includes('--check')
  let stale = 0
  for (const [name, bytes] of files) {
    const path = join(here, name)
    if (check) {
      let current = null
      try {
        current = readFileSync(path)
      } catch {}
      if (!current || !current.equals(bytes)) {
        console.error(`stale: build/${name}`)
        stale++
      }
    } else {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, bytes)
      console.log(`wrote build/${name} (${bytes.length} bytes)`)
    }
  }
  process.exit(stale ? 1 : 0)
}
