import type { Address } from 'viem'
import type { DepositRoute } from '../model/transfer'
import { isEthAddress, type TokenRef } from '../tokens'

export type ApproveStep = {
  kind: 'approve'
  /** The ERC-20 to approve (L1 address). */
  token: Address
  /** L1AssetRouter (the shared bridge). */
  spender: Address
  /** Exactly what the deposit pulls. */
  amount: bigint
  /** `token`: the token being deposited; `base-token`: the chain's base token paying the L2 fee. */
  purpose: 'token' | 'base-token'
}

export type DepositStep = {
  kind: 'deposit'
  /** `msg.value` of the L1 deposit transaction. */
  value: bigint
}

export type DepositFlowStep = ApproveStep | DepositStep

export type GetDepositRouteParameters = {
  /** The token, as a `TokenRef` or an L1 address (any ETH alias: `0x0`, `0x…01`, `0x…800a`, `0xEeee…`). */
  token: TokenRef | Address
  /** `Bridgehub.baseToken(chainId)` / `zks_getBaseTokenL1Address` (`0x…01` on an ETH chain). */
  baseTokenL1Address: Address
}

function tokenAddressOf(token: TokenRef | Address): Address | 'eth' {
  if (typeof token === 'string') return isEthAddress(token) ? 'eth' : token
  return token.kind === 'eth' ? 'eth' : token.l1Address
}

/** Which of the four deposit paths of spec §3.1–3.3 a token takes to a chain. */
export function getDepositRoute({
  token,
  baseTokenL1Address,
}: GetDepositRouteParameters): DepositRoute {
  const address = tokenAddressOf(token)
  const ethChain = isEthAddress(baseTokenL1Address)
  if (address === 'eth') return ethChain ? 'base-token' : 'eth-to-custom-chain'
  if (ethChain) return 'erc20-to-eth-chain'
  return address.toLowerCase() === baseTokenL1Address.toLowerCase()
    ? 'base-token'
    : 'erc20-to-custom-chain'
}

export type GetDepositStepsParameters = {
  route: DepositRoute
  token: TokenRef | Address
  /** The amount deposited, in the token's smallest unit. */
  amount: bigint
  /**
   * Base-token units minted on L2: baseCost + operator tip, plus `amount` when the token is the
   * base token itself (as `getDepositQuote` returns it).
   */
  mintValue: bigint
  baseTokenL1Address: Address
  /** L1AssetRouter: the spender of every deposit approval. */
  sharedBridge: Address
  /** Current allowances to `sharedBridge`; a missing one counts as 0. */
  allowances: { token?: bigint; baseToken?: bigint }
}

/**
 * The L1 transactions a deposit needs, in order: exact-amount approvals that the current
 * allowance does not already cover (the base token first, paying the L2 fee, then the token),
 * then the deposit with its `msg.value`:
 * - base token, ETH chain: deposit, value = mintValue;
 * - base token, custom chain: approve B for mintValue; deposit, value 0;
 * - ERC-20 to an ETH chain: approve the token for amount; deposit, value = mintValue;
 * - ETH to a custom chain: approve B for mintValue; deposit, value = amount;
 * - ERC-20 to a custom chain: approve B for mintValue and the token for amount; deposit, value 0.
 * Throws when `route` does not match the token and base token (a caller bug, not a user error).
 */
export function getDepositSteps(parameters: GetDepositStepsParameters): DepositFlowStep[] {
  const { route, token, amount, mintValue, baseTokenL1Address, sharedBridge, allowances } =
    parameters
  const expected = getDepositRoute({ token, baseTokenL1Address })
  if (route !== expected) {
    throw new Error(`Deposit route "${route}" does not match the token (expected "${expected}")`)
  }
  const ethChain = isEthAddress(baseTokenL1Address)
  const tokenAddress = tokenAddressOf(token)
  const steps: DepositFlowStep[] = []
  const approve = (
    purpose: ApproveStep['purpose'],
    address: Address,
    needed: bigint,
    allowance = 0n,
  ) => {
    if (needed > 0n && allowance < needed) {
      steps.push({
        kind: 'approve',
        token: address,
        spender: sharedBridge,
        amount: needed,
        purpose,
      })
    }
  }

  if (!ethChain) approve('base-token', baseTokenL1Address, mintValue, allowances.baseToken)
  if (tokenAddress !== 'eth' && route !== 'base-token') {
    approve('token', tokenAddress, amount, allowances.token)
  }

  const value = ethChain ? mintValue : route === 'eth-to-custom-chain' ? amount : 0n
  steps.push({ kind: 'deposit', value })
  return steps
}
