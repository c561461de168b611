import type { GasLimitParseResult } from '../lib/parseGasLimitInput'
import { Field } from './ui/Field'
import { TextInput } from './ui/TextInput'

export type L2GasLimitFieldProps = {
  value: string
  onChange: (value: string) => void
  check: GasLimitParseResult
  /** The estimate used when the field is empty (undefined while unknown). */
  estimate?: bigint
  /** A sentence after the estimate (what a too-low limit does here). */
  note?: string
}

/** The optional L2 gas limit of an L1→L2 transaction: empty means "use the estimate". */
export function L2GasLimitField({ value, onChange, check, estimate, note }: L2GasLimitFieldProps) {
  const empty =
    estimate === undefined
      ? 'Empty uses the estimate (zks_estimateGasL1ToL2).'
      : `Empty uses the estimate (zks_estimateGasL1ToL2): ${estimate.toLocaleString('en-US')} gas.`
  return (
    <Field
      label="L2 gas limit"
      error={value.trim() !== '' && !check.ok ? check.message : undefined}
      hint={note ? `${empty} ${note}` : empty}
    >
      {(control) => (
        <TextInput
          {...control}
          name="l2GasLimit"
          inputMode="numeric"
          placeholder={estimate === undefined ? 'Estimate' : String(estimate)}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
