import {
  DEFAULT_GATEWAY_PORTS,
  DEFAULT_L1_PORT,
  DEV_MNEMONIC,
  DEVNET_DEFAULT_ADDRESSES,
} from '../devnet/facts'
import { OPERATOR_PRIVATE_KEY } from '../devnet/src/constants'

/** Something that gives a devnet away, and what it is. */
export type Needle = { text: string; what: string }

/** A needle found in a file. */
export type Finding = Needle & { file: string }

function addressesOf(value: unknown, path: string): Needle[] {
  if (typeof value === 'string') return [{ text: value.toLowerCase(), what: `address ${path}` }]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => addressesOf(inner, `${path}.${key}`))
}

/**
 * What no public build may contain: the dev mnemonic, the operator key, every deterministic
 * devnet address, the devnet RPC URLs and the devnet chains' names.
 */
export function devnetNeedles(): Needle[] {
  const ports = [DEFAULT_L1_PORT, ...Object.values(DEFAULT_GATEWAY_PORTS)]
  return [
    { text: DEV_MNEMONIC, what: 'the dev mnemonic' },
    { text: OPERATOR_PRIVATE_KEY.slice(2).toLowerCase(), what: 'the operator key' },
    ...addressesOf(DEVNET_DEFAULT_ADDRESSES, 'DEVNET_DEFAULT_ADDRESSES'),
    ...ports.map((port) => ({ text: `127.0.0.1:${port}`, what: `the devnet RPC port ${port}` })),
    { text: 'ferry devnet', what: 'a devnet chain name' },
  ]
}

/** Every needle in every file (case-insensitive: addresses come checksummed or not). */
export function findNeedles(
  files: readonly { name: string; text: string }[],
  needles: readonly Needle[],
): Finding[] {
  return files.flatMap((file) => {
    const text = file.text.toLowerCase()
    return needles
      .filter((needle) => text.includes(needle.text.toLowerCase()))
      .map((needle) => ({ ...needle, file: file.name }))
  })
}
