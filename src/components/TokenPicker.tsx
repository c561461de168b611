import type { TokenListEntry } from '../bridge/pair'
import { isSameToken, type TokenRef, tokenKey, tokenSymbol, toTokenRef } from '../bridge/tokens'
import { shortenAddress } from '../lib/format'
import { ChevronDownIcon } from './ui/icons'
import { Menu, type MenuItem } from './ui/Menu'

export type TokenPickerProps = {
  value: TokenRef
  /** The pair's token list (ETH first). */
  listed: readonly TokenListEntry[]
  /** Tokens the user imported by address on this pair. */
  imported: readonly TokenListEntry[]
  onSelect: (token: TokenRef) => void
  /** Offers "import a token by address" when given. */
  onImport?: () => void
  /** What the menu is for ("Token to withdraw"); default "Token". */
  label?: string
  disabled?: boolean
}

function item(entry: TokenListEntry, value: TokenRef, onSelect: (t: TokenRef) => void): MenuItem {
  const token = toTokenRef(entry)
  return {
    id: tokenKey(token),
    label: entry.symbol,
    description:
      token.kind === 'eth' ? entry.name : `${entry.name} · ${shortenAddress(entry.address)}`,
    selected: isSameToken(token, value),
    onSelect: () => onSelect(token),
  }
}

/** Which token to deposit: the pair's list, the imported ones, and "import by address". */
export function TokenPicker({
  value,
  listed,
  imported,
  onSelect,
  onImport,
  label = 'Token',
  disabled,
}: TokenPickerProps) {
  const listedKeys = new Set(listed.map((t) => t.address.toLowerCase()))
  const extra = imported.filter((t) => !listedKeys.has(t.address.toLowerCase()))
  return (
    <div className="space-y-1.5">
      <span className="block text-sm font-medium text-ink">{label}</span>
      <Menu
        label={`Token: ${tokenSymbol(value)}. Choose another token`}
        radio
        width={320}
        data-testid="token-picker"
        sections={[
          { label: 'Tokens', items: listed.map((t) => item(t, value, onSelect)) },
          ...(extra.length > 0
            ? [{ label: 'Imported by you', items: extra.map((t) => item(t, value, onSelect)) }]
            : []),
          ...(onImport
            ? [
                {
                  items: [
                    {
                      id: 'import',
                      label: 'Import a token by address…',
                      description: 'Any ERC-20 on the L1',
                      onSelect: onImport,
                    },
                  ],
                },
              ]
            : []),
        ]}
        triggerClassName={`flex h-11 w-full items-center justify-between gap-2 rounded-xl border border-line-strong bg-surface px-3.5 text-base font-semibold text-ink hover:bg-subtle${disabled ? ' pointer-events-none opacity-60' : ''}`}
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
