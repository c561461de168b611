import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { TextInput } from '../../components/ui/TextInput'
import { formatAmount } from '../../lib/format'
import type { GasPriceParseResult } from './parseGasPriceInput'

export type GasPriceFieldProps = {
  value: string
  onChange: (value: string) => void
  check: GasPriceParseResult
  l1Name: string
  /** The live L1 price (wei) when known. */
  livePrice?: bigint
}

/** The L1 gas price in gwei: empty follows the live price; "Use live price" empties it. */
export function GasPriceField({ value, onChange, check, l1Name, livePrice }: GasPriceFieldProps) {
  const typed = value.trim() !== ''
  const live = livePrice === undefined ? undefined : `${formatAmount(livePrice, 9)} gwei`
  return (
    <Field
      label="L1 gas price (gwei)"
      error={typed && !check.ok ? check.message : undefined}
      hint={
        typed
          ? `Your price. "Use live price" follows ${l1Name} again.`
          : `Empty: the live price of ${l1Name}${live ? ` (now ${live})` : ''}, refreshed every 12 seconds.`
      }
      labelAside={
        typed ? (
          <Button
            size="sm"
            variant="ghost"
            className="text-accent-text"
            onClick={() => onChange('')}
          >
            Use live price
          </Button>
        ) : undefined
      }
    >
      {(control) => (
        <TextInput
          {...control}
          name="gasPrice"
          inputMode="decimal"
          autoComplete="off"
          placeholder={live ? `Live: ${live}` : 'Live'}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      )}
    </Field>
  )
}
