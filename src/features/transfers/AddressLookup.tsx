import { useState } from 'react'
import { AddressInput } from '../../components/ui/AddressInput'
import { Button } from '../../components/ui/Button'
import { parseAddressInput } from '../../lib/address'

/** Look up any account's transfers (read-only): a pasted address becomes `#/transfers/<address>`. */
export function AddressLookup({
  initial,
  onLookUp,
}: {
  initial?: string
  onLookUp: (address: string) => void
}) {
  const [text, setText] = useState(initial ?? '')
  const parsed = text === '' ? undefined : parseAddressInput(text)
  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-start"
      onSubmit={(event) => {
        event.preventDefault()
        if (parsed?.ok) onLookUp(parsed.value)
      }}
      data-testid="address-lookup"
    >
      <div className="flex-1">
        <AddressInput
          label="Look up an address"
          name="lookup"
          value={text}
          onChange={setText}
          error={parsed && !parsed.ok ? parsed.message : undefined}
          hint="Any account's deposits and withdrawals, read from the chain. Nothing is signed."
        />
      </div>
      <Button
        type="submit"
        variant="secondary"
        disabled={!parsed?.ok}
        className="h-11 sm:mt-[1.625rem]"
      >
        Look up
      </Button>
    </form>
  )
}
