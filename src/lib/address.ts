import { type Address, checksumAddress, type Hash } from 'viem'

export type AddressError = 'empty' | 'not-hex' | 'wrong-length' | 'bad-checksum' | 'zero-address'

export type AddressParseResult =
  | { ok: true; value: Address }
  | { ok: false; reason: AddressError; message: string }

export type HashError = 'empty' | 'not-hex' | 'wrong-length'

export type HashParseResult =
  | { ok: true; value: Hash }
  | { ok: false; reason: HashError; message: string }

type HexInput =
  | { ok: true; digits: string }
  | { ok: false; reason: 'empty' | 'not-hex' | 'wrong-length'; message: string }

/** Trims, requires `0x` and hex digits, and checks the digit count (40 for addresses, 64 for hashes). */
function readHex(
  text: string,
  length: number,
  what: string,
  lookalike: { length: number; what: string },
): HexInput {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, reason: 'empty', message: `Enter ${what}` }
  if (!/^0x/i.test(trimmed)) {
    return {
      ok: false,
      reason: 'not-hex',
      message: /^[0-9a-f]+$/i.test(trimmed)
        ? `Add the 0x prefix: ${what} starts with 0x followed by ${length} hex characters`
        : `Not ${what}: it starts with 0x followed by ${length} hex characters (0-9, a-f)`,
    }
  }
  const digits = trimmed.slice(2)
  const bad = /[^0-9a-f]/i.exec(digits)
  if (bad) {
    return {
      ok: false,
      reason: 'not-hex',
      message: /\s/.test(bad[0])
        ? `Remove the spaces inside the ${what.replace(/^an? /, '')}`
        : `"${bad[0]}" is not a hex character (0-9, a-f)`,
    }
  }
  if (digits.length === lookalike.length) {
    return {
      ok: false,
      reason: 'wrong-length',
      message: `That looks like ${lookalike.what}, not ${what}`,
    }
  }
  if (digits.length !== length) {
    return {
      ok: false,
      reason: 'wrong-length',
      message: `${capitalize(what)} has ${length} hex characters after 0x; this has ${digits.length}`,
    }
  }
  return { ok: true, digits }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Parses a typed or pasted address into its checksummed form. All-lowercase and all-uppercase
 * addresses carry no checksum and are accepted; mixed case must match EIP-55. The zero address is
 * refused: funds sent there are lost. Never throws.
 */
export function parseAddressInput(text: string): AddressParseResult {
  const hex = readHex(text, 40, 'an address', { length: 64, what: 'a transaction hash' })
  if (!hex.ok) return hex
  const { digits } = hex
  const checksummed = checksumAddress(`0x${digits.toLowerCase()}`)
  const mixedCase = digits !== digits.toLowerCase() && digits !== digits.toUpperCase()
  if (mixedCase && digits !== checksummed.slice(2)) {
    return {
      ok: false,
      reason: 'bad-checksum',
      message: 'Checksum does not match: check for a typo (mixed-case addresses are checksummed)',
    }
  }
  if (/^0+$/.test(digits)) {
    return {
      ok: false,
      reason: 'zero-address',
      message: 'That is the zero address: funds sent there are lost',
    }
  }
  return { ok: true, value: checksummed }
}

/** Parses a 32-byte transaction hash (any case) into lowercase `0x…`. Never throws. */
export function parseHashInput(text: string): HashParseResult {
  const hex = readHex(text, 64, 'a transaction hash', { length: 40, what: 'an address' })
  if (!hex.ok) return hex
  return { ok: true, value: `0x${hex.digits.toLowerCase()}` }
}
