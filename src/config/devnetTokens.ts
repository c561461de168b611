import type { Address } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../../devnet/src/addresses'
import type { TestTokenKey } from '../../devnet/src/constants'

/**
 * L1 addresses of the devnet's test ERC-20s (names, symbols and decimals come from
 * `TEST_TOKENS` in devnet/src/constants.ts). The devnet deploys them deterministically, and
 * devnet/test/contracts.test.ts checks that the deployment still matches these addresses.
 */
export const DEVNET_TOKEN_ADDRESSES: Readonly<Record<TestTokenKey, Address>> =
  DEVNET_DEFAULT_ADDRESSES.tokens
