// Sets a fresh clone up: installs the npm packages when missing or stale and, with --browser,
// finds a Chromium for the tests (installing Debian's `chromium` when it can).
// Uses only Node's standard library, since it runs before `npm ci`.
import { execSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { findChromium } from './findChromium.mjs'

const run = (command) => execSync(command, { stdio: 'inherit' })

const installed = 'node_modules/.package-lock.json'
if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs + 1000) {
  console.log('ark3d: installing npm packages (npm ci)…')
  run('npm ci --no-audit --no-fund')
}

if (process.argv.includes('--browser') && !findChromium()) {
  const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get')
  const isRoot = process.getuid?.() === 0
  if (canApt) {
    console.log("ark3d: no Chromium found; installing Debian's chromium…")
    const sudo = isRoot ? '' : 'sudo '
    run(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq chromium`)
  }
  if (!findChromium()) {
    console.error('ark3d: no Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.')
    process.exit(1)
  }
}
