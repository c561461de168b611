import type { Address } from 'viem'
import type { ChainPair } from '../../bridge/pair'
import { type TokenRef, tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { useL2TokenAddress } from '../../hooks/useL2TokenAddress'
import { useTokenBalance } from '../../hooks/useTokenBalance'
import { formatAmount } from '../../lib/format'
import { readL2Balance } from './readL2Balance'

/** A token's balance on the pair's L2 ("12.5"), "…" while it loads, "—" when it cannot be read. */
export function L2TokenBalance({
  pair,
  token,
  account,
}: {
  pair: ChainPair
  token: TokenRef
  account: Address
}) {
  const l2Token = useL2TokenAddress({ pair, token })
  const balance = useTokenBalance({
    chainId: pair.l2.id,
    token: l2Token.data ?? '0x0000000000000000000000000000000000000000',
    ...(l2Token.data ? { account } : {}),
  })
  const value = readL2Balance(balance)
  if (value === undefined)
    return <span data-testid="menu-balance">{l2Token.error || balance.error ? '—' : '…'}</span>
  return (
    <span
      data-testid="menu-balance"
      className="tabular-nums"
      title={`${tokenSymbol(token)} on ${pair.l2.name}`}
    >
      {formatAmount(value, tokenDecimals(token))}
    </span>
  )
}
