import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

// Playwright runs on Debian's chromium, never on a browser build it downloads itself.
// `npm run test:e2e` calls this first: when the browser is missing and we may install it
// (root with apt-get), install it non-interactively; otherwise say exactly what to install.

const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

if (isExecutable(browserPath)) {
  process.exit(0)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH=${browserPath} is not an executable file. Point it at a Chromium/Chrome binary or unset it to use Debian's /usr/bin/chromium.`,
  )
  process.exit(1)
}

if (isRoot && hasCommand('apt-get')) {
  console.log(`${browserPath} is missing: installing Debian's chromium package…`)
  const ok =
    run('apt-get', ['update']) &&
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])
  if (ok && isExecutable(browserPath)) {
    console.log(`Installed ${browserPath}.`)
    process.exit(0)
  }
  console.error(`apt-get could not install chromium; ${browserPath} is still missing.`)
  process.exit(1)
}

console.error(`The end-to-end tests need Chromium at ${browserPath}, and it is missing.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium        (Ubuntu: chromium-browser or the snap)
  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary
Playwright's own browser download is not used.`)
process.exit(1)
