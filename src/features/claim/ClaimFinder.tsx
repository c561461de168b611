import { useState } from 'react'
import type { Hash } from 'viem'
import { useLocation } from 'wouter'
import type { ChainPair } from '../../bridge/pair'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { TextInput } from '../../components/ui/TextInput'
import { parseHashInput } from '../../lib/address'
import { TransferLookup, type WithdrawalPanel } from './TransferLookup'

/**
 * Paste any transaction hash (a withdrawal's L2 hash, a deposit's L1 or L2 hash) to see where it
 * stands and finalize or claim it, from any device and account. The URL (#/claim/<hash>) is the
 * transfer's shareable page.
 */
export function ClaimFinder({
  pair,
  hash,
  withdrawalPanel,
}: {
  pair: ChainPair
  hash?: string
  /** Shows a withdrawal's stages and Finalize (from the finalize feature). */
  withdrawalPanel: WithdrawalPanel
}) {
  const [, navigate] = useLocation()
  const [text, setText] = useState(hash ?? '')
  const parsed = text.trim() === '' ? undefined : parseHashInput(text)
  const fromUrl = hash ? parseHashInput(hash) : undefined
  const current: Hash | undefined = fromUrl?.ok ? fromUrl.value : undefined
  return (
    <div className="space-y-5">
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-start"
        onSubmit={(event) => {
          event.preventDefault()
          if (parsed?.ok) navigate(`/claim/${parsed.value}`)
        }}
      >
        <Field
          label="Transaction hash"
          className="flex-1"
          error={parsed && !parsed.ok ? parsed.message : undefined}
          hint="A withdrawal's L2 transaction, or a deposit's L1 or L2 transaction."
        >
          {(control) => (
            <TextInput
              {...control}
              name="hash"
              autoComplete="off"
              spellCheck={false}
              placeholder="0x…"
              value={text}
              onChange={(event) => setText(event.target.value.trim())}
            />
          )}
        </Field>
        <Button type="submit" disabled={!parsed?.ok} className="h-11 sm:mt-[1.625rem]">
          Look up
        </Button>
      </form>
      {hash && fromUrl && !fromUrl.ok && (
        <p className="text-sm text-danger">
          The link holds no valid transaction hash: {fromUrl.message}
        </p>
      )}
      {current && (
        <TransferLookup
          key={`${pair.id}:${current}`}
          pair={pair}
          hash={current}
          withdrawalPanel={withdrawalPanel}
        />
      )}
    </div>
  )
}
