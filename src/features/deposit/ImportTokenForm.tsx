import { useState } from 'react'
import type { Address } from 'viem'
import { TokenInfoError } from '../../bridge/errors/bridgeErrors'
import { toUserError } from '../../bridge/errors/toUserError'
import type { TokenListEntry } from '../../bridge/pair'
import { AddressInput } from '../../components/ui/AddressInput'
import { Button } from '../../components/ui/Button'
import { Spinner } from '../../components/ui/Spinner'
import { useTokenInfo } from '../../hooks/useTokenInfo'
import { parseAddressInput } from '../../lib/address'

export type ImportTokenFormProps = {
  l1ChainId: number
  l1Name: string
  onImport: (token: TokenListEntry) => void
  onCancel: () => void
}

/** Import any L1 ERC-20 by address: its name, symbol and decimals are read on chain first. */
export function ImportTokenForm({ l1ChainId, l1Name, onImport, onCancel }: ImportTokenFormProps) {
  const [text, setText] = useState('')
  const parsed = text.trim() === '' ? undefined : parseAddressInput(text)
  const address: Address | undefined = parsed?.ok ? parsed.value : undefined
  const info = useTokenInfo({ chainId: l1ChainId, address })
  const error =
    parsed && !parsed.ok ? parsed.message : info.error ? tokenErrorText(info.error) : undefined
  return (
    <div
      className="space-y-3 rounded-xl border border-line bg-subtle p-3.5"
      data-testid="import-token"
    >
      <AddressInput
        label={`Token address on ${l1Name}`}
        value={text}
        onChange={setText}
        error={error}
        name="import-token-address"
      />
      {info.isFetching && (
        <p className="flex items-center gap-2 text-sm text-muted">
          <Spinner size="sm" /> Reading the token…
        </p>
      )}
      {info.data && (
        <p className="text-sm text-ink" data-testid="import-token-preview">
          <span className="font-semibold">{info.data.symbol}</span> · {info.data.name} ·{' '}
          {info.data.decimals} decimals
        </p>
      )}
      <div className="flex gap-2">
        <Button
          size="sm"
          disabled={!info.data}
          onClick={() => {
            if (info.data) onImport(info.data)
          }}
        >
          {info.data ? `Import ${info.data.symbol}` : 'Import'}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  )
}

function tokenErrorText(error: unknown): string {
  if (error instanceof TokenInfoError) return error.shortMessage
  return toUserError(error).message
}
