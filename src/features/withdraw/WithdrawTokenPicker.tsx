import type { Address } from 'viem'
import type { ChainPair, TokenListEntry } from '../../bridge/pair'
import { isSameToken, type TokenRef, tokenKey, tokenSymbol, toTokenRef } from '../../bridge/tokens'
import { ChevronDownIcon } from '../../components/ui/icons'
import { Menu, type MenuItem } from '../../components/ui/Menu'
import { shortenAddress } from '../../lib/format'
import { L2TokenBalance } from './L2TokenBalance'
import { withdrawableTokens } from './withdrawableTokens'

export type WithdrawTokenPickerProps = {
  pair: ChainPair
  account: Address
  value: TokenRef
  /** Tokens the user imported by address on this pair (on the deposit page). */
  imported: readonly TokenListEntry[]
  onSelect: (token: TokenRef) => void
}

/** Which token to withdraw: the L2's base token, then the pair's tokens, each with its L2 balance. */
export function WithdrawTokenPicker({
  pair,
  account,
  value,
  imported,
  onSelect,
}: WithdrawTokenPickerProps) {
  const { tokens, importedFrom } = withdrawableTokens({
    listed: pair.tokens,
    imported,
    baseSymbol: pair.l2.nativeCurrency.symbol,
  })
  const item = (entry: TokenListEntry): MenuItem => {
    const token = toTokenRef(entry)
    const isBase = entry.symbol === pair.l2.nativeCurrency.symbol
    return {
      id: tokenKey(token),
      label: entry.symbol,
      description: isBase
        ? `${entry.name} · pays the L2 fee`
        : token.kind === 'eth'
          ? entry.name
          : `${entry.name} · ${shortenAddress(entry.address)}`,
      aside: <L2TokenBalance pair={pair} token={token} account={account} />,
      selected: isSameToken(token, value),
      onSelect: () => onSelect(token),
    }
  }
  const extra = tokens.slice(importedFrom)
  return (
    <div className="space-y-1.5">
      <span className="block text-sm font-medium text-ink">Token</span>
      <Menu
        label={`Token: ${tokenSymbol(value)}. Choose another token`}
        radio
        width={340}
        data-testid="token-picker"
        sections={[
          {
            label: `Balance on ${pair.l2.name}`,
            items: tokens.slice(0, importedFrom).map(item),
          },
          ...(extra.length > 0 ? [{ label: 'Imported by you', items: extra.map(item) }] : []),
        ]}
        triggerClassName="flex h-11 w-full items-center justify-between gap-2 rounded-xl border border-line-strong bg-surface px-3.5 text-base font-semibold text-ink hover:bg-subtle"
        trigger={
          <>
            <span data-testid="selected-token">{tokenSymbol(value)}</span>
            <ChevronDownIcon className="size-4 text-muted" />
          </>
        }
      />
    </div>
  )
}
